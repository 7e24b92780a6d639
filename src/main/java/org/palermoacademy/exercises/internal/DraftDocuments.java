package org.palermoacademy.exercises.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Drafts, their saved versions, and submissions. */
public final class DraftDocuments {

    private DraftDocuments() {
    }

    /** A learner's working draft for one scenario (one per learner and scenario). */
    @Document("drafts")
    @CompoundIndex(name = "owner_scenario", def = "{'ownerId': 1, 'scenarioId': 1}", unique = true)
    public static class DraftDoc {
        @Id
        public String id;
        public String ownerId;
        public String scenarioId;
        public String scenarioVersion;
        public Map<String, String> sections;
        public String freeText;
        public boolean freeForm;
        public String status;
        public int revision;
        public Instant createdAt;
        public Instant savedAt;
        public Instant lastVersionAt;
        @Version
        public Long version;
    }

    /** A snapshot kept for the version history. */
    @Document("draft_versions")
    @CompoundIndex(name = "draft_revision", def = "{'draftId': 1, 'revision': -1}")
    public static class DraftVersionDoc {
        @Id
        public String id;
        public String draftId;
        public String ownerId;
        public int revision;
        public Map<String, String> sections;
        public String freeText;
        public boolean freeForm;
        public String reason;
        public Instant savedAt;
    }

    /** A submitted draft; the idempotency key makes a repeated submit of the same revision a no-op. */
    @Document("submissions")
    @CompoundIndex(name = "owner_submitted", def = "{'ownerId': 1, 'submittedAt': -1}")
    public static class SubmissionDoc {
        @Id
        public String id;
        @Indexed(unique = true)
        public String idempotencyKey;
        public String draftId;
        public String ownerId;
        @Indexed
        public String scenarioId;
        public String scenarioVersion;
        public int revision;
        public Map<String, String> sections;
        public String freeText;
        public boolean freeForm;
        public List<Map<String, Object>> findings;
        public int completeness;
        public int blocking;
        public int warnings;
        public Instant submittedAt;
        public String status;
        /** Percentage of the rubric's maximum, set when a trainer grades it. */
        public Integer gradePercent;
        public Instant gradedAt;
        @Version
        public Long version;
    }
}
