package org.palermoacademy.exercises.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds sums of money ("EUR 2,450,000", "€1.87 million", "640 000 euros") and reads their value. */
final class Amounts {

    record Found(double value, int offset, String text) {
    }

    private static final String NUMBER = "(\\d{1,3}(?:[ ,.\\u00a0\\u202f]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?)";
    private static final String SCALE = "(?:\\s?(million|m|bn|billion|thousand|k)\\b)?";
    private static final Pattern BEFORE = Pattern.compile("(?:EUR|USD|GBP|CHF|€|US\\$|\\$)\\s?" + NUMBER + SCALE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER = Pattern.compile(NUMBER + SCALE + "\\s?(?:EUR|euros?|USD|dollars|€)",
            Pattern.CASE_INSENSITIVE);

    private Amounts() {
    }

    static List<Found> all(String text) {
        List<Found> found = new ArrayList<>();
        for (Pattern p : new Pattern[] {BEFORE, AFTER}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Double v = parse(m.group(1), m.group(2));
                boolean year = p == AFTER && m.group(1).matches("(19|20)\\d{2}") && m.group(2) == null;
                if (v != null && !year && found.stream().noneMatch(f -> Math.abs(f.offset() - m.start()) < 3)) {
                    found.add(new Found(v, m.start(), m.group()));
                }
            }
        }
        return found;
    }

    static Double parse(String number, String scale) {
        String n = number.replaceAll("[\\u00a0\\u202f ]", "");
        int lastComma = n.lastIndexOf(',');
        int lastDot = n.lastIndexOf('.');
        int last = Math.max(lastComma, lastDot);
        String digits;
        if (last >= 0 && n.length() - last - 1 <= 2 && (lastComma >= 0 && lastDot >= 0 || n.length() - last - 1 < 3)) {
            digits = n.substring(0, last).replaceAll("[,.]", "") + "." + n.substring(last + 1);
        } else {
            digits = n.replaceAll("[,.]", "");
        }
        try {
            double v = Double.parseDouble(digits);
            if (scale != null) {
                switch (scale.toLowerCase(Locale.ROOT)) {
                    case "million", "m" -> v *= 1_000_000;
                    case "bn", "billion" -> v *= 1_000_000_000;
                    case "thousand", "k" -> v *= 1_000;
                    default -> { }
                }
            }
            return v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
