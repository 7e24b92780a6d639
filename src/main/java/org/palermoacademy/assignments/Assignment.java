package org.palermoacademy.assignments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An item assigned to a cohort (or to named learners of it). It becomes available at the start of
 * {@code availableFrom} and is due at the end of {@code dueDate}, both in the cohort's time zone.
 */
public record Assignment(String id, String cohortId, ItemKind kind, String itemId, String title, String instructions,
        LocalDate availableFrom, LocalDate dueDate, Instant availableAt, Instant dueAt, boolean lateAllowed,
        List<String> learnerIds) {

    public boolean forWholeCohort() {
        return learnerIds.isEmpty();
    }

    public boolean targets(String learnerId) {
        return learnerIds.isEmpty() || learnerIds.contains(learnerId);
    }
}
