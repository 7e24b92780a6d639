package org.palermoacademy.learning;

import java.time.Instant;

/** Published the first time a learner completes a lesson. */
public record LessonCompleted(String learnerId, String courseId, String lessonId, Instant completedAt) {
}
