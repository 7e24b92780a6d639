package org.palermoacademy.assignments;

import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.exercises.SubmissionView;

/**
 * Everything the review screen shows: the submission (text and the checker's report), the scenario
 * (case file and rubric), who wrote it, and the review so far ({@code review.version()} 0 when none).
 */
public record ReviewSheet(SubmissionView submission, Scenario scenario, String learnerName, Review review,
        boolean latest) {
}
