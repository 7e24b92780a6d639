package org.palermoacademy.exercises;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A submitted draft with the checker's final report. */
public record SubmissionView(String id, String draftId, String ownerId, String scenarioId, int revision,
        Map<String, String> sections, String freeText, boolean freeForm, List<Map<String, Object>> findings,
        int completeness, int blocking, int warnings, Instant submittedAt, String status) {
}
