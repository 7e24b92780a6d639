/**
 * A learner's own progress: enrolments, lesson completions, quiz attempts with answers and scores,
 * where to resume, time spent, and course completion (published as {@link org.palermoacademy.learning.CourseCompleted}).
 * Reads course structure from {@code catalog} (and its citation components, {@code catalog::ui});
 * scopes every read and write to the current user from {@code identity}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "audit", "catalog", "catalog::ui"})
package org.palermoacademy.learning;
