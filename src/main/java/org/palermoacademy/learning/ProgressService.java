package org.palermoacademy.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.catalog.LessonRef;
import org.palermoacademy.catalog.Quiz;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.identity.LearnerRecordsAccess;
import org.palermoacademy.learning.internal.ProgressStore;
import org.palermoacademy.learning.internal.ProgressStore.AttemptView;
import org.palermoacademy.learning.internal.ProgressStore.EnrolmentView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The current user's own progress: every write is scoped to the signed-in person. The only reads of
 * another person's progress ({@code progressOf}) are for administrators and for overseers a
 * {@link LearnerRecordsAccess} allows, and are audited.
 * Quizzes are graded here, on the server, from the answers given.
 */
@Service
public class ProgressService {

    /** At most this much study time is credited for one lesson visit. */
    static final long MAX_SECONDS_PER_VISIT = 45 * 60;
    static final int MAX_ANSWER_LENGTH = 500;

    private final ProgressStore store;
    private final Catalog catalog;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<LearnerRecordsAccess> access;

    ProgressService(ProgressStore store, Catalog catalog, CurrentUser currentUser, ApplicationEventPublisher events,
            AuditLog audit, Clock clock, org.springframework.beans.factory.ObjectProvider<LearnerRecordsAccess> access) {
        this.access = access;
        this.store = store;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    private Course course(String courseId) {
        return catalog.course(courseId).orElseThrow(() -> new UnknownContentException("course", courseId));
    }

    private LessonRef lesson(Course course, String lessonId) {
        return course.lessons().filter(l -> l.id().equals(lessonId)).findFirst()
                .orElseThrow(() -> new UnknownContentException("lesson", lessonId));
    }

    @PreAuthorize("isAuthenticated()")
    public CourseProgress enrol(String courseId) {
        Course course = course(courseId);
        Instant now = clock.instant();
        String me = currentUser.requireId();
        var enrolment = store.enrol(me, course.id(), course.contentVersion(), now);
        // a new enrolment carries this call's time (the store keeps milliseconds)
        if (enrolment.enrolledAt() != null && now.toEpochMilli() == enrolment.enrolledAt().toEpochMilli()) {
            events.publishEvent(new CourseEnrolled(me, course.id(), now));
        }
        return myProgress(courseId);
    }

    /** Records that the learner opened a lesson: the resume point. Enrols on first visit. */
    @PreAuthorize("isAuthenticated()")
    public void openLesson(String courseId, String lessonId) {
        Course course = course(courseId);
        lesson(course, lessonId);
        String me = currentUser.requireId();
        store.enrol(me, course.id(), course.contentVersion(), clock.instant());
        store.visit(me, course.id(), lessonId, clock.instant());
    }

    /** Credits study time (capped per visit, ignored when negative). */
    @PreAuthorize("isAuthenticated()")
    public void addStudyTime(String courseId, long seconds) {
        Course course = course(courseId);
        if (seconds > 0) {
            store.addTime(currentUser.requireId(), course.id(), Math.min(seconds, MAX_SECONDS_PER_VISIT));
        }
    }

    @PreAuthorize("isAuthenticated()")
    public CourseProgress completeLesson(String courseId, String lessonId) {
        Course course = course(courseId);
        LessonRef lesson = lesson(course, lessonId);
        String me = currentUser.requireId();
        Instant now = clock.instant();
        store.enrol(me, course.id(), course.contentVersion(), now);
        if (store.completeLesson(me, course.id(), lessonId, lesson.sourceHash(), course.contentVersion(), now)) {
            events.publishEvent(new LessonCompleted(me, course.id(), lessonId, now));
        }
        checkCompletion(me, course);
        return myProgress(courseId);
    }

    /** Grades and records an attempt; answers for unknown questions are ignored, over-long ones rejected. */
    @PreAuthorize("isAuthenticated()")
    public QuizFeedback submitQuiz(String courseId, String quizId, Map<String, List<String>> answers) {
        Course course = course(courseId);
        Quiz quiz = catalog.quiz(course.id(), quizId).orElseThrow(() -> new UnknownContentException("quiz", quizId));
        Map<String, List<String>> clean = new HashMap<>();
        for (String questionId : quiz.questionIds()) {
            List<String> given = answers == null ? null : answers.get(questionId);
            if (given != null) {
                if (given.size() > 50 || given.stream().anyMatch(a -> a == null || a.length() > MAX_ANSWER_LENGTH)) {
                    throw new IllegalArgumentException("Answer to " + questionId + " is too long");
                }
                clean.put(questionId, List.copyOf(given));
            }
        }
        Quiz.Result result = quiz.grade(clean);
        String me = currentUser.requireId();
        Instant now = clock.instant();
        store.enrol(me, course.id(), course.contentVersion(), now);
        store.saveAttempt(me, course.id(), quizId, clean, result.correct(), result.scorePercent(), result.passed(),
                quiz.passMark(), course.contentVersion(), now);
        events.publishEvent(new QuizAttempted(me, course.id(), quizId, result.scorePercent(), result.passed(), now));
        checkCompletion(me, course);
        return new QuizFeedback(quizId, result.scorePercent(), result.passed(), quiz.passMark(), result.correct(),
                clean, now);
    }

    private void checkCompletion(String learnerId, Course course) {
        Set<String> done = store.completedLessons(learnerId, course.id()).keySet();
        boolean allLessons = done.containsAll(course.lessonIds());
        boolean passed = store.attempts(learnerId, course.id()).stream()
                .anyMatch(a -> a.quizId().equals(course.finalQuiz().id()) && a.passed());
        if (allLessons && passed) {
            Instant now = clock.instant();
            if (store.markCompleted(learnerId, course.id(), course.contentVersion(), now)) {
                events.publishEvent(new CourseCompleted(learnerId, course.id(), course.contentVersion(), now));
            }
        }
    }

    @PreAuthorize("isAuthenticated()")
    public CourseProgress myProgress(String courseId) {
        Course course = course(courseId);
        return progress(currentUser.requireId(), course);
    }

    /** All the current user's enrolments, most recently visited first. */
    @PreAuthorize("isAuthenticated()")
    public List<CourseProgress> myLearning() {
        String me = currentUser.requireId();
        Map<String, Map<String, String>> completions = store.completedLessonsByCourse(me);
        Map<String, List<AttemptView>> attempts = store.attemptsByCourse(me);
        return store.enrolments(me).stream()
                .map(e -> catalog.course(e.courseId()).map(c -> progress(c, Optional.of(e),
                        completions.getOrDefault(c.id(), Map.of()), attempts.getOrDefault(c.id(), List.of()))))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((CourseProgress p) -> p.lastVisitedAt() == null ? Instant.EPOCH
                        : p.lastVisitedAt()).reversed())
                .toList();
    }

    /**
     * When a learner completed each course they completed: their own, or another person's for an
     * administrator or an overseer the access port allows (audited). Certification reads it.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<String, Instant> completions(String learnerId) {
        if (!learnerId.equals(currentUser.requireId())) {
            requireOverseer(List.of(learnerId), "learner:" + learnerId, "*");
        }
        Map<String, Instant> result = new java.util.HashMap<>();
        store.enrolments(learnerId).stream().filter(e -> e.completedAt() != null)
                .forEach(e -> result.put(e.courseId(), e.completedAt()));
        return result;
    }

    @PreAuthorize("isAuthenticated()")
    public List<QuizFeedback> myAttempts(String courseId, String quizId) {
        Course course = course(courseId);
        return store.attempts(currentUser.requireId(), course.id()).stream().filter(a -> a.quizId().equals(quizId))
                .map(ProgressService::feedback).toList();
    }

    /**
     * Another person's progress, for administrators and for those a {@link LearnerRecordsAccess}
     * allows (a trainer and the learners of their cohorts). Every such view is audited, refusals too.
     */
    @PreAuthorize("hasAnyRole('TRAINER','COORDINATOR','ADMIN')")
    public CourseProgress progressOf(String learnerId, String courseId) {
        Course course = course(courseId);
        requireOverseer(List.of(learnerId), "learner:" + learnerId, courseId);
        return progress(learnerId, course);
    }

    /**
     * Several learners' progress in several courses in three queries (a page of the cohort grid): course id
     * to learner id to progress. One access check and one audit entry; unknown courses are left out.
     */
    @PreAuthorize("hasAnyRole('TRAINER','COORDINATOR','ADMIN')")
    public Map<String, Map<String, CourseProgress>> progressOf(java.util.Collection<String> learnerIds,
            java.util.Collection<String> courseIds) {
        List<Course> courses = courseIds.stream().map(catalog::course).flatMap(Optional::stream).toList();
        if (learnerIds.isEmpty() || courses.isEmpty()) {
            return Map.of();
        }
        List<String> ids = courses.stream().map(Course::id).toList();
        requireOverseer(learnerIds, "courses:" + ids.size(), String.join(",", ids));
        var enrolments = store.enrolments(learnerIds, ids);
        var completions = store.completedLessons(learnerIds, ids);
        var attempts = store.attempts(learnerIds, ids);
        Map<String, Map<String, CourseProgress>> result = new java.util.LinkedHashMap<>();
        for (Course course : courses) {
            Map<String, CourseProgress> byLearner = new java.util.LinkedHashMap<>();
            for (String id : learnerIds) {
                byLearner.put(id, progress(course, Optional.ofNullable(enrolments.getOrDefault(course.id(), Map.of()).get(id)),
                        completions.getOrDefault(course.id(), Map.of()).getOrDefault(id, Map.of()),
                        attempts.getOrDefault(course.id(), Map.of()).getOrDefault(id, List.of())));
            }
            result.put(course.id(), byLearner);
        }
        return result;
    }

    private void requireOverseer(java.util.Collection<String> learnerIds, String target, String courseId) {
        String me = currentUser.requireId();
        boolean allowed = currentUser.hasRole(org.palermoacademy.identity.Role.ADMIN)
                || access.orderedStream().anyMatch(a -> a.mayRead(me, learnerIds));
        audit.record(me, allowed ? "progress-viewed" : "access-denied", target,
                Map.of("course", courseId, "learners", String.valueOf(learnerIds.size())));
        if (!allowed) {
            throw new org.springframework.security.access.AccessDeniedException("Not an overseer of these learners");
        }
    }

    private CourseProgress progress(String learnerId, Course course) {
        return progress(course, store.enrolment(learnerId, course.id()), store.completedLessons(learnerId, course.id()),
                store.attempts(learnerId, course.id()));
    }

    private CourseProgress progress(Course course, Optional<EnrolmentView> enrolment, Map<String, String> completed,
            List<AttemptView> attempts) {
        Set<String> done = new LinkedHashSet<>();
        Set<String> updated = new LinkedHashSet<>();
        course.lessons().forEach(l -> {
            if (completed.containsKey(l.id())) {
                done.add(l.id());
                if (!l.sourceHash().equals(completed.get(l.id()))) {
                    updated.add(l.id());
                }
            }
        });
        Map<String, Integer> best = new HashMap<>();
        attempts.forEach(a -> best.merge(a.quizId(), a.scorePercent(), Math::max));
        boolean finalPassed = attempts.stream().anyMatch(a -> a.quizId().equals(course.finalQuiz().id()) && a.passed());
        int steps = course.lessonIds().size() + 1;
        int percent = Math.round(100f * (done.size() + (finalPassed ? 1 : 0)) / steps);
        String resume = enrolment.map(EnrolmentView::lastLessonId).filter(id -> course.lessonIds().contains(id))
                .orElseGet(() -> course.lessonIds().stream().filter(id -> !done.contains(id)).findFirst()
                        .orElse(course.lessonIds().getFirst()));
        return new CourseProgress(course.id(), enrolment.isPresent(), done, updated, best, finalPassed,
                enrolment.map(EnrolmentView::completedAt).isPresent() ? 100 : percent, resume,
                enrolment.map(EnrolmentView::lastVisitedAt).orElse(null),
                enrolment.map(EnrolmentView::completedAt).orElse(null),
                enrolment.map(EnrolmentView::completedVersion).orElse(null),
                enrolment.map(EnrolmentView::secondsSpent).orElse(0L),
                enrolment.map(e -> !course.contentVersion().equals(e.enrolledVersion())).orElse(false));
    }

    private static QuizFeedback feedback(AttemptView a) {
        return new QuizFeedback(a.quizId(), a.scorePercent(), a.passed(), a.passMark(), a.correct(), a.answers(),
                a.attemptedAt());
    }
}
