package org.palermoacademy.identity;

import java.util.Collection;

/**
 * Who besides learners themselves may read (and, for reviewers, act on) a learner's records: drafts,
 * submissions, course progress. Implemented by the modules that know the relationships (a trainer
 * and the learners of the cohorts they train; later a coordinator and their network's staff).
 * Callers let administrators through on their own and audit every read of another person's record.
 */
public interface LearnerRecordsAccess {

    /** True when the viewer may read the records of every one of these learners. */
    boolean mayRead(String viewerId, Collection<String> learnerIds);
}
