package org.palermoacademy.exercises.checker;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** English texts of the checker's messages, from the same translation files the UI uses. */
public final class Messages {

    private static final Properties ENGLISH = load();

    private Messages() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public static String english(String key, List<String> args) {
        String pattern = ENGLISH.getProperty(key);
        if (pattern == null) {
            return key + (args.isEmpty() ? "" : " " + args);
        }
        Object[] shown = args.stream().map(a -> ENGLISH.getProperty("term." + a, a)).toArray();
        return new MessageFormat(pattern, Locale.ENGLISH).format(shown);
    }

    static boolean has(String key) {
        return ENGLISH.containsKey(key);
    }
}
