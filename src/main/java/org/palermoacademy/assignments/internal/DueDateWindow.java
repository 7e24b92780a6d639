package org.palermoacademy.assignments.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.palermoacademy.assignments.internal.Docs.AssignmentDoc;
import org.palermoacademy.assignments.internal.Docs.CohortDoc;
import org.palermoacademy.exercises.SubmissionWindow;
import org.springframework.stereotype.Component;

/**
 * Closes submission of a scenario once every assignment of it to the learner is past due and accepts
 * no late work. A learner with no assignment of the scenario practises freely.
 */
@Component
class DueDateWindow implements SubmissionWindow {

    private final AssignmentsStore store;
    private final Clock clock;

    DueDateWindow(AssignmentsStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<String> closedReason(String learnerId, String scenarioId) {
        List<String> cohorts = store.cohortsWithMember(learnerId).stream().map((CohortDoc c) -> c.id).toList();
        if (cohorts.isEmpty()) {
            return Optional.empty();
        }
        List<AssignmentDoc> relevant = store.assignmentsOf(cohorts).stream()
                .filter(a -> scenarioId.equals(a.itemId) && (a.learnerIds.isEmpty() || a.learnerIds.contains(learnerId)))
                .toList();
        Instant now = clock.instant();
        boolean closed = !relevant.isEmpty() && relevant.stream().allMatch(a -> !a.lateAllowed && now.isAfter(a.dueAt));
        return closed ? Optional.of("editor.closed") : Optional.empty();
    }
}
