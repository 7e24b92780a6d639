package org.palermoacademy.networks;

import java.util.List;

/** A refused request in networks, with a translation key and its arguments for the message. */
public class NetworkProblem extends RuntimeException {

    public enum Kind { NOT_FOUND, INVALID }

    private final Kind kind;
    private final String key;
    private final List<Object> args;

    public NetworkProblem(Kind kind, String key, Object... args) {
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
