package org.palermoacademy.exercises.checker;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates written the ways requests write them (English and French month names, ISO, d/m/y). */
final class Dates {

    record Found(LocalDate date, int offset, String text) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|"
            + "november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
            + "d[ée]cembre|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\s+" + MONTH
            + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
            + "(\\d{4})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");

    private Dates() {
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    /**
     * Every date in the text. Only the 40 characters before each four-digit year are examined, so a
     * long draft is scanned once for years instead of once per date format.
     */
    static List<Found> all(String text) {
        List<Found> found = new ArrayList<>();
        Matcher y = YEAR.matcher(text);
        int done = 0;
        while (y.find()) {
            int from = Math.max(done, y.start() - 40);
            int to = Math.min(text.length(), y.end() + 6);
            String window = text.substring(from, to);
            scan(window, from, found);
            done = y.end();
        }
        found.sort(java.util.Comparator.comparingInt(Found::offset));
        return found;
    }

    private static void scan(String text, int base, List<Found> found) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, m.group(3), month(m.group(2)), m.group(1), m, base);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(found, m.group(3), month(m.group(1)), m.group(2), m, base);
        }
        m = ISO.matcher(text);
        while (m.find()) {
            add(found, m.group(1), Integer.parseInt(m.group(2)), m.group(3), m, base);
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            add(found, m.group(3), Integer.parseInt(m.group(2)), m.group(1), m, base);
        }
    }

    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\s+" + MONTH + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Days written without a year ("on 7 March"), for comparing with dates that carry one. */
    static java.util.Set<java.time.MonthDay> dayMonths(String text) {
        java.util.Set<java.time.MonthDay> result = new java.util.HashSet<>();
        if (text == null) {
            return result;
        }
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            try {
                result.add(java.time.MonthDay.of(month(m.group(2)), Integer.parseInt(m.group(1))));
            } catch (DateTimeException | NumberFormatException invalid) {
                // not a day
            }
        }
        all(text).forEach(f -> result.add(java.time.MonthDay.from(f.date())));
        return result;
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    private static void add(List<Found> found, String year, int month, String day, Matcher m, int base) {
        try {
            int offset = base + m.start();
            if (found.stream().anyMatch(f -> f.offset() == offset)) {
                return;
            }
            found.add(new Found(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)), offset, m.group()));
        } catch (DateTimeException | NumberFormatException invalid) {
            // not a real date (e.g. 31 February): ignore
        }
    }
}
