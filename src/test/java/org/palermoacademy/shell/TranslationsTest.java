package org.palermoacademy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every UI string exists, non-empty, in all six UN languages, with the same placeholders. */
class TranslationsTest {

    static Properties load(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(
                "/vaadin-i18n/translations" + suffix + ".properties")) {
            assertThat(in).as("translations%s.properties", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_es", "_ru", "_ar", "_zh"})
    void everyKeyIsTranslated(String suffix) throws Exception {
        Properties english = load("");
        Properties other = load(suffix);
        assertThat(new TreeSet<>(other.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String value = other.getProperty(key);
            assertThat(value).as("%s in %s", key, suffix).isNotBlank();
            assertThat(placeholders(value)).as("placeholders of %s in %s", key, suffix)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    /** Every key the code names literally (getTranslation, problems with a key) exists in English. */
    @org.junit.jupiter.api.Test
    void everyKeyTheCodeUsesExists() throws Exception {
        Properties english = load("");
        var literal = java.util.regex.Pattern.compile(
                "(?:getTranslation\\(\\s*|Problem\\.Kind\\.[A-Z_]+,\\s*)\"([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = literal.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    if (!english.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        var m = java.util.regex.Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
