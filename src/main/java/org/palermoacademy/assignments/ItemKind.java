package org.palermoacademy.assignments;

/** What can be assigned. */
public enum ItemKind {
    COURSE, DRAFTING, BRANCHING;

    /** Where a learner does the work. */
    public String route(String itemId) {
        return switch (this) {
            case COURSE -> "courses/" + itemId;
            case DRAFTING -> "exercises/" + itemId;
            case BRANCHING -> "exercises/" + itemId + "/play";
        };
    }
}
