package org.palermoacademy.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.catalog.Quiz;
import org.palermoacademy.identity.Role;
import org.palermoacademy.support.AsUser;
import org.palermoacademy.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Progress on the embedded store through the real services, scoped to the signed-in learner. */
@IntegrationTest
@RecordApplicationEvents
class ProgressServiceTest {

    @Autowired
    ProgressService progress;
    @Autowired
    Catalog catalog;
    @Autowired
    ApplicationEvents events;

    String alice;
    String bob;
    Course course;

    @BeforeEach
    void learners() {
        alice = "alice-" + UUID.randomUUID();
        bob = "bob-" + UUID.randomUUID();
        course = AsUser.call(alice, () -> catalog.course("jit-art19").orElseThrow(), Role.LEARNER);
    }

    static Map<String, List<String>> rightAnswers(Quiz quiz) {
        Map<String, List<String>> answers = new HashMap<>();
        for (Quiz.Question q : quiz.questions()) {
            answers.put(q.id(), switch (q.type()) {
                case SINGLE, MULTIPLE -> q.correctOptions().stream().sorted().toList();
                case TRUE_FALSE -> List.of(String.valueOf(q.correctBoolean()));
                case MATCHING -> q.pairs().stream().map(Quiz.Pair::right).toList();
                case ORDERING -> q.items();
            });
        }
        return answers;
    }

    @Test
    void lessonsAndAPassedFinalQuizCompleteTheCourseOnce() {
        AsUser.run(alice, () -> {
            progress.openLesson(course.id(), course.lessonIds().get(1));
            assertThat(progress.myProgress(course.id()).resumeLessonId()).isEqualTo(course.lessonIds().get(1));
            course.lessonIds().forEach(l -> progress.completeLesson(course.id(), l));
            progress.completeLesson(course.id(), course.lessonIds().getFirst()); // idempotent
            CourseProgress beforeQuiz = progress.myProgress(course.id());
            assertThat(beforeQuiz.completed()).isFalse();
            assertThat(beforeQuiz.completedLessons()).hasSize(course.lessonIds().size());

            QuizFeedback failed = progress.submitQuiz(course.id(), course.finalQuiz().id(), Map.of());
            assertThat(failed.passed()).isFalse();
            assertThat(failed.scorePercent()).isZero();
            assertThat(progress.myProgress(course.id()).completed()).isFalse();

            QuizFeedback passed = progress.submitQuiz(course.id(), course.finalQuiz().id(), rightAnswers(course.finalQuiz()));
            assertThat(passed.passed()).isTrue();
            assertThat(passed.scorePercent()).isEqualTo(100);
            progress.submitQuiz(course.id(), course.finalQuiz().id(), rightAnswers(course.finalQuiz())); // retake

            CourseProgress done = progress.myProgress(course.id());
            assertThat(done.completed()).isTrue();
            assertThat(done.percent()).isEqualTo(100);
            assertThat(done.completedVersion()).isEqualTo(course.contentVersion());
            assertThat(done.bestQuizScores()).containsEntry(course.finalQuiz().id(), 100);
            assertThat(progress.myAttempts(course.id(), course.finalQuiz().id())).hasSize(3);
        }, Role.LEARNER);
        assertThat(events.stream(CourseCompleted.class)).filteredOn(e -> e.learnerId().equals(alice)).singleElement()
                .satisfies(e -> assertThat(e.courseId()).isEqualTo(course.id()));
    }

    @Test
    void oneLearnerNeverSeesOrChangesAnothersProgress() {
        AsUser.run(alice, () -> progress.completeLesson(course.id(), course.lessonIds().getFirst()), Role.LEARNER);
        AsUser.run(bob, () -> {
            CourseProgress bobs = progress.myProgress(course.id());
            assertThat(bobs.enrolled()).isFalse();
            assertThat(bobs.completedLessons()).isEmpty();
            assertThat(progress.myLearning()).isEmpty();
            // the only way to name another learner is the administrators' method: refused
            assertThatThrownBy(() -> progress.progressOf(alice, course.id()))
                    .isInstanceOf(AuthorizationDeniedException.class);
        }, Role.LEARNER);
        AsUser.run(alice, () -> assertThat(progress.myProgress(course.id()).completedLessons()).hasSize(1),
                Role.LEARNER);
        AsUser.run("admin-" + UUID.randomUUID(), () -> assertThat(
                progress.progressOf(alice, course.id()).completedLessons()).hasSize(1), Role.ADMIN);
    }

    @Test
    void anonymousCallsAreRefusedAndUnknownIdsAreClearErrors() {
        assertThatThrownBy(() -> progress.myLearning()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        AsUser.run(alice, () -> {
            assertThatThrownBy(() -> progress.completeLesson(course.id(), "no-such-lesson"))
                    .isInstanceOf(UnknownContentException.class).hasMessage("Unknown lesson: no-such-lesson");
            assertThatThrownBy(() -> progress.openLesson("no-such-course", "x"))
                    .isInstanceOf(UnknownContentException.class).hasMessage("Unknown course: no-such-course");
            assertThatThrownBy(() -> progress.submitQuiz(course.id(), course.finalQuiz().id(),
                    Map.of(course.finalQuiz().questions().getFirst().id(), List.of("x".repeat(10_000)))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(progress.myProgress(course.id()).enrolled()).isFalse(); // nothing partially written
        }, Role.LEARNER);
    }

    @Test
    void studyTimeIsCreditedAndCapped() {
        AsUser.run(alice, () -> {
            progress.enrol(course.id());
            progress.addStudyTime(course.id(), 120);
            progress.addStudyTime(course.id(), 10 * 3600);
            progress.addStudyTime(course.id(), -50);
            assertThat(progress.myProgress(course.id()).secondsSpent()).isEqualTo(120 + ProgressService.MAX_SECONDS_PER_VISIT);
        }, Role.LEARNER);
    }
}
