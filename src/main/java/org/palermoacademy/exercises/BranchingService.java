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

    BranchingService(BranchingStore store, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
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

    /** Best score per branching case of the current user. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Integer> myBestScores() {
        return store.best(currentUser.requireId());
    }
}
