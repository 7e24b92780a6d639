package org.palermoacademy.exercises.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Person and company names: found in any order or case ("HALE, Viktor"), and near-misses spotted. */
final class Names {

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+");

    private Names() {
    }

    static boolean mentioned(DraftText d, String name) {
        if (name == null || d.mentions(name)) {
            return true;
        }
        List<String> tokens = tokens(name);
        if (tokens.size() < 2) {
            return false;
        }
        String lower = d.lower();
        String first = tokens.getFirst();
        int from = 0;
        while (true) {
            int at = lower.indexOf(first, from);
            if (at < 0) {
                return false;
            }
            String around = lower.substring(Math.max(0, at - 40), Math.min(lower.length(), at + 40 + name.length()));
            if (tokens.stream().allMatch(t -> Pattern.compile("\\b" + Pattern.quote(t) + "\\b").matcher(around).find())) {
                return true;
            }
            from = at + 1;
        }
    }

    static List<String> tokens(String name) {
        List<String> t = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}'’-]+")) {
            if (w.length() >= 2 && !List.of("ltd", "mr", "ms", "mrs", "dr", "sa", "llc", "inc", "the", "of").contains(w)) {
                t.add(w);
            }
        }
        return t;
    }

    /** Word sequences in the text that look like a misspelling of the name (1-2 letters off). */
    static List<int[]> capitalised(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        return words;
    }

    static List<Integer> nearMisses(DraftText d, String name) {
        List<String> target = List.of(name.split("\\s+"));
        List<Integer> hits = new ArrayList<>();
        if (target.size() < 2 || target.stream().anyMatch(w -> w.length() < 3)) {
            return hits;
        }
        List<int[]> words = d.capitalisedWords();
        for (int i = 0; i + target.size() <= words.size(); i++) {
            int distance = 0;
            boolean plausible = true;
            for (int k = 0; k < target.size() && plausible; k++) {
                String w = d.text().substring(words.get(i + k)[0], words.get(i + k)[1]).replaceAll("['’]s$", "");
                String t = target.get(k);
                if (Character.toLowerCase(w.charAt(0)) != Character.toLowerCase(t.charAt(0))
                        || Math.abs(w.length() - t.length()) > 2) {
                    plausible = false;
                } else {
                    distance += levenshtein(w.toLowerCase(Locale.ROOT), t.toLowerCase(Locale.ROOT));
                }
            }
            boolean adjacent = words.get(i + target.size() - 1)[0] - words.get(i)[1] < 4 * target.size();
            if (plausible && adjacent && distance >= 1 && distance <= 2) {
                hits.add(words.get(i)[0]);
            }
        }
        return hits;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
