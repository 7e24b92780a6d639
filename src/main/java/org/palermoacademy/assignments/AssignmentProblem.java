package org.palermoacademy.assignments;

/**
 * Something the trainer or learner asked for that cannot be done, with a translation key (and
 * arguments) the views show as it is: unknown item, invalid dates, a review conflict.
 */
public class AssignmentProblem extends org.palermoacademy.shared.TranslatableProblem {

    public enum Kind { NOT_FOUND, INVALID, CONFLICT }

    private final Kind kind;

    public AssignmentProblem(Kind kind, String key, Object... args) {
        super(key, args);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
