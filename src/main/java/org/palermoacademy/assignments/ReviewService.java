package org.palermoacademy.assignments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.palermoacademy.assignments.internal.AssignmentsStore;
import org.palermoacademy.assignments.internal.Docs.AssignmentDoc;
import org.palermoacademy.assignments.internal.Docs.CohortDoc;
import org.palermoacademy.assignments.internal.Docs.MemberDoc;
import org.palermoacademy.assignments.internal.Docs.ReviewDoc;
import org.palermoacademy.assignments.internal.Views;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.exercises.DraftService;
import org.palermoacademy.exercises.SubmissionView;
import org.palermoacademy.exercises.checker.Sections;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.identity.Role;
import org.palermoacademy.identity.UserProfile;
import org.palermoacademy.identity.UserProfileService;
import org.palermoacademy.notifications.Notifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The review queue and rubric grading. A decision is written only at the version of the review the
 * trainer loaded: when two trainers decide on the same submission at once, the second gets a conflict
 * naming who decided first. Every decision and every change of a grade is audited with before and after.
 */
@Service
public class ReviewService {

    public static final int MAX_COMMENT = 5_000;

    private final AssignmentsStore store;
    private final DraftService drafts;
    private final Catalog catalog;
    private final CurrentUser currentUser;
    private final UserProfileService profiles;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration reviewTarget;

    ReviewService(AssignmentsStore store, DraftService drafts, Catalog catalog, CurrentUser currentUser,
            UserProfileService profiles, Notifier notifier, AuditLog audit, Clock clock,
            @Value("${palermo.reviews.target:P5D}") Duration reviewTarget) {
        this.store = store;
        this.drafts = drafts;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.profiles = profiles;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
        this.reviewTarget = reviewTarget;
    }

    /**
     * Submissions awaiting review from the learners of the caller's cohorts, on drafting scenarios
     * assigned to them there; oldest first.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public List<ReviewTask> queue() {
        String me = currentUser.requireId();
        List<CohortDoc> mine = store.cohortsWithMembersOf(currentUser.hasRole(Role.ADMIN) ? null : me);
        Map<String, CohortDoc> byId = new HashMap<>();
        mine.forEach(c -> byId.put(c.id, c));
        if (byId.isEmpty()) {
            return List.of();
        }
        Map<String, AssignmentDoc> work = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Set<String> learners = new HashSet<>();
        Set<String> scenarios = new HashSet<>();
        for (AssignmentDoc a : store.assignmentsOf(byId.keySet())) {
            if (!ItemKind.DRAFTING.name().equals(a.kind)) {
                continue;
            }
            for (MemberDoc m : byId.get(a.cohortId).members) {
                if (m.learnerId != null && (a.learnerIds.isEmpty() || a.learnerIds.contains(m.learnerId))) {
                    work.putIfAbsent(m.learnerId + "|" + a.itemId, a);
                    names.put(m.learnerId, m.name == null ? m.email : m.name);
                    learners.add(m.learnerId);
                    scenarios.add(a.itemId);
                }
            }
        }
        Instant now = clock.instant();
        List<ReviewTask> tasks = new ArrayList<>();
        for (SubmissionView s : drafts.awaitingReview(learners, scenarios)) {
            AssignmentDoc a = work.get(s.ownerId() + "|" + s.scenarioId());
            if (a == null) {
                continue;
            }
            tasks.add(new ReviewTask(s.id(), s.ownerId(), names.get(s.ownerId()), s.scenarioId(), a.title, a.cohortId,
                    byId.get(a.cohortId).name, s.submittedAt(), a.dueAt, s.submittedAt().isAfter(a.dueAt),
                    s.submittedAt().plus(reviewTarget).isBefore(now)));
        }
        tasks.sort(Comparator.comparing(ReviewTask::submittedAt));
        return tasks;
    }

    /** The review screen's content. Reading another person's submission is checked and audited by exercises. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public ReviewSheet open(String submissionId) {
        SubmissionView s = drafts.submission(submissionId);
        requireNotOwn(s);
        Scenario scenario = catalog.scenario(s.scenarioId()).orElseThrow(() ->
                new AssignmentProblem(AssignmentProblem.Kind.NOT_FOUND, "review.error.scenario"));
        Review review = store.review(submissionId).map(Views::review).orElse(new Review(submissionId, Map.of(), "",
                Map.of(), null, 0, maxScore(scenario), null, null, 0));
        boolean latest = drafts.latestSubmission(s.draftId()).map(l -> l.id().equals(s.id())).orElse(true);
        return new ReviewSheet(s, scenario, learnerName(s.ownerId()), review, latest);
    }

    private void requireNotOwn(SubmissionView s) {
        if (s.ownerId().equals(currentUser.requireId())) {
            throw new org.springframework.security.access.AccessDeniedException("Nobody reviews their own work");
        }
    }

    /**
     * Returns the submission for revision or grades it.
     *
     * @param levels          criterion id to level; grading needs a level for every criterion
     * @param expectedVersion the review version the trainer loaded (0: none yet)
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public Review decide(String submissionId, String outcome, Map<String, String> levels, String comment,
            Map<String, String> sectionComments, long expectedVersion) {
        if (!"returned".equals(outcome) && !"graded".equals(outcome)) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "review.error.outcome");
        }
        ReviewSheet sheet = open(submissionId);
        SubmissionView s = sheet.submission();
        if (sheet.review().version() != expectedVersion) {
            audit.record(currentUser.requireId(), "review-conflict", "submission:" + submissionId,
                    Map.of("expected", String.valueOf(expectedVersion)));
            throw new AssignmentProblem(AssignmentProblem.Kind.CONFLICT, "review.error.conflict",
                    sheet.review().reviewerName() == null ? "" : sheet.review().reviewerName());
        }
        if (!sheet.latest()) {
            throw new AssignmentProblem(AssignmentProblem.Kind.CONFLICT, "review.error.superseded");
        }
        if ("returned".equals(s.status()) && "graded".equals(outcome)) {
            throw new AssignmentProblem(AssignmentProblem.Kind.CONFLICT, "review.error.awaitingRevision");
        }
        Scenario scenario = sheet.scenario();
        Map<String, String> cleanLevels = new LinkedHashMap<>();
        int score = 0;
        for (Scenario.RubricCriterion c : scenario.rubric()) {
            String level = levels == null ? null : levels.get(c.id());
            if (level == null || level.isBlank()) {
                if ("graded".equals(outcome)) {
                    throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "review.error.level", c.title());
                }
                continue;
            }
            if (!Review.LEVELS.contains(level)) {
                throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "review.error.level", c.title());
            }
            cleanLevels.put(c.id(), level);
            score += Review.points(level, c.weight());
        }
        String cleanComment = clean(comment);
        Map<String, String> cleanSections = new LinkedHashMap<>();
        List<String> known = Sections.forType(scenario.type());
        if (sectionComments != null) {
            sectionComments.forEach((section, text) -> {
                String t = clean(text);
                if (t.isEmpty()) {
                    return;
                }
                if (!known.contains(section) && !"general".equals(section)) {
                    throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "review.error.section");
                }
                cleanSections.put(section, t);
            });
        }
        if ("returned".equals(outcome) && cleanComment.isEmpty() && cleanSections.isEmpty()) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "review.error.returnNeedsComment");
        }
        String me = currentUser.requireId();
        Review before = store.review(submissionId).map(Views::review).orElse(null);
        ReviewDoc doc = new ReviewDoc();
        doc.id = submissionId;
        doc.learnerId = s.ownerId();
        doc.scenarioId = s.scenarioId();
        doc.reviewerId = me;
        doc.reviewerName = profiles.myProfile().map(UserProfile::displayName).orElse(me);
        doc.levels = cleanLevels;
        doc.comment = cleanComment;
        doc.sectionComments = cleanSections;
        doc.outcome = outcome;
        doc.score = score;
        doc.maxScore = maxScore(scenario);
        doc.decidedAt = clock.instant();
        ReviewDoc saved = store.writeReview(doc, expectedVersion).orElseThrow(() -> {
            Review now = store.review(submissionId).map(Views::review).orElse(null);
            audit.record(me, "review-conflict", "submission:" + submissionId, Map.of("expected",
                    String.valueOf(expectedVersion)));
            return new AssignmentProblem(AssignmentProblem.Kind.CONFLICT, "review.error.conflict",
                    now == null || now.reviewerName() == null ? "" : now.reviewerName());
        });
        Map<String, String> details = new LinkedHashMap<>();
        details.put("before", before == null ? "none" : summary(before.outcome(), before.score(), before.maxScore(),
                before.levels()));
        details.put("after", summary(outcome, score, doc.maxScore, cleanLevels));
        details.put("learner", s.ownerId());
        audit.record(me, before != null && "graded".equals(before.outcome()) ? "grade-changed" : "review-decided",
                "submission:" + submissionId, details);
        if ("returned".equals(outcome)) {
            if (!outcome.equals(s.status())) {
                drafts.returnForRevision(submissionId);
            }
        } else {
            // also on a re-grade: the submission carries the current grade, and certification hears of it
            drafts.markGraded(submissionId, doc.maxScore == 0 ? 0 : Math.round(100f * score / doc.maxScore));
        }
        notifyLearner(s, sheet.scenario().title(), saved);
        return Views.review(saved);
    }

    private void notifyLearner(SubmissionView s, String title, ReviewDoc review) {
        var profile = profiles.profiles(List.of(s.ownerId())).stream().findFirst();
        String email = profile.map(UserProfile::email).orElse(null);
        var language = profile.map(UserProfile::language).orElse(null);
        if ("returned".equals(review.outcome)) {
            notifier.notify(s.ownerId(), email, language, "returned", List.of(title), "exercises/" + s.scenarioId(),
                    "returned:" + s.id() + ":" + review.version);
        } else {
            int percent = review.maxScore == 0 ? 0 : Math.round(100f * review.score / review.maxScore);
            notifier.notify(s.ownerId(), email, language, "graded", List.of(title, String.valueOf(percent)),
                    "submissions/" + s.id(), "graded:" + s.id() + ":" + review.version);
        }
    }

    private static String summary(String outcome, int score, int max, Map<String, String> levels) {
        return outcome + " " + score + "/" + max + " " + levels;
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("\r\n", "\n").replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
        if (t.length() > MAX_COMMENT) {
            throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "review.error.commentLength", MAX_COMMENT);
        }
        return t;
    }

    static int maxScore(Scenario s) {
        return s.rubric().stream().mapToInt(c -> Review.points("exemplary", c.weight())).sum();
    }

    private String learnerName(String learnerId) {
        return profiles.profiles(List.of(learnerId)).stream().findFirst().map(UserProfile::displayName)
                .orElse(learnerId);
    }
}
