package org.palermoacademy.exercises;

import java.time.Instant;

/**
 * Where one learner stands on one drafting scenario, for trainers' grids: the draft (null when never
 * opened) and the latest submission with its status ({@code submitted}, {@code returned}, {@code graded}).
 */
public record WorkState(String learnerId, String scenarioId, String draftId, String draftStatus, Instant savedAt,
        String latestSubmissionId, String submissionStatus, Instant submittedAt, int submissions) {

    public boolean started() {
        return draftId != null && (savedAt != null || submissions > 0);
    }
}
