package org.palermoacademy.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.certification.Certificate;
import org.palermoacademy.certification.CertificateIssued;
import org.palermoacademy.certification.CertificateRevoked;
import org.palermoacademy.certification.CertificationService;
import org.palermoacademy.exercises.DraftService;
import org.palermoacademy.exercises.GradedWork;
import org.palermoacademy.exercises.SubmissionGraded;
import org.palermoacademy.identity.SystemActor;
import org.palermoacademy.learning.CourseCompleted;
import org.palermoacademy.learning.ProgressService;
import org.palermoacademy.networks.Network;
import org.palermoacademy.networks.NetworkService;
import org.palermoacademy.networks.StaffChanged;
import org.palermoacademy.networks.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link StaffFacts} up to date from the other modules' events (staff and focal point changes,
 * certificates issued and revoked, courses completed, work graded), reading their APIs as the system
 * actor. Never fails the action that published the event; {@link #rebuild(String)} recomputes a network.
 */
@Component
public class StaffFactsUpdater {

    private static final Logger log = LoggerFactory.getLogger(StaffFactsUpdater.class);
    private final MongoTemplate mongo;
    private final NetworkService networks;
    private final CertificationService certification;
    private final ProgressService progress;
    private final DraftService drafts;
    private final Catalog catalog;
    private final Clock clock;

    StaffFactsUpdater(MongoTemplate mongo, NetworkService networks, CertificationService certification,
            ProgressService progress, DraftService drafts, Catalog catalog, Clock clock) {
        this.mongo = mongo;
        this.networks = networks;
        this.certification = certification;
        this.progress = progress;
        this.drafts = drafts;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        safely("start-up rebuild", () -> {
            if (mongo.count(new Query(), StaffFacts.class) == 0) {
                networks.myNetworks().forEach(n -> rebuild(n.id()));
            }
        });
    }

    @EventListener
    void on(StaffChanged changed) {
        safely("staff change in " + changed.networkId(), () -> {
            if (changed.userId() == null) {
                rebuild(changed.networkId());
            } else {
                person(networks.network(changed.networkId()), changed.userId());
            }
        });
    }

    @EventListener
    void on(CertificateIssued issued) {
        holder(issued.holderId());
    }

    @EventListener
    void on(CertificateRevoked revoked) {
        holder(revoked.holderId());
    }

    @EventListener
    void on(CourseCompleted completed) {
        holder(completed.learnerId());
    }

    @EventListener
    void on(SubmissionGraded graded) {
        holder(graded.learnerId());
    }

    private void holder(String userId) {
        safely("holder " + userId, () -> {
            for (String networkId : networks.networksOf(userId)) {
                person(networks.network(networkId), userId);
            }
        });
    }

    /** Recomputes every staff member's facts of a network (and drops facts of people no longer staff). */
    public void rebuild(String networkId) {
        SystemActor.run("reporting", () -> {
            Network n = networks.network(networkId);
            List<StaffMember> staff = networks.staff(networkId, null, null);
            Set<String> keep = new HashSet<>();
            for (StaffMember s : staff) {
                keep.add(StaffFacts.id(networkId, s.userId()));
                write(n, s);
            }
            mongo.remove(Query.query(Criteria.where("networkId").is(networkId).and("_id").nin(keep)), StaffFacts.class);
        });
    }

    private void person(Network n, String userId) {
        Optional<StaffMember> s = networks.staffMember(n.id(), userId);
        if (s.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").is(StaffFacts.id(n.id(), userId))), StaffFacts.class);
        } else {
            write(n, s.get());
        }
    }

    private void write(Network n, StaffMember s) {
        Map<String, Instant> valid = new HashMap<>();
        for (Certificate c : certification.certificatesOf(List.of(s.userId()))) {
            if (c.revokedAt() == null) {
                valid.merge(c.programmeId(), c.validUntil(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<String, Instant> completions = progress.completions(s.userId());
        List<GradedWork> graded = drafts.gradedWork(s.userId());
        Set<String> started = new HashSet<>();
        for (Programme p : catalog.programmes()) {
            boolean any = p.requiredCourses().stream().anyMatch(completions::containsKey)
                    || p.requiredExercises().stream().anyMatch(x -> graded.stream().anyMatch(g ->
                            g.scenarioId().equals(x.scenarioId()) && g.percent() >= x.minPercent()));
            if (any) {
                started.add(p.id());
            }
        }
        boolean focal = n.focalPoints().stream().anyMatch(f -> f.userId().equals(s.userId()));
        mongo.upsert(Query.query(Criteria.where("_id").is(StaffFacts.id(n.id(), s.userId()))), new Update()
                .set("networkId", n.id()).set("userId", s.userId()).set("name", s.name()).set("email", s.email())
                .set("country", s.country()).set("organisationId", s.organisationId())
                .set("organisationName", s.organisationName()).set("kind", s.kind().name()).set("focal", focal)
                .set("validUntil", valid).set("progress", started).set("updatedAt", clock.instant()), StaffFacts.class);
    }

    private void safely(String what, Runnable work) {
        try {
            SystemActor.run("reporting", work);
        } catch (RuntimeException e) {
            log.error("Reporting read model: {} failed: {}", what, e.getMessage(), e);
        }
    }
}
