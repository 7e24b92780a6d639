package org.palermoacademy.assignments.internal;

import java.util.Collection;
import org.palermoacademy.identity.LearnerRecordsAccess;
import org.springframework.stereotype.Component;

/** A trainer may read the records of the learners of the cohorts they own or co-train. */
@Component
class CohortAccess implements LearnerRecordsAccess {

    private final AssignmentsStore store;

    CohortAccess(AssignmentsStore store) {
        this.store = store;
    }

    @Override
    public boolean mayRead(String viewerId, Collection<String> learnerIds) {
        if (viewerId == null || learnerIds == null || learnerIds.isEmpty()) {
            return false;
        }
        return store.learnersTrainedBy(viewerId).containsAll(learnerIds);
    }
}
