package org.palermoacademy.exercises;

import java.time.Instant;

/** Published once per submission. */
public record DraftSubmitted(String submissionId, String learnerId, String scenarioId, Instant submittedAt) {
}
