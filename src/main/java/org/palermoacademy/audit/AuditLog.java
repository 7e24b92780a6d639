package org.palermoacademy.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.palermoacademy.audit.internal.AuditStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Writes and (for administrators) reads the audit trail. */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("audit");
    private final AuditStore store;
    private final Clock clock;

    AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Records an action. Open to every caller (the actor is whoever acts, including anonymous visitors
     * who are refused); failures to write are logged, never thrown at the user.
     */
    @PreAuthorize("permitAll()")
    public void record(String actor, String action, String target, Map<String, String> details) {
        AuditEvent event = new AuditEvent(clock.instant(), actor == null ? "anonymous" : actor, action, target,
                details == null ? Map.of() : Map.copyOf(details));
        log.info("{} {} {} {}", event.actor(), event.action(), event.target(), event.details());
        try {
            store.save(event);
        } catch (RuntimeException e) {
            log.error("Could not write audit event {} {}: {}", action, target, e.getMessage());
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> latest(int limit) {
        return store.latest(PageRequest.of(0, Math.min(Math.max(limit, 1), 500)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> forActor(String actor, int limit) {
        return store.forActor(actor, PageRequest.of(0, Math.min(Math.max(limit, 1), 500)));
    }
}
