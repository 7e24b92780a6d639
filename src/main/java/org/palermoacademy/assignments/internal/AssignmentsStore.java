package org.palermoacademy.assignments.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.palermoacademy.assignments.internal.Docs.AssignmentDoc;
import org.palermoacademy.assignments.internal.Docs.CalendarTokenDoc;
import org.palermoacademy.assignments.internal.Docs.CohortDoc;
import org.palermoacademy.assignments.internal.Docs.MemberDoc;
import org.palermoacademy.assignments.internal.Docs.ReviewDoc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Persistence for the module. Membership changes are single atomic updates ($push/$pull on one
 * cohort), so an import and a removal running at once never lose each other's work; a review is
 * written only at the version its reviewer loaded.
 */
@Component
public class AssignmentsStore {

    private final MongoTemplate mongo;

    AssignmentsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    // --- cohorts -------------------------------------------------------------------------------

    public void insert(CohortDoc cohort) {
        mongo.insert(cohort);
    }

    public Optional<CohortDoc> cohort(String id) {
        return Optional.ofNullable(id).map(i -> mongo.findById(i, CohortDoc.class));
    }

    /** Cohorts a trainer owns or co-trains (all cohorts when {@code trainerId} is null), newest first. */
    public List<CohortDoc> cohortsOf(String trainerId) {
        Query q = trainerId == null ? new Query()
                : new Query(new Criteria().orOperator(Criteria.where("ownerId").is(trainerId),
                        Criteria.where("coTrainerIds").is(trainerId)));
        q.fields().exclude("members");
        return mongo.find(q.with(Sort.by(Sort.Direction.DESC, "createdAt")), CohortDoc.class);
    }

    /** Cohorts a trainer owns or co-trains with their members (all cohorts when {@code trainerId} is null). */
    public List<CohortDoc> cohortsWithMembersOf(String trainerId) {
        Query q = trainerId == null ? new Query()
                : new Query(new Criteria().orOperator(Criteria.where("ownerId").is(trainerId),
                        Criteria.where("coTrainerIds").is(trainerId)));
        return mongo.find(q, CohortDoc.class);
    }

    /** Member counts without loading the members: cohort id to {bound, pending}. */
    public int[] memberCounts(String cohortId) {
        CohortDoc c = mongo.findById(cohortId, CohortDoc.class);
        if (c == null) {
            return new int[] {0, 0};
        }
        int bound = (int) c.members.stream().filter(m -> m.learnerId != null).count();
        return new int[] {bound, c.members.size() - bound};
    }

    /** Cohorts a learner belongs to. */
    public List<CohortDoc> cohortsWithMember(String learnerId) {
        return mongo.find(Query.query(Criteria.where("members.learnerId").is(learnerId)), CohortDoc.class);
    }

    public void updateDetails(String id, String name, String description, String language, java.time.LocalDate start,
            java.time.LocalDate end, String zone) {
        mongo.updateFirst(byId(id), new Update().set("name", name).set("description", description)
                .set("language", language).set("startDate", start).set("endDate", end).set("zone", zone)
                .inc("version", 1), CohortDoc.class);
    }

    /** Adds a member unless one with the same learner id or e-mail is there; false if already present. */
    public boolean addMember(String cohortId, MemberDoc member) {
        Criteria notThere = member.learnerId != null
                ? new Criteria().norOperator(Criteria.where("members.learnerId").is(member.learnerId),
                        Criteria.where("members.email").is(member.email))
                : Criteria.where("members.email").ne(member.email);
        Query q = Query.query(Criteria.where("_id").is(cohortId)).addCriteria(notThere);
        return mongo.updateFirst(q, new Update().push("members", member).inc("version", 1), CohortDoc.class)
                .getModifiedCount() == 1;
    }

    public boolean removeMember(String cohortId, String learnerIdOrEmail) {
        Update u = new Update().pull("members", Query.query(new Criteria().orOperator(
                Criteria.where("learnerId").is(learnerIdOrEmail), Criteria.where("email").is(learnerIdOrEmail))).getQueryObject())
                .inc("version", 1);
        return mongo.updateFirst(byId(cohortId), u, CohortDoc.class).getModifiedCount() == 1;
    }

    /**
     * Binds pending places waiting for this e-mail to the person who just signed in (a place they
     * already hold by id is simply dropped). Each cohort is rewritten only at the version read, and
     * re-read on a clash, so concurrent membership changes are never lost.
     */
    public List<String> bindPending(String email, String learnerId, String name) {
        List<String> bound = new java.util.ArrayList<>();
        for (CohortDoc found : mongo.find(Query.query(Criteria.where("members.email").is(email)), CohortDoc.class)) {
            for (int attempt = 0; attempt < 5; attempt++) {
                CohortDoc c = attempt == 0 ? found : mongo.findById(found.id, CohortDoc.class);
                if (c == null || c.members.stream().noneMatch(m -> email.equals(m.email) && m.learnerId == null)) {
                    break;
                }
                boolean alreadyBound = c.members.stream().anyMatch(m -> learnerId.equals(m.learnerId));
                List<MemberDoc> members = new java.util.ArrayList<>();
                for (MemberDoc m : c.members) {
                    if (email.equals(m.email) && m.learnerId == null) {
                        if (alreadyBound) {
                            continue;
                        }
                        m.learnerId = learnerId;
                        m.name = name;
                    }
                    members.add(m);
                }
                if (mongo.updateFirst(Query.query(Criteria.where("_id").is(c.id).and("version").is(c.version)),
                        new Update().set("members", members).inc("version", 1), CohortDoc.class).getModifiedCount() == 1) {
                    if (!alreadyBound) {
                        bound.add(c.id);
                    }
                    break;
                }
            }
        }
        return bound;
    }

    public void addCoTrainer(String cohortId, String trainerId, String name) {
        mongo.updateFirst(byId(cohortId), new Update().addToSet("coTrainerIds", trainerId)
                .set("coTrainerNames." + trainerId, name).inc("version", 1), CohortDoc.class);
    }

    public void removeCoTrainer(String cohortId, String trainerId) {
        mongo.updateFirst(byId(cohortId), new Update().pull("coTrainerIds", trainerId)
                .unset("coTrainerNames." + trainerId).inc("version", 1), CohortDoc.class);
    }

    /** Every learner id in the cohorts this trainer owns or co-trains. */
    public Set<String> learnersTrainedBy(String trainerId) {
        Query q = new Query(new Criteria().orOperator(Criteria.where("ownerId").is(trainerId),
                Criteria.where("coTrainerIds").is(trainerId)));
        q.fields().include("members.learnerId");
        Set<String> ids = new HashSet<>();
        mongo.find(q, CohortDoc.class).forEach(c -> c.members.forEach(m -> {
            if (m.learnerId != null) {
                ids.add(m.learnerId);
            }
        }));
        return ids;
    }

    // --- assignments ---------------------------------------------------------------------------

    public void insert(AssignmentDoc assignment) {
        mongo.insert(assignment);
    }

    public Optional<AssignmentDoc> assignment(String id) {
        return Optional.ofNullable(id).map(i -> mongo.findById(i, AssignmentDoc.class));
    }

    public List<AssignmentDoc> assignmentsOf(String cohortId) {
        return mongo.find(Query.query(Criteria.where("cohortId").is(cohortId)).with(Sort.by("dueAt", "title")),
                AssignmentDoc.class);
    }

    public List<AssignmentDoc> assignmentsOf(Collection<String> cohortIds) {
        return mongo.find(Query.query(Criteria.where("cohortId").in(cohortIds)).with(Sort.by("dueAt", "title")),
                AssignmentDoc.class);
    }

    /** Assignments open for reminders at {@code now}: available, and due no more than {@code after} ago. */
    public List<AssignmentDoc> openAssignments(Instant now, java.time.Duration after) {
        return mongo.find(Query.query(Criteria.where("availableAt").lte(now).and("dueAt").gte(now.minus(after))),
                AssignmentDoc.class);
    }

    public void update(AssignmentDoc a) {
        mongo.save(a);
    }

    public void deleteAssignment(String id) {
        mongo.remove(byId(id), AssignmentDoc.class);
    }

    // --- reviews -------------------------------------------------------------------------------

    public Optional<ReviewDoc> review(String submissionId) {
        return Optional.ofNullable(submissionId).map(i -> mongo.findById(i, ReviewDoc.class));
    }

    public List<ReviewDoc> reviews(Collection<String> submissionIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(submissionIds)), ReviewDoc.class);
    }

    /**
     * Writes a review if it is still at {@code expectedVersion} (0: no review yet). Returns the stored
     * review, or empty when someone else wrote first (a conflict).
     */
    public Optional<ReviewDoc> writeReview(ReviewDoc review, long expectedVersion) {
        if (expectedVersion == 0) {
            review.version = 1;
            try {
                mongo.insert(review);
                return Optional.of(review);
            } catch (DuplicateKeyException someoneElseFirst) {
                return Optional.empty();
            }
        }
        Update u = new Update().set("reviewerId", review.reviewerId).set("reviewerName", review.reviewerName)
                .set("levels", review.levels).set("comment", review.comment).set("sectionComments", review.sectionComments)
                .set("outcome", review.outcome).set("score", review.score).set("maxScore", review.maxScore)
                .set("decidedAt", review.decidedAt).inc("version", 1);
        return Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("_id").is(review.id)
                .and("version").is(expectedVersion)), u, FindAndModifyOptions.options().returnNew(true), ReviewDoc.class));
    }

    // --- calendar ------------------------------------------------------------------------------

    public Optional<CalendarTokenDoc> tokenOf(String userId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("userId").is(userId)), CalendarTokenDoc.class));
    }

    public Optional<CalendarTokenDoc> token(String token) {
        return Optional.ofNullable(token).map(t -> mongo.findById(t, CalendarTokenDoc.class));
    }

    public void replaceToken(String userId, String token, Instant now) {
        mongo.remove(Query.query(Criteria.where("userId").is(userId)), CalendarTokenDoc.class);
        if (token != null) {
            CalendarTokenDoc t = new CalendarTokenDoc();
            t.id = token;
            t.userId = userId;
            t.createdAt = now;
            mongo.insert(t);
        }
    }
}
