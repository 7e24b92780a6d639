package org.palermoacademy.assignments.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.palermoacademy.assignments.CohortService;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.identity.UserSignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At sign-in, places kept for the person's e-mail (imported before they ever signed in) become theirs. */
@Component
class PendingMembers {

    private static final Logger log = LoggerFactory.getLogger(PendingMembers.class);
    private final AssignmentsStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PendingMembers(AssignmentsStore store, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    @EventListener
    void on(UserSignedIn signedIn) {
        if (signedIn.email() == null || signedIn.email().isBlank()) {
            return;
        }
        try {
            List<String> cohorts = store.bindPending(signedIn.email().strip().toLowerCase(Locale.ROOT),
                    signedIn.userId(), signedIn.displayName());
            for (String cohortId : cohorts) {
                audit.record(signedIn.userId(), "joined-cohort", "cohort:" + cohortId, Map.of("via", "pending e-mail"));
                events.publishEvent(new CohortService.MembersAdded(cohortId));
            }
        } catch (RuntimeException e) {
            log.error("Could not bind pending cohort places for {}: {}", signedIn.userId(), e.getMessage());
        }
    }
}
