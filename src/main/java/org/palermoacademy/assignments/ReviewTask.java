package org.palermoacademy.assignments;

import java.time.Instant;

/**
 * A submission waiting in the review queue. {@code late}: submitted after the due date;
 * {@code overdue}: waiting longer than the review target.
 */
public record ReviewTask(String submissionId, String learnerId, String learnerName, String scenarioId, String title,
        String cohortId, String cohortName, Instant submittedAt, Instant dueAt, boolean late, boolean overdue) {
}
