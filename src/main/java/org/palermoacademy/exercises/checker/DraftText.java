package org.palermoacademy.exercises.checker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft as one text with its sections located: the editor's sections, or, in a free-form request,
 * the passages under headings that announce a section ("Legal basis", "3. Summary of the facts",
 * "PERSONS CONCERNED:"). Rules search the whole text; sections tell the learner where to fix things.
 */
public final class DraftText {

    /** A located section: its id and the span of its text in the whole draft. */
    public record Span(String section, int start, int end) {
    }

    private static final Pattern HEADING = Pattern.compile(
            "^(?:#{1,6}\\s+(.+?)\\s*#*|\\*\\*(.+?)\\*\\*:?|(?:\\d{1,2}|[IVX]{1,4}|[A-Z])[.)]\\s+(.{3,90})"
                    + "|([A-Z][A-Za-z ,/&'()-]{2,70}):|([A-Z][A-Z ,/&'()-]{3,70}))\\s*$", Pattern.MULTILINE);
    private static final List<Map.Entry<String, String>> KEYWORDS = new ArrayList<>();

    static {
        Sections.HEADINGS.forEach((section, words) -> words.forEach(w -> KEYWORDS.add(Map.entry(w, section))));
        KEYWORDS.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    }

    private final String text;
    private final String lower;
    private final List<Span> spans;
    private List<Dates.Found> dates;
    private List<Amounts.Found> amounts;
    private List<String> requestSentences;

    /** Lower-case text with every whitespace run collapsed to one space, and where each of its characters came from. */
    private final String squashed;
    private final int[] squashedToText;

    private DraftText(String text, List<Span> spans) {
        this.text = text;
        String low = text.toLowerCase(Locale.ROOT);
        this.lower = low.length() == text.length() ? low : text.toLowerCase(Locale.ENGLISH);
        this.spans = List.copyOf(spans);
        StringBuilder sb = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            if (Character.isWhitespace(ch)) {
                if (!space) {
                    map[sb.length()] = i;
                    sb.append(' ');
                    space = true;
                }
            } else {
                map[sb.length()] = i;
                sb.append(ch);
                space = false;
            }
        }
        this.squashed = sb.toString();
        this.squashedToText = map;
    }

    static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    public static DraftText of(Draft draft, Map<String, String> sectionTitles) {
        if (draft.freeForm()) {
            return freeForm(draft.freeText());
        }
        StringBuilder sb = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (var e : draft.sections().entrySet()) {
            String body = e.getValue() == null ? "" : e.getValue().strip();
            if (body.isEmpty()) {
                continue;
            }
            sb.append("## ").append(sectionTitles.getOrDefault(e.getKey(), e.getKey())).append("\n");
            int start = sb.length();
            sb.append(body);
            spans.add(new Span(e.getKey(), start, sb.length()));
            sb.append("\n\n");
        }
        return new DraftText(sb.toString(), spans);
    }

    static DraftText freeForm(String raw) {
        String text = raw.replace("\r\n", "\n");
        List<Span> spans = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        String current = null;
        int start = 0;
        while (m.find()) {
            String heading = firstGroup(m);
            String section = sectionFor(heading);
            if (section == null) {
                continue;
            }
            if (current != null) {
                spans.add(new Span(current, start, m.start()));
            }
            current = section;
            start = m.end();
        }
        if (current != null) {
            spans.add(new Span(current, start, text.length()));
        }
        return new DraftText(text, spans);
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    static String sectionFor(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.split("\\s+").length > 12 || h.startsWith("request for") || h.startsWith("demande d")) {
            return null;
        }
        for (var e : KEYWORDS) {
            if (h.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    public String text() {
        return text;
    }

    /** The dates in the draft (computed once per check). */
    List<Dates.Found> dates() {
        if (dates == null) {
            dates = Dates.all(text);
        }
        return dates;
    }

    /** The sums of money in the draft (computed once per check). */
    List<Amounts.Found> amounts() {
        if (amounts == null) {
            amounts = Amounts.all(text);
        }
        return amounts;
    }

    private List<int[]> capitalised;

    /** Spans of capitalised words (computed once per check). */
    List<int[]> capitalisedWords() {
        if (capitalised == null) {
            capitalised = Names.capitalised(text);
        }
        return capitalised;
    }

    /** Sentences that ask for something (computed once per check). */
    List<String> requestSentences() {
        if (requestSentences == null) {
            requestSentences = RequestRules.requestSentences(text);
        }
        return requestSentences;
    }

    public String lower() {
        return lower;
    }

    public List<Span> spans() {
        return spans;
    }

    public boolean hasSection(String id) {
        return spans.stream().anyMatch(s -> s.section().equals(id));
    }

    /** The text of a section (all its spans joined), if the draft has it. */
    public Optional<String> section(String id) {
        StringBuilder sb = new StringBuilder();
        spans.stream().filter(s -> s.section().equals(id)).forEach(s -> sb.append(text, s.start(), s.end()).append('\n'));
        return sb.isEmpty() ? Optional.empty() : Optional.of(sb.toString());
    }

    /** The section an offset falls in, or null. */
    public String sectionAt(int offset) {
        return spans.stream().filter(s -> offset >= s.start() && offset < s.end()).map(Span::section).findFirst()
                .orElse(null);
    }

    public int find(Pattern pattern) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.start() : -1;
    }

    public boolean has(Pattern pattern) {
        return found.computeIfAbsent(pattern, p -> p.matcher(text).find());
    }

    /** Case-insensitive phrase search that tolerates any whitespace between words. */
    public int indexOf(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return -1;
        }
        int at = squashed.indexOf(squash(phrase));
        return at < 0 ? -1 : squashedToText[at];
    }

    public boolean mentions(String phrase) {
        return indexOf(phrase) >= 0;
    }

    /** Identifiers (account numbers, register numbers) compared without spaces, dashes or case. */
    private String compactText;

    public boolean mentionsIdentifier(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return true;
        }
        if (compactText == null) {
            compactText = compact(text);
        }
        return compactText.contains(compact(identifier));
    }

    static String compact(String s) {
        return s.replaceAll("[\\s\\-./]", "").toLowerCase(Locale.ROOT);
    }

    private static final java.util.Map<String, Pattern> PHRASES = new java.util.concurrent.ConcurrentHashMap<>();

    static Pattern phrasePattern(String phrase) {
        return PHRASES.computeIfAbsent(phrase, DraftText::compilePhrase);
    }

    private static Pattern compilePhrase(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("[\\s\\n]+");
            }
            regex.append(Pattern.quote(words[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private final java.util.Map<Pattern, Boolean> found = new java.util.HashMap<>();

    /**
     * Whether the significant words of a name (4+ letters, not function words) all occur within
     * {@code window} characters of each other, so "the Office of the Public Prosecutor of Aldoria City"
     * is found as "Public Prosecutor's Office, Aldoria City".
     */
    public boolean mentionsNear(String name, int window) {
        List<String> words = significantWords(name);
        if (words.isEmpty()) {
            return mentions(name);
        }
        String first = words.getFirst();
        int from = 0;
        while (true) {
            int at = lower.indexOf(first, from);
            if (at < 0) {
                return false;
            }
            int lo = Math.max(0, at - window);
            int hi = Math.min(lower.length(), at + window);
            String around = lower.substring(lo, hi);
            if (words.stream().allMatch(around::contains)) {
                return true;
            }
            from = at + 1;
        }
    }

    private static final java.util.Set<String> STOP = java.util.Set.of("with", "from", "that", "this", "their",
            "office", "department", "ministry", "directorate", "general", "unit", "the", "and", "for", "into",
            "international", "cooperation", "legal", "affairs");

    static List<String> significantWords(String s) {
        List<String> words = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Like {@link #mentionsNear} but every word of 4+ letters counts (only "the", "of", "and"... are
     * skipped): for names of authorities, where "Ministry of Justice" alone must not stand for
     * "Ministry of Justice, Department of International Legal Cooperation".
     */
    public boolean mentionsAll(String name, int window) {
        if (mentions(name)) {
            return true;
        }
        List<String> words = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && !java.util.Set.of("with", "from", "that", "this").contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return false;
        }
        String first = words.getFirst();
        int from = 0;
        while (true) {
            int at = lower.indexOf(first, from);
            if (at < 0) {
                return false;
            }
            String around = lower.substring(Math.max(0, at - window), Math.min(lower.length(), at + window));
            if (words.stream().allMatch(around::contains)) {
                return true;
            }
            from = at + 1;
        }
    }

    /** Paragraphs (blank-line separated) with their offsets. */
    public List<Map.Entry<Integer, String>> paragraphs() {
        List<Map.Entry<Integer, String>> result = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)(.+?)(?:\\n\\s*\\n|$)").matcher(text);
        while (m.find()) {
            if (!m.group(1).isBlank()) {
                result.add(Map.entry(m.start(1), m.group(1)));
            }
        }
        return result;
    }

    public static int wordCount(String s) {
        int n = 0;
        for (String w : s.split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    /** Section titles keyed by id, in English, for building the text of sectioned drafts. */
    public static Map<String, String> defaultTitles() {
        Map<String, String> t = new LinkedHashMap<>();
        Sections.HEADINGS.keySet().forEach(id -> t.put(id, Messages.has("section." + id)
                ? Messages.english("section." + id, List.of())
                : Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ')));
        return t;
    }
}
