package org.palermoacademy.assignments.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored shapes of cohorts, assignments, reviews and calendar tokens. */
public final class Docs {

    private Docs() {
    }

    @Document("cohorts")
    public static class CohortDoc {
        @Id
        public String id;
        public String name;
        public String description;
        public String language;
        public LocalDate startDate;
        public LocalDate endDate;
        public String zone;
        @Indexed
        public String ownerId;
        public String ownerName;
        @Indexed
        public List<String> coTrainerIds = new ArrayList<>();
        public Map<String, String> coTrainerNames = new LinkedHashMap<>();
        public List<MemberDoc> members = new ArrayList<>();
        public Instant createdAt;
        public long version;
    }

    /** A learner in a cohort; {@code learnerId} is null while the e-mail waits for a first sign-in. */
    public static class MemberDoc {
        public String learnerId;
        public String email;
        public String name;
        public Instant addedAt;
        public String addedBy;
    }

    @Document("assignments")
    public static class AssignmentDoc {
        @Id
        public String id;
        @Indexed
        public String cohortId;
        public String kind;
        public String itemId;
        public String title;
        public String instructions;
        public LocalDate availableFrom;
        public LocalDate dueDate;
        public Instant availableAt;
        @Indexed
        public Instant dueAt;
        public boolean lateAllowed;
        /** Named learners; empty means the whole cohort. */
        public List<String> learnerIds = new ArrayList<>();
        public String createdBy;
        public Instant createdAt;
    }

    /** The review of one submission (its id is the submission's); {@code version} guards concurrent grading. */
    @Document("reviews")
    public static class ReviewDoc {
        @Id
        public String id;
        @Indexed
        public String learnerId;
        public String scenarioId;
        public String reviewerId;
        public String reviewerName;
        public Map<String, String> levels = new LinkedHashMap<>();
        public String comment;
        public Map<String, String> sectionComments = new LinkedHashMap<>();
        public String outcome;
        public int score;
        public int maxScore;
        public Instant decidedAt;
        public long version;
    }

    @Document("calendar_tokens")
    public static class CalendarTokenDoc {
        @Id
        public String id;
        @Indexed(unique = true)
        public String userId;
        public Instant createdAt;
    }
}
