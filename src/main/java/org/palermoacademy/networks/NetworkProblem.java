package org.palermoacademy.networks;

/** A refused request in networks, with a translation key and its arguments for the message. */
public class NetworkProblem extends org.palermoacademy.shared.TranslatableProblem {

    public enum Kind { NOT_FOUND, INVALID }

    private final Kind kind;

    public NetworkProblem(Kind kind, String key, Object... args) {
        super(key, args);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
