package org.palermoacademy.assignments.internal;

import java.util.LinkedHashMap;
import java.util.List;
import org.palermoacademy.assignments.Assignment;
import org.palermoacademy.assignments.Cohort;
import org.palermoacademy.assignments.ItemKind;
import org.palermoacademy.assignments.Member;
import org.palermoacademy.assignments.Review;
import org.palermoacademy.assignments.internal.Docs.AssignmentDoc;
import org.palermoacademy.assignments.internal.Docs.CohortDoc;
import org.palermoacademy.assignments.internal.Docs.MemberDoc;
import org.palermoacademy.assignments.internal.Docs.ReviewDoc;

/** Stored documents to the module's public records. */
public final class Views {

    private Views() {
    }

    public static Cohort cohort(CohortDoc c, int learners, int pending) {
        return new Cohort(c.id, c.name, c.description, c.language, c.startDate, c.endDate, c.zone, c.ownerId,
                c.ownerName, c.coTrainerNames == null ? java.util.Map.of() : new LinkedHashMap<>(c.coTrainerNames),
                learners, pending, c.version);
    }

    public static Cohort cohort(CohortDoc c) {
        int bound = (int) c.members.stream().filter(m -> m.learnerId != null).count();
        return cohort(c, bound, c.members.size() - bound);
    }

    public static Member member(MemberDoc m) {
        return new Member(m.learnerId, m.email, m.name, m.learnerId == null, m.addedAt);
    }

    public static Assignment assignment(AssignmentDoc a) {
        return new Assignment(a.id, a.cohortId, ItemKind.valueOf(a.kind), a.itemId, a.title, a.instructions,
                a.availableFrom, a.dueDate, a.availableAt, a.dueAt, a.lateAllowed,
                a.learnerIds == null ? List.of() : List.copyOf(a.learnerIds));
    }

    public static Review review(ReviewDoc r) {
        return new Review(r.id, new LinkedHashMap<>(r.levels), r.comment, new LinkedHashMap<>(r.sectionComments),
                r.outcome, r.score, r.maxScore, r.reviewerName, r.decidedAt, r.version);
    }
}
