package org.palermoacademy.certification;

import java.time.Instant;

/**
 * One requirement of a programme and whether the learner meets it: a course to complete, or a drafting
 * exercise graded at or above a minimum. {@code detail} is the best grade so far (exercises) or null.
 */
public record Requirement(Kind kind, String itemId, String title, Integer minPercent, boolean met, Integer best,
        Instant metAt) {

    public enum Kind { COURSE, EXERCISE }
}
