package org.palermoacademy.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The result of one quiz attempt as shown to the learner: score, pass, and per-question correctness. */
public record QuizFeedback(String quizId, int scorePercent, boolean passed, int passMark,
        Map<String, Boolean> correct, Map<String, List<String>> answers, Instant attemptedAt) {
}
