package org.palermoacademy.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.palermoacademy.catalog.Citation;

/**
 * Reads Convention citations: one in a {@code cites:} list ({@code art. 18(15)(c)}), or all those in
 * running text, including {@code arts 12-14} ranges and {@code arts 5, 6, 8 and 23} lists.
 */
public final class Citations {

    private static final Pattern SINGLE = Pattern.compile("^\\s*[Aa]rt\\.\\s?(\\d{1,3})((?:\\((?:\\d{1,3}|[a-z]{1,5})\\))*)\\s*$");
    private static final Pattern IN_TEXT = Pattern.compile("\\b[Aa]rt\\.\\s?(\\d{1,3})((?:\\((?:\\d{1,3}|[a-z]{1,5})\\))*)");
    private static final Pattern ARTS = Pattern.compile("\\b[Aa]rts\\.?\\s+(\\d{1,3}(?:\\s*(?:-|–|,|and|to|et|y|и)\\s*\\d{1,3})*)");
    private static final Pattern PART = Pattern.compile("\\((\\d{1,3}|[a-z]{1,5})\\)");
    private static final Pattern ROMAN = Pattern.compile("^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$");

    /** A citation found in text, with its position (0-based offset) and the exact text matched. */
    public record Found(Citation citation, String text, int offset) {
    }

    private Citations() {
    }

    /** Parses one citation written on its own; empty if it is not of the form {@code art. N(...)}. */
    public static Optional<Citation> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SINGLE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return build(Integer.parseInt(m.group(1)), m.group(2));
    }

    /** Every citation in a piece of running text; malformed parenthesised parts yield an empty citation. */
    public static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            Optional<Citation> c = build(Integer.parseInt(m.group(1)), m.group(2));
            found.add(new Found(c.orElse(null), m.group(), m.start()));
        }
        Matcher arts = ARTS.matcher(text);
        while (arts.find()) {
            String list = arts.group(1);
            Matcher range = Pattern.compile("(\\d{1,3})\\s*(?:-|–|to)\\s*(\\d{1,3})").matcher(list);
            List<Integer> numbers = new ArrayList<>();
            while (range.find()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                numbers.add(from);
                numbers.add(to);
            }
            Matcher n = Pattern.compile("\\d{1,3}").matcher(list);
            while (n.find()) {
                numbers.add(Integer.parseInt(n.group()));
            }
            numbers.stream().distinct().forEach(a -> found.add(
                    new Found(Citation.ofArticle(a), arts.group(), arts.start())));
        }
        return found;
    }

    /**
     * Interprets the parenthesised parts: a number is the paragraph; then a letter is the subparagraph;
     * after a subparagraph a roman numeral is an item; after an item a letter is a sub-item. Articles
     * with one unnumbered paragraph (2, 23) take a letter directly: {@code art. 2(i)}.
     */
    static Optional<Citation> build(int article, String parts) {
        Integer paragraph = null;
        String sub = null;
        String item = null;
        String subitem = null;
        Matcher p = PART.matcher(parts == null ? "" : parts);
        int position = 0;
        while (p.find()) {
            String token = p.group(1);
            boolean number = Character.isDigit(token.charAt(0));
            switch (position) {
                case 0 -> {
                    if (number) {
                        paragraph = Integer.parseInt(token);
                    } else {
                        sub = token;
                        position++;
                    }
                }
                case 1 -> {
                    if (number) {
                        return Optional.empty();
                    }
                    sub = token;
                }
                case 2 -> {
                    if (number || !ROMAN.matcher(token).matches()) {
                        return Optional.empty();
                    }
                    item = token;
                }
                case 3 -> {
                    if (number) {
                        return Optional.empty();
                    }
                    subitem = token;
                }
                default -> {
                    return Optional.empty();
                }
            }
            position++;
        }
        return Optional.of(new Citation(article, paragraph, sub, item, subitem));
    }
}
