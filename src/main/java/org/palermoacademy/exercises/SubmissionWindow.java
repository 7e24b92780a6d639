package org.palermoacademy.exercises;

import java.util.Optional;

/**
 * Whether a learner may still submit a scenario (implemented by the module that sets due dates: an
 * assignment past its due date that accepts no late work closes submission).
 */
public interface SubmissionWindow {

    /** A translation key explaining why submission is closed, or empty when it is open. */
    Optional<String> closedReason(String learnerId, String scenarioId);
}
