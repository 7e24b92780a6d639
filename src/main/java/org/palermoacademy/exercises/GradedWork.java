package org.palermoacademy.exercises;

import java.time.Instant;

/** One graded submission: the scenario, its grade as a percentage, when it was submitted and graded. */
public record GradedWork(String submissionId, String scenarioId, int percent, Instant submittedAt, Instant gradedAt) {
}
