package org.palermoacademy.exercises;

import java.time.Clock;
import java.util.Map;
import org.palermoacademy.exercises.internal.BranchingStore;
import org.palermoacademy.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Records the current user's plays of branching cases (score out of the best possible). */
@Service
public class BranchingService {

    private final BranchingStore store;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<org.palermoacademy.identity.LearnerRecordsAccess> access;
    private final org.palermoacademy.audit.AuditLog audit;

    BranchingService(BranchingStore store, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events,
            org.springframework.beans.factory.ObjectProvider<org.palermoacademy.identity.LearnerRecordsAccess> access,
            org.palermoacademy.audit.AuditLog audit) {
        this.access = access;
        this.audit = audit;
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public void record(String scenarioId, int score, int max) {
        String me = currentUser.requireId();
        store.record(me, scenarioId, Math.max(0, Math.min(score, max)), max, clock.instant());
        events.publishEvent(new BranchingCaseCompleted(me, scenarioId, score, max, clock.instant()));
    }

    /** Each learner's best score on a branching case (reviewers of all of them, administrators). */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public Map<String, Integer> bestScores(java.util.Collection<String> learnerIds, String scenarioId) {
        String me = currentUser.requireId();
        boolean allowed = currentUser.hasRole(org.palermoacademy.identity.Role.ADMIN)
                || access.orderedStream().anyMatch(a -> a.mayRead(me, learnerIds));
        audit.record(me, allowed ? "work-viewed" : "access-denied", "scenario:" + scenarioId,
                Map.of("learners", String.valueOf(learnerIds.size())));
        if (!allowed) {
            throw new org.springframework.security.access.AccessDeniedException("Not a reviewer of these learners");
        }
        return store.best(learnerIds, scenarioId);
    }

    /** Best score per branching case of the current user. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Integer> myBestScores() {
        return store.best(currentUser.requireId());
    }
}
