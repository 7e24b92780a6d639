package org.palermoacademy.assignments;

import java.time.Instant;

/** A learner in a cohort; {@code pending} while their e-mail has not yet signed in. */
public record Member(String learnerId, String email, String name, boolean pending, Instant addedAt) {

    /** The key used to remove this member (the learner id, or the e-mail while pending). */
    public String key() {
        return learnerId != null ? learnerId : email;
    }
}
