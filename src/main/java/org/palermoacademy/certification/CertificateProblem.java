package org.palermoacademy.certification;

/** A refused certification request, with a translation key and arguments for the message. */
public class CertificateProblem extends org.palermoacademy.shared.TranslatableProblem {

    public enum Kind { NOT_FOUND, INVALID, ALREADY }

    private final Kind kind;

    public CertificateProblem(Kind kind, String key, Object... args) {
        super(key, args);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
