package org.palermoacademy.exercises.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.palermoacademy.exercises.checker.CheckReport;
import org.palermoacademy.exercises.checker.Finding;
import org.palermoacademy.exercises.checker.Severity;
import org.palermoacademy.exercises.internal.DraftDocuments.DraftDoc;
import org.palermoacademy.exercises.internal.DraftDocuments.DraftVersionDoc;
import org.palermoacademy.exercises.internal.DraftDocuments.SubmissionDoc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Persistence of drafts, versions and submissions; revision checks and unique keys keep writes safe. */
@Component
public class DraftStore {

    static final int MAX_VERSIONS = 50;
    private final MongoTemplate mongo;

    DraftStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public DraftDoc openOrCreate(String ownerId, String scenarioId, String scenarioVersion, Instant now) {
        Query q = Query.query(Criteria.where("ownerId").is(ownerId).and("scenarioId").is(scenarioId));
        Update u = new Update().setOnInsert("_id", UUID.randomUUID().toString()).setOnInsert("ownerId", ownerId)
                .setOnInsert("scenarioId", scenarioId).setOnInsert("scenarioVersion", scenarioVersion)
                .setOnInsert("sections", new LinkedHashMap<String, String>()).setOnInsert("freeForm", false)
                .setOnInsert("status", "draft").setOnInsert("revision", 0).setOnInsert("createdAt", now)
                .setOnInsert("version", 0L);
        FindAndModifyOptions options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(q, u, options, DraftDoc.class);
        } catch (DuplicateKeyException raced) {
            return mongo.findAndModify(q, u, options, DraftDoc.class);
        }
    }

    public Optional<DraftDoc> draft(String id) {
        return Optional.ofNullable(id).map(i -> mongo.findById(i, DraftDoc.class));
    }

    public Optional<DraftDoc> find(String ownerId, String scenarioId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("ownerId").is(ownerId)
                .and("scenarioId").is(scenarioId)), DraftDoc.class));
    }

    /** Saves if the draft is still at the expected revision and not submitted; null on conflict. */
    public DraftDoc save(String id, int expectedRevision, Map<String, String> sections, String freeText,
            boolean freeForm, Instant now) {
        Query q = Query.query(Criteria.where("_id").is(id).and("revision").is(expectedRevision).and("status").is("draft"));
        Update u = new Update().set("sections", sections).set("freeText", freeText).set("freeForm", freeForm)
                .set("savedAt", now).inc("revision", 1).inc("version", 1);
        return mongo.findAndModify(q, u, FindAndModifyOptions.options().returnNew(true), DraftDoc.class);
    }

    public void snapshot(DraftDoc draft, String reason, Instant now) {
        DraftVersionDoc v = new DraftVersionDoc();
        v.id = UUID.randomUUID().toString();
        v.draftId = draft.id;
        v.ownerId = draft.ownerId;
        v.revision = draft.revision;
        v.sections = draft.sections;
        v.freeText = draft.freeText;
        v.freeForm = draft.freeForm;
        v.reason = reason;
        v.savedAt = now;
        mongo.insert(v);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(draft.id)), new Update().set("lastVersionAt", now),
                DraftDoc.class);
        List<DraftVersionDoc> all = versions(draft.id);
        if (all.size() > MAX_VERSIONS) {
            all.subList(MAX_VERSIONS, all.size()).forEach(old -> mongo.remove(old));
        }
    }

    public List<DraftVersionDoc> versions(String draftId) {
        return mongo.find(Query.query(Criteria.where("draftId").is(draftId))
                .with(Sort.by(Sort.Direction.DESC, "savedAt")), DraftVersionDoc.class);
    }

    public Optional<DraftVersionDoc> version(String draftId, String versionId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(versionId)
                .and("draftId").is(draftId)), DraftVersionDoc.class));
    }

    public Optional<SubmissionDoc> submissionByKey(String key) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("idempotencyKey").is(key)), SubmissionDoc.class));
    }

    public Optional<SubmissionDoc> latestSubmission(String draftId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("draftId").is(draftId))
                .with(Sort.by(Sort.Direction.DESC, "submittedAt")), SubmissionDoc.class));
    }

    public Optional<SubmissionDoc> submission(String id) {
        return Optional.ofNullable(id).map(i -> mongo.findById(i, SubmissionDoc.class));
    }

    public List<SubmissionDoc> submissionsOf(String ownerId) {
        return mongo.find(Query.query(Criteria.where("ownerId").is(ownerId))
                .with(Sort.by(Sort.Direction.DESC, "submittedAt")), SubmissionDoc.class);
    }

    /**
     * Records the submission (the unique idempotency key makes a concurrent duplicate fail and return
     * the first) and marks the draft submitted.
     */
    public SubmissionDoc submit(DraftDoc draft, String key, CheckReport report, Instant now) {
        SubmissionDoc s = new SubmissionDoc();
        s.id = UUID.randomUUID().toString();
        s.idempotencyKey = key;
        s.draftId = draft.id;
        s.ownerId = draft.ownerId;
        s.scenarioId = draft.scenarioId;
        s.scenarioVersion = draft.scenarioVersion;
        s.revision = draft.revision;
        s.sections = draft.sections;
        s.freeText = draft.freeText;
        s.freeForm = draft.freeForm;
        s.findings = report.findings().stream().map(DraftStore::finding).toList();
        s.completeness = report.completenessPercent();
        s.blocking = (int) report.count(Severity.BLOCKING);
        s.warnings = (int) report.count(Severity.WARNING);
        s.submittedAt = now;
        s.status = "submitted";
        try {
            mongo.insert(s);
        } catch (DuplicateKeyException duplicate) {
            return submissionByKey(key).orElseThrow();
        }
        snapshot(draft, "submitted", now);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(draft.id)), new Update().set("status", "submitted")
                .inc("version", 1), DraftDoc.class);
        return s;
    }

    /** The latest submission (without its text) and the number of submissions. */
    public record Latest(SubmissionDoc latest, int count) {
    }

    /** Drafts (without their text) of several learners in several scenarios: scenario id to learner id to draft. */
    public Map<String, Map<String, DraftDoc>> drafts(java.util.Collection<String> ownerIds,
            java.util.Collection<String> scenarioIds) {
        Query q = Query.query(Criteria.where("ownerId").in(ownerIds).and("scenarioId").in(scenarioIds));
        q.fields().exclude("sections").exclude("freeText");
        Map<String, Map<String, DraftDoc>> result = new java.util.HashMap<>();
        mongo.find(q, DraftDoc.class).forEach(d -> result.computeIfAbsent(d.scenarioId, k -> new java.util.HashMap<>())
                .put(d.ownerId, d));
        return result;
    }

    /** Latest submissions of several learners in several scenarios: scenario id to learner id to latest. */
    public Map<String, Map<String, Latest>> latestSubmissions(java.util.Collection<String> ownerIds,
            java.util.Collection<String> scenarioIds) {
        Query q = Query.query(Criteria.where("ownerId").in(ownerIds).and("scenarioId").in(scenarioIds))
                .with(Sort.by(Sort.Direction.DESC, "submittedAt"));
        q.fields().exclude("sections").exclude("freeText").exclude("findings");
        Map<String, Map<String, Latest>> result = new java.util.HashMap<>();
        mongo.find(q, SubmissionDoc.class).forEach(s -> result.computeIfAbsent(s.scenarioId, k -> new java.util.HashMap<>())
                .merge(s.ownerId, new Latest(s, 1), (a, b) -> new Latest(a.latest(), a.count() + 1)));
        return result;
    }

    /** Submissions with status {@code submitted} among these learners and scenarios, oldest first. */
    public List<SubmissionDoc> awaitingReview(java.util.Collection<String> ownerIds, java.util.Collection<String> scenarioIds) {
        Query q = Query.query(Criteria.where("ownerId").in(ownerIds).and("scenarioId").in(scenarioIds)
                .and("status").is("submitted")).with(Sort.by(Sort.Direction.ASC, "submittedAt"));
        q.fields().exclude("sections").exclude("freeText").exclude("findings");
        return mongo.find(q, SubmissionDoc.class);
    }

    /**
     * Records a reviewer's decision on a submission. Returning it reopens the draft for editing (its
     * revision moves on, so the next submission gets a fresh idempotency key).
     */
    public SubmissionDoc decide(String submissionId, String status, boolean reopenDraft) {
        return decide(submissionId, status, reopenDraft, null, null);
    }

    public SubmissionDoc decide(String submissionId, String status, boolean reopenDraft, Integer gradePercent,
            Instant gradedAt) {
        Update update = new Update().set("status", status).inc("version", 1);
        if (gradePercent != null) {
            update.set("gradePercent", gradePercent).set("gradedAt", gradedAt);
        }
        SubmissionDoc s = mongo.findAndModify(Query.query(Criteria.where("_id").is(submissionId)),
                update, FindAndModifyOptions.options().returnNew(true), SubmissionDoc.class);
        if (s != null && reopenDraft) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(s.draftId)), new Update().set("status", "draft")
                    .inc("revision", 1).inc("version", 1), DraftDoc.class);
        }
        return s;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.ruleId());
        m.put("severity", f.severity().id());
        m.put("article", f.article());
        m.put("messageKey", f.messageKey());
        m.put("args", f.args());
        m.put("message", f.message());
        m.put("section", f.section());
        return m;
    }

    /** A learner's graded submissions (the certification rules read them). */
    public List<SubmissionDoc> gradedSubmissions(String ownerId) {
        return mongo.find(Query.query(Criteria.where("ownerId").is(ownerId).and("status").is("graded")),
                SubmissionDoc.class);
    }
}
