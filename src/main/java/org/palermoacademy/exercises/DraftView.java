package org.palermoacademy.exercises;

import java.time.Instant;
import java.util.Map;

/** A draft as its owner sees it. {@code revision} increases with every save; saves must name it. */
public record DraftView(String id, String scenarioId, Map<String, String> sections, String freeText, boolean freeForm,
        String status, int revision, Instant savedAt) {

    public boolean submitted() {
        return "submitted".equals(status);
    }
}
