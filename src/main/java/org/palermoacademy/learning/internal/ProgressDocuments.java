package org.palermoacademy.learning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** The three progress collections. Ids and unique indexes make every write idempotent. */
final class ProgressDocuments {

    private ProgressDocuments() {
    }

    /** One learner in one course; id = learnerId + "/" + courseId. */
    @Document("enrolments")
    @CompoundIndex(name = "learner_course", def = "{'learnerId': 1, 'courseId': 1}", unique = true)
    static class Enrolment {
        @Id
        String id;
        String learnerId;
        @Indexed
        String courseId;
        Instant enrolledAt;
        String enrolledVersion;
        String lastLessonId;
        Instant lastVisitedAt;
        Instant completedAt;
        String completedVersion;
        long secondsSpent;
        @Version
        Long version;
    }

    /** A completed lesson; id = learnerId + "/" + courseId + "/" + lessonId. */
    @Document("lesson_completions")
    @CompoundIndex(name = "learner_course", def = "{'learnerId': 1, 'courseId': 1}")
    static class LessonCompletion {
        @Id
        String id;
        String learnerId;
        @Indexed
        String courseId;
        String lessonId;
        String lessonHash;
        String courseVersion;
        Instant completedAt;
    }

    /** One submitted quiz attempt with the answers given and the score. */
    @Document("quiz_attempts")
    @CompoundIndex(name = "learner_quiz", def = "{'learnerId': 1, 'quizId': 1, 'attemptedAt': -1}")
    static class QuizAttempt {
        @Id
        String id;
        String learnerId;
        @Indexed
        String courseId;
        String quizId;
        Map<String, List<String>> answers;
        Map<String, Boolean> correct;
        int scorePercent;
        boolean passed;
        int passMark;
        String courseVersion;
        Instant attemptedAt;
    }
}
