package org.palermoacademy.certification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.exercises.GradedWork;

/**
 * The issuing rules, free of storage: what a learner's completions and grades meet of a programme, and
 * whether that earns a first certificate or a renewal now.
 * <ul>
 * <li>First certificate: every required course completed and every required exercise graded at or
 * above its minimum (at any time). Only ever one first certificate per person and programme.</li>
 * <li>Renewal: from {@code renewalWindowDays} before the current certificate expires (and after it has
 * expired), any one renewal option done inside the window — a listed course completed, or a listed
 * exercise submitted and graded at or above its minimum. The renewal runs from now until the later of
 * now and the old expiry, plus the programme's validity.</li>
 * </ul>
 */
public final class IssuingRules {

    private IssuingRules() {
    }

    /** A learner's record as the rules need it: completion time per course, and graded submissions. */
    public record Evidence(Map<String, Instant> completions, List<GradedWork> graded) {
    }

    public sealed interface Decision {
    }

    public record Nothing() implements Decision {
    }

    public record First(List<String> evidence) implements Decision {
    }

    public record Renewal(Certificate previous, List<String> evidence) implements Decision {
    }

    public static List<Requirement> requirements(Programme p, Evidence e, Function<String, String> courseTitle,
            Function<String, String> scenarioTitle) {
        List<Requirement> result = new ArrayList<>();
        for (String course : p.requiredCourses()) {
            Instant done = e.completions().get(course);
            result.add(new Requirement(Requirement.Kind.COURSE, course, courseTitle.apply(course), null, done != null,
                    null, done));
        }
        for (Programme.ExerciseRequirement x : p.requiredExercises()) {
            Optional<GradedWork> best = best(e, x.scenarioId(), Instant.MIN);
            Optional<GradedWork> passing = firstPassing(e, x, Instant.MIN);
            result.add(new Requirement(Requirement.Kind.EXERCISE, x.scenarioId(), scenarioTitle.apply(x.scenarioId()),
                    x.minPercent(), passing.isPresent(), best.map(GradedWork::percent).orElse(null),
                    passing.map(GradedWork::gradedAt).orElse(null)));
        }
        return result;
    }

    /** The renewal options with what is met inside the window opening at {@code opensAt}. */
    public static List<Requirement> renewalOptions(Programme p, Evidence e, Instant opensAt,
            Function<String, String> courseTitle, Function<String, String> scenarioTitle) {
        List<Requirement> result = new ArrayList<>();
        for (String course : p.renewal().courses()) {
            Instant done = e.completions().get(course);
            boolean inWindow = done != null && !done.isBefore(opensAt);
            result.add(new Requirement(Requirement.Kind.COURSE, course, courseTitle.apply(course), null, inWindow, null,
                    inWindow ? done : null));
        }
        for (Programme.ExerciseRequirement x : p.renewal().exercises()) {
            Optional<GradedWork> passing = firstPassing(e, x, opensAt);
            result.add(new Requirement(Requirement.Kind.EXERCISE, x.scenarioId(), scenarioTitle.apply(x.scenarioId()),
                    x.minPercent(), passing.isPresent(), best(e, x.scenarioId(), opensAt).map(GradedWork::percent)
                            .orElse(null), passing.map(GradedWork::gradedAt).orElse(null)));
        }
        return result;
    }

    /**
     * What to issue now, given every certificate the person already holds for the programme (revoked
     * ones included).
     */
    public static Decision decide(Programme p, Evidence e, List<Certificate> held, Instant now) {
        if (held.isEmpty()) {
            List<Requirement> reqs = requirements(p, e, id -> id, id -> id);
            if (reqs.isEmpty() || !reqs.stream().allMatch(Requirement::met)) {
                return new Nothing();
            }
            return new First(evidence(reqs));
        }
        Certificate latest = held.stream().max(Comparator.comparing(Certificate::issuedAt)).orElseThrow();
        if (latest.revokedAt() != null) {
            return new Nothing(); // a revoked certificate is not renewed automatically
        }
        Instant opens = renewalOpensAt(p, latest);
        if (now.isBefore(opens)) {
            return new Nothing();
        }
        List<Requirement> met = renewalOptions(p, e, opens, id -> id, id -> id).stream().filter(Requirement::met).toList();
        if (met.isEmpty()) {
            return new Nothing();
        }
        return new Renewal(latest, evidence(met.subList(0, 1)));
    }

    public static Instant renewalOpensAt(Programme p, Certificate current) {
        return current.validUntil().minus(Duration.ofDays(p.renewalWindowDays()));
    }

    /** The end of validity of a certificate issued now (renewing {@code previous} when not null). */
    public static Instant validUntil(Programme p, Certificate previous, Instant now) {
        Instant from = previous == null || previous.validUntil().isBefore(now) ? now : previous.validUntil();
        return from.atOffset(ZoneOffset.UTC).plus(p.validity()).toInstant();
    }

    private static List<String> evidence(List<Requirement> reqs) {
        return reqs.stream().map(r -> r.kind() == Requirement.Kind.COURSE
                ? "course:" + r.itemId() + " completed " + r.metAt()
                : "exercise:" + r.itemId() + " graded " + r.best() + "% (min " + r.minPercent() + "%) " + r.metAt())
                .toList();
    }

    private static Optional<GradedWork> best(Evidence e, String scenarioId, Instant since) {
        return e.graded().stream().filter(g -> g.scenarioId().equals(scenarioId) && !g.submittedAt().isBefore(since))
                .max(Comparator.comparingInt(GradedWork::percent));
    }

    private static Optional<GradedWork> firstPassing(Evidence e, Programme.ExerciseRequirement x, Instant since) {
        return e.graded().stream().filter(g -> g.scenarioId().equals(x.scenarioId()) && g.percent() >= x.minPercent()
                && !g.submittedAt().isBefore(since)).min(Comparator.comparing(GradedWork::gradedAt));
    }
}
