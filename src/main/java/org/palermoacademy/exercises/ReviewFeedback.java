package org.palermoacademy.exercises;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A trainer's review of one submission as the learner sees it next to the draft: the outcome
 * ({@code returned} for revision or {@code graded}), the rubric scores, the overall comment and the
 * comments anchored to sections of the request.
 */
public record ReviewFeedback(String submissionId, String outcome, String reviewerName, Instant at,
        List<CriterionScore> criteria, int score, int maxScore, String comment, Map<String, String> sectionComments) {

    /** One rubric criterion: its title, the level chosen ({@code exemplary}...{@code missing}), the points. */
    public record CriterionScore(String id, String title, String level, int points, int maxPoints) {
    }

    public int percent() {
        return maxScore == 0 ? 0 : Math.round(100f * score / maxScore);
    }

    public boolean graded() {
        return "graded".equals(outcome);
    }
}
