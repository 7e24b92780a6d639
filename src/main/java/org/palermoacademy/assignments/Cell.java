package org.palermoacademy.assignments;

/** One learner x item of the progress grid: status, score in percent (or null), latest submission. */
public record Cell(WorkStatus status, Integer score, String submissionId) {
}
