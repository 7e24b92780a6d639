package org.palermoacademy.exercises;

import java.time.Instant;

/** Published when a learner reaches the end of a branching case. */
public record BranchingCaseCompleted(String learnerId, String scenarioId, int score, int maxScore, Instant at) {
}
