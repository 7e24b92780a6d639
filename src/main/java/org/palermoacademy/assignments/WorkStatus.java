package org.palermoacademy.assignments;

/**
 * Where a learner stands on an assigned item. {@code OVERDUE} replaces not started, in progress and
 * returned once the due date has passed; {@code SCHEDULED} is an item not yet available.
 */
public enum WorkStatus {
    SCHEDULED, NOT_STARTED, IN_PROGRESS, SUBMITTED, RETURNED, GRADED, COMPLETED, OVERDUE;

    /** Finished from the learner's side: nothing left to do unless returned. */
    public boolean done() {
        return this == SUBMITTED || this == GRADED || this == COMPLETED;
    }

    public String key() {
        return "status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
