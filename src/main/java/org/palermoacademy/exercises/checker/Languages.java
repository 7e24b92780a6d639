package org.palermoacademy.exercises.checker;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Guesses the language a draft is written in from its commonest words and its script. */
final class Languages {

    private static final Map<String, Pattern> COMMON = Map.of(
            "en", Pattern.compile("\\b(the|of|and|to|is|in|that|for)\\b"),
            "fr", Pattern.compile("\\b(le|la|les|des|et|du|est|une|pour|que)\\b"),
            "es", Pattern.compile("\\b(el|los|las|del|y|es|una|para|que|por)\\b"));

    private Languages() {
    }

    static String detect(String full) {
        String text = full.length() > 6000 ? full.substring(0, 6000) : full;
        long cyrillic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        long arabic = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long letters = Math.max(1, text.codePoints().filter(Character::isLetter).count());
        if (cyrillic * 2 > letters) {
            return "ru";
        }
        if (arabic * 2 > letters) {
            return "ar";
        }
        if (han * 3 > letters) {
            return "zh";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String best = "en";
        long bestCount = -1;
        for (var e : COMMON.entrySet()) {
            Matcher m = e.getValue().matcher(lower);
            long n = 0;
            while (m.find()) {
                n++;
            }
            if (n > bestCount) {
                best = e.getKey();
                bestCount = n;
            }
        }
        return best;
    }
}
