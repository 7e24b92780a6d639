package org.palermoacademy.reporting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.palermoacademy.catalog.Audience;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Citation;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.certification.CertificateIssued;
import org.palermoacademy.exercises.SubmissionGraded;
import org.palermoacademy.identity.SystemActor;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.identity.UserProfileService;
import org.palermoacademy.learning.CourseCompleted;
import org.palermoacademy.learning.CourseEnrolled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records training events for the implementation report: enrolments, completions, graded work and
 * certificates, each once, with the learner's country and network at the time and the articles and
 * audiences the item covers. Never fails the action that published the event.
 */
@Component
class ActivityRecorder {

    static final String ENROLMENT = "enrolment";
    static final String COMPLETION = "completion";
    static final String GRADED = "graded";
    static final String CERTIFICATE = "certificate";
    private static final Logger log = LoggerFactory.getLogger(ActivityRecorder.class);
    private final MongoTemplate mongo;
    private final Catalog catalog;
    private final UserProfileService profiles;

    ActivityRecorder(MongoTemplate mongo, Catalog catalog, UserProfileService profiles) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.profiles = profiles;
    }

    @EventListener
    void on(CourseEnrolled e) {
        course(ENROLMENT, e.learnerId(), e.courseId(), e.enrolledAt());
    }

    @EventListener
    void on(CourseCompleted e) {
        course(COMPLETION, e.learnerId(), e.courseId(), e.completedAt());
    }

    @EventListener
    void on(SubmissionGraded e) {
        record(GRADED + ":" + e.submissionId(), GRADED, e.learnerId(), e.gradedAt(), () -> catalog.scenario(e.scenarioId())
                .map(s -> new Item(s.id(), s.title(), articles(s.cites()), audiences(s))));
    }

    @EventListener
    void on(CertificateIssued e) {
        record(CERTIFICATE + ":" + e.certificateId(), CERTIFICATE, e.holderId(), e.validFrom(), () ->
                catalog.programme(e.programmeId()).map(this::programme));
    }

    private void course(String type, String learnerId, String courseId, Instant at) {
        record(type + ":" + learnerId + ":" + courseId, type, learnerId, at, () -> catalog.course(courseId)
                .map(c -> new Item(c.id(), c.title(), articles(c), c.audiences().stream().map(Audience::id).sorted().toList())));
    }

    private record Item(String id, String title, List<Integer> articles, List<String> audiences) {
    }

    private void record(String id, String type, String learnerId, Instant at, java.util.function.Supplier<Optional<Item>> item) {
        try {
            SystemActor.run("reporting", () -> {
                Item i = item.get().orElse(null);
                if (i == null) {
                    return;
                }
                UserProfile p = profiles.profiles(List.of(learnerId)).stream().findFirst().orElse(null);
                ActivityFacts f = new ActivityFacts();
                f.id = id;
                f.type = type;
                f.at = at;
                f.learnerId = learnerId;
                f.country = p == null || p.country() == null || p.country().isBlank() ? null : p.country();
                f.network = p == null || p.network() == null || p.network().isBlank() ? null : p.network();
                f.itemId = i.id();
                f.itemTitle = i.title();
                f.articles = i.articles();
                f.audiences = i.audiences();
                try {
                    mongo.insert(f);
                } catch (DuplicateKeyException already) {
                    // recorded before: each event counts once
                }
            });
        } catch (RuntimeException e) {
            log.error("Implementation report: could not record {}: {}", id, e.getMessage(), e);
        }
    }

    private Item programme(Programme p) {
        TreeSet<Integer> arts = new TreeSet<>();
        TreeSet<String> auds = new TreeSet<>();
        for (String courseId : p.requiredCourses()) {
            catalog.course(courseId).ifPresent(c -> {
                arts.addAll(articles(c));
                c.audiences().forEach(a -> auds.add(a.id()));
            });
        }
        return new Item(p.id(), p.title(), new ArrayList<>(arts), new ArrayList<>(auds));
    }

    static List<Integer> articles(Course c) {
        return c.lessons().flatMap(l -> l.cites().stream()).map(Citation::article).distinct().sorted().toList();
    }

    private static List<Integer> articles(List<Citation> cites) {
        return cites.stream().map(Citation::article).distinct().sorted().toList();
    }

    private static List<String> audiences(Scenario s) {
        return s.audiences().stream().map(Audience::id).sorted().toList();
    }
}
