package org.palermoacademy.certification;

import java.util.List;

/** A refused certification request, with a translation key and arguments for the message. */
public class CertificateProblem extends RuntimeException {

    public enum Kind { NOT_FOUND, INVALID, ALREADY }

    private final Kind kind;
    private final String key;
    private final List<Object> args;

    public CertificateProblem(Kind kind, String key, Object... args) {
        super(key);
        this.kind = kind;
        this.key = key;
        this.args = List.of(args);
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
