package org.palermoacademy.exercises;

import java.util.Optional;

/**
 * Where trainers' reviews live (the module that runs cohorts implements it). The drafting views ask
 * through {@link DraftService#feedback(String)}, which checks who may read first.
 */
public interface ReviewFeedbackSource {

    /** The review that returned or graded this submission, if one was completed. */
    Optional<ReviewFeedback> feedbackFor(String submissionId);
}
