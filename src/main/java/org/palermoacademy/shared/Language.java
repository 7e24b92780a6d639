package org.palermoacademy.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six official UN languages the platform is translated into. */
public enum Language {
    EN("en", "English", false),
    FR("fr", "Français", false),
    ES("es", "Español", false),
    RU("ru", "Русский", false),
    AR("ar", "العربية", true),
    ZH("zh", "中文", false);

    private final String tag;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String tag, String nativeName, boolean rightToLeft) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return Arrays.stream(values()).filter(l -> l.tag.equals(primary)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? EN : fromTag(locale.getLanguage()).orElse(EN);
    }

    /** Best match for an Accept-Language style list of locales, English when none matches. */
    public static Language bestMatch(List<Locale> preferred) {
        return preferred.stream().map(l -> fromTag(l.getLanguage())).flatMap(Optional::stream)
                .findFirst().orElse(EN);
    }
}
