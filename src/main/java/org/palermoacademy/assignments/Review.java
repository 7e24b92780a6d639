package org.palermoacademy.assignments;

import java.time.Instant;
import java.util.Map;

/**
 * A trainer's review: a level per rubric criterion ({@code exemplary}, {@code competent},
 * {@code developing}, {@code missing}), an overall comment, comments anchored to sections, the
 * outcome ({@code returned} or {@code graded}) and the weighted score. {@code version} is 0 before the
 * first decision; a decision must name the version it was made on.
 */
public record Review(String submissionId, Map<String, String> levels, String comment,
        Map<String, String> sectionComments, String outcome, int score, int maxScore, String reviewerName,
        Instant decidedAt, long version) {

    public static final java.util.List<String> LEVELS = java.util.List.of("exemplary", "competent", "developing", "missing");

    /** Points of a level on a criterion of the given weight: exemplary 3, competent 2, developing 1, missing 0. */
    public static int points(String level, int weight) {
        int index = LEVELS.indexOf(level);
        return index < 0 ? 0 : (3 - index) * weight;
    }
}
