package org.palermoacademy.learning;

import java.time.Instant;

/** Published once when a learner has completed every lesson of a course and passed its final quiz. */
public record CourseCompleted(String learnerId, String courseId, String courseVersion, Instant completedAt) {
}
