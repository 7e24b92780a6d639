package org.palermoacademy.learning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.palermoacademy.learning.internal.ProgressDocuments.Enrolment;
import org.palermoacademy.learning.internal.ProgressDocuments.LessonCompletion;
import org.palermoacademy.learning.internal.ProgressDocuments.QuizAttempt;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Persistence of progress. Every method takes the learner id explicitly and is only called by the
 * learning service with the current user's id; nothing here is reachable from outside the module.
 */
@Component
public class ProgressStore {

    private final MongoTemplate mongo;

    ProgressStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String enrolmentId(String learnerId, String courseId) {
        return learnerId + "/" + courseId;
    }

    /** Enrols if not yet enrolled (atomic upsert); returns the enrolment. */
    public EnrolmentView enrol(String learnerId, String courseId, String courseVersion, Instant now) {
        Query q = Query.query(Criteria.where("_id").is(enrolmentId(learnerId, courseId)));
        Update u = new Update().setOnInsert("learnerId", learnerId).setOnInsert("courseId", courseId)
                .setOnInsert("enrolledAt", now).setOnInsert("enrolledVersion", courseVersion)
                .setOnInsert("secondsSpent", 0L).setOnInsert("version", 0L);
        FindAndModifyOptions options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        Enrolment e;
        try {
            e = mongo.findAndModify(q, u, options, Enrolment.class);
        } catch (DuplicateKeyException raced) {
            e = mongo.findAndModify(q, u, options, Enrolment.class);
        }
        return view(e);
    }

    public void visit(String learnerId, String courseId, String lessonId, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(enrolmentId(learnerId, courseId))),
                new Update().set("lastLessonId", lessonId).set("lastVisitedAt", now).inc("version", 1),
                Enrolment.class);
    }

    public void addTime(String learnerId, String courseId, long seconds) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(enrolmentId(learnerId, courseId))),
                new Update().inc("secondsSpent", seconds).inc("version", 1), Enrolment.class);
    }

    /** Records a lesson completion; false when it was already recorded. */
    public boolean completeLesson(String learnerId, String courseId, String lessonId, String lessonHash,
            String courseVersion, Instant now) {
        LessonCompletion c = new LessonCompletion();
        c.id = learnerId + "/" + courseId + "/" + lessonId;
        c.learnerId = learnerId;
        c.courseId = courseId;
        c.lessonId = lessonId;
        c.lessonHash = lessonHash;
        c.courseVersion = courseVersion;
        c.completedAt = now;
        try {
            mongo.insert(c);
            return true;
        } catch (DuplicateKeyException already) {
            return false;
        }
    }

    /** Marks the course completed unless it already was; true only for the call that completed it. */
    public boolean markCompleted(String learnerId, String courseId, String courseVersion, Instant now) {
        Query q = Query.query(Criteria.where("_id").is(enrolmentId(learnerId, courseId)).and("completedAt").is(null));
        var result = mongo.updateFirst(q, new Update().set("completedAt", now).set("completedVersion", courseVersion)
                .inc("version", 1), Enrolment.class);
        return result.getModifiedCount() == 1;
    }

    public void saveAttempt(String learnerId, String courseId, String quizId, Map<String, List<String>> answers,
            Map<String, Boolean> correct, int score, boolean passed, int passMark, String courseVersion, Instant now) {
        QuizAttempt a = new QuizAttempt();
        a.learnerId = learnerId;
        a.courseId = courseId;
        a.quizId = quizId;
        a.answers = answers;
        a.correct = correct;
        a.scorePercent = score;
        a.passed = passed;
        a.passMark = passMark;
        a.courseVersion = courseVersion;
        a.attemptedAt = now;
        mongo.insert(a);
    }

    public Optional<EnrolmentView> enrolment(String learnerId, String courseId) {
        return Optional.ofNullable(mongo.findById(enrolmentId(learnerId, courseId), Enrolment.class)).map(ProgressStore::view);
    }

    public List<EnrolmentView> enrolments(String learnerId) {
        return mongo.find(Query.query(Criteria.where("learnerId").is(learnerId)), Enrolment.class).stream()
                .map(ProgressStore::view).toList();
    }

    /** Completed lesson id to the hash of the lesson's text when it was completed. */
    public Map<String, String> completedLessons(String learnerId, String courseId) {
        var found = mongo.find(Query.query(Criteria.where("learnerId").is(learnerId).and("courseId").is(courseId)),
                LessonCompletion.class);
        Map<String, String> result = new java.util.HashMap<>();
        found.forEach(c -> result.put(c.lessonId, c.lessonHash));
        return result;
    }

    /** Completed lessons of every course of a learner, in one query: course id to lesson id to hash. */
    public Map<String, Map<String, String>> completedLessonsByCourse(String learnerId) {
        Map<String, Map<String, String>> result = new java.util.HashMap<>();
        mongo.find(Query.query(Criteria.where("learnerId").is(learnerId)), LessonCompletion.class)
                .forEach(c -> result.computeIfAbsent(c.courseId, k -> new java.util.HashMap<>()).put(c.lessonId, c.lessonHash));
        return result;
    }

    /** All attempts of a learner, in one query, grouped by course id (newest first). */
    public Map<String, List<AttemptView>> attemptsByCourse(String learnerId) {
        Query q = Query.query(Criteria.where("learnerId").is(learnerId)).with(Sort.by(Sort.Direction.DESC, "attemptedAt"));
        Map<String, List<AttemptView>> result = new java.util.HashMap<>();
        mongo.find(q, QuizAttempt.class).forEach(a -> result.computeIfAbsent(a.courseId, k -> new java.util.ArrayList<>())
                .add(new AttemptView(a.quizId, a.answers, a.correct, a.scorePercent, a.passed, a.passMark, a.attemptedAt)));
        return result;
    }

    public List<AttemptView> attempts(String learnerId, String courseId) {
        Query q = Query.query(Criteria.where("learnerId").is(learnerId).and("courseId").is(courseId))
                .with(Sort.by(Sort.Direction.DESC, "attemptedAt"));
        return mongo.find(q, QuizAttempt.class).stream().map(a -> new AttemptView(a.quizId, a.answers, a.correct,
                a.scorePercent, a.passed, a.passMark, a.attemptedAt)).toList();
    }

    /** Enrolments of several learners in several courses: course id to learner id to enrolment. */
    public Map<String, Map<String, EnrolmentView>> enrolments(java.util.Collection<String> learnerIds,
            java.util.Collection<String> courseIds) {
        Map<String, Map<String, EnrolmentView>> result = new java.util.HashMap<>();
        mongo.find(Query.query(Criteria.where("learnerId").in(learnerIds).and("courseId").in(courseIds)), Enrolment.class)
                .forEach(e -> result.computeIfAbsent(e.courseId, k -> new java.util.HashMap<>()).put(e.learnerId, view(e)));
        return result;
    }

    /** Completed lessons of several learners in several courses: course id to learner id to lesson id to hash. */
    public Map<String, Map<String, Map<String, String>>> completedLessons(java.util.Collection<String> learnerIds,
            java.util.Collection<String> courseIds) {
        Map<String, Map<String, Map<String, String>>> result = new java.util.HashMap<>();
        mongo.find(Query.query(Criteria.where("learnerId").in(learnerIds).and("courseId").in(courseIds)),
                LessonCompletion.class).forEach(c -> result.computeIfAbsent(c.courseId, k -> new java.util.HashMap<>())
                .computeIfAbsent(c.learnerId, k -> new java.util.HashMap<>()).put(c.lessonId, c.lessonHash));
        return result;
    }

    /** Quiz attempts of several learners in several courses: course id to learner id to attempts (newest first). */
    public Map<String, Map<String, List<AttemptView>>> attempts(java.util.Collection<String> learnerIds,
            java.util.Collection<String> courseIds) {
        Query q = Query.query(Criteria.where("learnerId").in(learnerIds).and("courseId").in(courseIds))
                .with(Sort.by(Sort.Direction.DESC, "attemptedAt"));
        Map<String, Map<String, List<AttemptView>>> result = new java.util.HashMap<>();
        mongo.find(q, QuizAttempt.class).forEach(a -> result.computeIfAbsent(a.courseId, k -> new java.util.HashMap<>())
                .computeIfAbsent(a.learnerId, k -> new java.util.ArrayList<>())
                .add(new AttemptView(a.quizId, a.answers, a.correct, a.scorePercent, a.passed, a.passMark, a.attemptedAt)));
        return result;
    }

    public record EnrolmentView(String courseId, Instant enrolledAt, String enrolledVersion, String lastLessonId,
            Instant lastVisitedAt, Instant completedAt, String completedVersion, long secondsSpent) {
    }

    public record AttemptView(String quizId, Map<String, List<String>> answers, Map<String, Boolean> correct,
            int scorePercent, boolean passed, int passMark, Instant attemptedAt) {
    }

    private static EnrolmentView view(Enrolment e) {
        return new EnrolmentView(e.courseId, e.enrolledAt, e.enrolledVersion, e.lastLessonId, e.lastVisitedAt,
                e.completedAt, e.completedVersion, e.secondsSpent);
    }
}
