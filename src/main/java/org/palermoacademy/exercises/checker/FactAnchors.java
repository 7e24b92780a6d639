package org.palermoacademy.exercises.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.palermoacademy.catalog.Scenario;

/**
 * The concrete facts of a case a summary should carry: names of the people involved, dates, sums and
 * places from the case file, and the telling words of each offence's conduct.
 */
final class FactAnchors {

    private FactAnchors() {
    }

    static List<String> of(CheckContext c) {
        List<String> anchors = new ArrayList<>();
        Scenario.Facts f = c.facts();
        f.persons().forEach(p -> anchors.addAll(Names.tokens(p.name()).stream().filter(t -> t.length() >= 4).toList()));
        f.places().forEach(p -> anchors.addAll(DraftText.significantWords(p)));
        for (Scenario.Offence o : f.offences()) {
            if (o.conduct() != null) {
                anchors.addAll(DraftText.significantWords(o.conduct()).stream().filter(w -> w.length() >= 6).toList());
            }
        }
        return anchors.stream().distinct().toList();
    }

    private static final java.util.Set<String> GENERIC = java.util.Set.of("between", "through", "account", "accounts",
            "company", "companies", "criminal", "organized", "organised", "investigation", "person", "persons",
            "during", "before", "within", "without", "against", "another", "others", "members", "member", "several",
            "various", "number", "amount", "amounts", "period", "including", "together", "behalf", "following",
            "whether", "should", "because", "further", "million", "thousand", "aldoria", "berenia", "castellia",
            "dovania", "estmark", "ferrania", "aldorian", "berenian", "castellian", "dovanian", "estmarkian", "ferranian");

    /** The telling words (6+ letters, not names or numbers) of the offences' conduct. */
    static List<String> conduct(CheckContext c) {
        List<String> words = new ArrayList<>();
        for (Scenario.Offence o : c.facts().offences()) {
            if (o.conduct() == null) {
                continue;
            }
            for (String token : o.conduct().split("[^\\p{L}\\p{N}]+")) {
                if (token.length() >= 6 && Character.isLowerCase(token.charAt(0)) && token.chars().noneMatch(Character::isDigit)) {
                    words.add(token.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words.stream().distinct().filter(w -> !GENERIC.contains(w)).toList();
    }

    private static final java.util.regex.Pattern PAST = java.util.regex.Pattern.compile(
            "\\b(\\p{L}{3,}ed|sent|paid|made|took|told|bought|sold|left|met|brought|gave|held|kept|found|led|ran|set up|"
            + "hid|drove|flew|wrote|began|became|got|lost|stole|spent|won|chose|came|went|fled|lent|built|"
            + "a (re[çc]u|vers[ée]|transf[ée]r[ée]|cr[ée][ée]|utilis[ée]|sign[ée]|envoy[ée]))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    private static final java.util.Set<String> NOT_EVENTS = java.util.Set.of("requested", "required", "attached",
            "enclosed", "named", "based", "organized", "organised", "signed", "dated", "listed", "described", "mentioned",
            "detailed", "entitled", "authorised", "authorized", "concerned", "related", "needed", "accused", "alleged",
            "registered", "numbered", "limited", "certified", "scheduled", "expected", "planned", "proposed", "indicated",
            "specified", "identified", "annexed", "updated", "translated", "reached", "confirmed", "informed", "estimated");

    /**
     * Whether a passage reads as a summary of facts: 50+ words telling events (several verbs in the past)
     * with the conduct's own words and something concrete (a name, date or sum). Data lines and
     * "see the annex" are not a summary.
     */
    static boolean summary(String text, List<String> conduct, List<String> anchors) {
        if (DraftText.wordCount(text) < 50) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        long conductWords = conduct.stream().filter(lower::contains).count();
        java.util.Set<String> events = new java.util.HashSet<>();
        var m = PAST.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!NOT_EVENTS.contains(w)) {
                events.add(w);
            }
        }
        boolean concrete = !Dates.all(text).isEmpty() || !Amounts.all(text).isEmpty()
                || anchors.stream().anyMatch(lower::contains);
        long needed = Math.min(5, Math.max(2, (long) Math.ceil(conduct.size() * 0.35)));
        return conductWords >= Math.min(needed, conduct.size()) && events.size() >= 3 && concrete;
    }

    /** How many distinct anchors, dates and sums the text contains. */
    static int count(String text, List<String> anchors) {
        String lower = text.toLowerCase(Locale.ROOT);
        int n = (int) anchors.stream().filter(lower::contains).count();
        n += Math.min(2, Dates.all(text).size());
        n += Math.min(2, Amounts.all(text).size());
        return n;
    }
}
