package org.palermoacademy.assignments;

import java.util.Map;

/** A learner's row of the cohort progress grid: assignment id to cell. */
public record GridRow(String learnerId, String name, String email, Map<String, Cell> cells) {

    public Cell cell(String assignmentId) {
        return cells.get(assignmentId);
    }
}
