package org.palermoacademy.exercises;

import java.time.Instant;

/** A trainer graded (or re-graded) a learner's submission of a drafting scenario. */
public record SubmissionGraded(String learnerId, String scenarioId, String submissionId, int percent,
        Instant submittedAt, Instant gradedAt) {
}
