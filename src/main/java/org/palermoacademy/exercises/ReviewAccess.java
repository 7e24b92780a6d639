package org.palermoacademy.exercises;

/**
 * Who besides the learner may read a learner's drafts and submissions: implemented by the module
 * that knows cohorts (a trainer may read the work of learners in cohorts they train). Administrators
 * may always read; every such read is audited.
 */
public interface ReviewAccess {

    boolean mayReview(String reviewerId, String learnerId);
}
