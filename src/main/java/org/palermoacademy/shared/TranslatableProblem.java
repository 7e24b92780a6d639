package org.palermoacademy.shared;

import java.util.List;

/**
 * A request a service refuses for a reason the user can act on, carrying a translation key and its
 * arguments so each view shows it in the user's language. Modules extend it with their own kinds.
 */
public abstract class TranslatableProblem extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    protected TranslatableProblem(String key, Object... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
