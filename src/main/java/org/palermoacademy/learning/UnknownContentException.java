package org.palermoacademy.learning;

/** A course, lesson or quiz id that is not (or no longer) published. */
public class UnknownContentException extends RuntimeException {

    private final String kind;
    private final String id;

    public UnknownContentException(String kind, String id) {
        super("Unknown " + kind + ": " + id);
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
