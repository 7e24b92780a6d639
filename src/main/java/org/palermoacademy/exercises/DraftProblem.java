package org.palermoacademy.exercises;

/**
 * A save or submit that cannot be accepted, with a reason the editor can show: too long, edited
 * elsewhere (conflict), already submitted, unknown, or past a due date that accepts no late work (closed).
 */
public class DraftProblem extends RuntimeException {

    public enum Kind { TOO_LONG, CONFLICT, SUBMITTED, NOT_FOUND, NOT_ALLOWED, CLOSED }

    private final Kind kind;

    public DraftProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
