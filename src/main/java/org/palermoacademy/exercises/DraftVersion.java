package org.palermoacademy.exercises;

import java.time.Instant;

/** One entry of a draft's version history. */
public record DraftVersion(String id, int revision, String reason, Instant savedAt, int words) {
}
