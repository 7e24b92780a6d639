package org.palermoacademy.learning;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One learner's progress in one course, computed against the course as currently published.
 *
 * @param completedLessons lessons completed (ids still in the course)
 * @param updatedLessons   completed lessons whose text changed since they were completed
 * @param bestQuizScores   best score per quiz id, in percent
 * @param resumeLessonId   where to continue: the last lesson opened, else the first not completed
 * @param completedAt      when the course was completed (it stays completed when content changes)
 * @param newSinceEnrolment true when the course's content version differs from the one enrolled on
 */
public record CourseProgress(
        String courseId,
        boolean enrolled,
        Set<String> completedLessons,
        Set<String> updatedLessons,
        Map<String, Integer> bestQuizScores,
        boolean finalQuizPassed,
        int percent,
        String resumeLessonId,
        Instant lastVisitedAt,
        Instant completedAt,
        String completedVersion,
        long secondsSpent,
        boolean newSinceEnrolment) {

    public boolean completed() {
        return completedAt != null;
    }

    public boolean inProgress() {
        return enrolled && completedAt == null;
    }
}
