package org.palermoacademy.learning;

import java.time.Instant;

/** A learner enrolled in a course (once per learner and course). */
public record CourseEnrolled(String learnerId, String courseId, Instant enrolledAt) {
}
