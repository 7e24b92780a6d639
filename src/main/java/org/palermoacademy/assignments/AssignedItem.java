package org.palermoacademy.assignments;

/** One line of a learner's "Assigned to me". {@code score} is a percentage or null. */
public record AssignedItem(Assignment assignment, String cohortName, WorkStatus status, Integer score,
        String submissionId) {

    public String link() {
        return assignment.kind().route(assignment.itemId());
    }
}
