package org.palermoacademy.exercises.checker;

/** How much a finding matters: blocking (the request would be sent back), warning, advice. */
public enum Severity {
    BLOCKING, WARNING, ADVICE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Severity of(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
