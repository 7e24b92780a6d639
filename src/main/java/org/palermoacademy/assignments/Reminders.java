package org.palermoacademy.assignments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.palermoacademy.assignments.internal.AssignmentsStore;
import org.palermoacademy.assignments.internal.Docs.AssignmentDoc;
import org.palermoacademy.assignments.internal.Docs.CohortDoc;
import org.palermoacademy.assignments.internal.Docs.MemberDoc;
import org.palermoacademy.identity.SystemActor;
import org.palermoacademy.assignments.internal.Views;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.identity.UserProfileService;
import org.palermoacademy.notifications.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells learners about their assignments: when one is available to them ("assigned"), three days
 * before it is due, the day before, and once when it is overdue, unless they have already submitted
 * or completed it. Every message has an idempotency key (kind, assignment, learner), so however often
 * the job runs, and whatever the clock says, nobody hears the same thing twice. Runs on a schedule,
 * and at once (in the background) when something is assigned or learners join a cohort.
 */
@Component
class Reminders implements org.palermoacademy.notifications.ReminderSweep {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    static final Duration OVERDUE_FOR = Duration.ofDays(7);

    private final AssignmentsStore store;
    private final AssignmentService assignments;
    private final UserProfileService profiles;
    private final Notifier notifier;
    private final Clock clock;

    Reminders(AssignmentsStore store, AssignmentService assignments, UserProfileService profiles, Notifier notifier,
            Clock clock) {
        this.store = store;
        this.assignments = assignments;
        this.profiles = profiles;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "Assignment reminders";
    }

    @EventListener
    void on(AssignmentService.Assigned assigned) {
        background(() -> store.assignment(assigned.assignmentId()).ifPresent(a -> remind(a, clock.instant())));
    }

    @EventListener
    void on(CohortService.MembersAdded added) {
        background(() -> store.assignmentsOf(added.cohortId()).forEach(a -> remind(a, clock.instant())));
    }

    private void background(Runnable work) {
        Thread.ofVirtual().name("reminders-now").start(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("Immediate reminders failed; the scheduled run will catch up: {}", e.getMessage());
            }
        });
    }

    /** One pass over every open assignment as of {@code now}; returns the number of notifications sent. */
    @Override
    public int run(Instant now) {
        int sent = 0;
        for (AssignmentDoc a : store.openAssignments(now, OVERDUE_FOR)) {
            sent += remind(a, now);
        }
        return sent;
    }

    int remind(AssignmentDoc doc, Instant now) {
        if (now.isBefore(doc.availableAt) || now.isAfter(doc.dueAt.plus(OVERDUE_FOR))) {
            return 0;
        }
        CohortDoc cohort = store.cohort(doc.cohortId).orElse(null);
        if (cohort == null) {
            return 0;
        }
        Assignment a = Views.assignment(doc);
        List<MemberDoc> targets = cohort.members.stream().filter(m -> m.learnerId != null && a.targets(m.learnerId))
                .toList();
        if (targets.isEmpty()) {
            return 0;
        }
        String stage = now.isAfter(a.dueAt()) ? "overdue" : now.isAfter(a.dueAt().minus(Duration.ofDays(1))) ? "due1"
                : now.isAfter(a.dueAt().minus(Duration.ofDays(3))) ? "due3" : null;
        List<String> ids = targets.stream().map(m -> m.learnerId).toList();
        return SystemActor.as("reminders", () -> {
            Map<String, UserProfile> people = new HashMap<>();
            profiles.profiles(ids).forEach(p -> people.put(p.id(), p));
            Map<String, Cell> cells = stage == null ? Map.of() : assignments.column(a, ids);
            List<String> args = List.of(a.title(), cohort.name, a.dueDate().toString());
            String link = a.kind().route(a.itemId());
            int sent = 0;
            for (MemberDoc m : targets) {
                UserProfile p = people.get(m.learnerId);
                String email = p != null && p.email() != null ? p.email() : m.email;
                var language = p == null ? null : p.language();
                if (notifier.notify(m.learnerId, email, language, "assigned", args, link,
                        "assigned:" + a.id() + ":" + m.learnerId)) {
                    sent++;
                }
                Cell cell = cells.get(m.learnerId);
                if (stage != null && cell != null && !cell.status().done()
                        && notifier.notify(m.learnerId, email, language, stage, args, link,
                                stage + ":" + a.id() + ":" + m.learnerId)) {
                    sent++;
                }
            }
            return sent;
        });
    }
}
