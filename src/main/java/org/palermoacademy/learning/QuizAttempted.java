package org.palermoacademy.learning;

import java.time.Instant;

/** Published for every submitted quiz attempt. */
public record QuizAttempted(String learnerId, String courseId, String quizId, int scorePercent, boolean passed,
        Instant attemptedAt) {
}
