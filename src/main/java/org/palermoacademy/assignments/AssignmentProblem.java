package org.palermoacademy.assignments;

import java.util.List;

/**
 * Something the trainer or learner asked for that cannot be done, with a translation key (and
 * arguments) the views show as it is: unknown item, invalid dates, a review conflict.
 */
public class AssignmentProblem extends RuntimeException {

    public enum Kind { NOT_FOUND, INVALID, CONFLICT }

    private final Kind kind;
    private final String key;
    private final transient List<Object> args;

    public AssignmentProblem(Kind kind, String key, Object... args) {
        super(key + " " + List.of(args));
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
