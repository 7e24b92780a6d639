package org.palermoacademy.exercises.checker;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One check: an id, a severity, the article it rests on, when it applies, and what it finds. The
 * message key is {@code check.<id>} (or {@code check.<id>.<variant>}) in the translation files.
 */
public record Rule(String id, Severity severity, String article, Predicate<CheckContext> applies,
        Function<CheckContext, List<Hit>> check) {

    /** Where and why a rule fired: section to fix, offset in the draft (-1 if none), message variant, arguments. */
    public record Hit(String section, int offset, String variant, List<String> args) {

        public static Hit at(String section, String... args) {
            return new Hit(section, -1, null, List.of(args));
        }

        public static Hit variant(String section, String variant, String... args) {
            return new Hit(section, -1, variant, List.of(args));
        }

        public Hit offset(int offset) {
            return new Hit(section, offset, variant, args);
        }
    }

    public String messageKey(Hit hit) {
        return "check." + id + (hit.variant() == null ? "" : "." + hit.variant());
    }

    static List<Hit> none() {
        return List.of();
    }

    static List<Hit> one(Hit hit) {
        return List.of(hit);
    }
}
