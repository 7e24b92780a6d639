package org.palermoacademy.assignments.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.palermoacademy.assignments.Review;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.exercises.ReviewFeedback;
import org.palermoacademy.exercises.ReviewFeedbackSource;
import org.springframework.stereotype.Component;

/** Hands the drafting views the review of a submission, with the rubric's titles. */
@Component
class StoredFeedback implements ReviewFeedbackSource {

    private final AssignmentsStore store;
    private final Catalog catalog;

    StoredFeedback(AssignmentsStore store, Catalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    @Override
    public Optional<ReviewFeedback> feedbackFor(String submissionId) {
        return store.review(submissionId).map(r -> {
            List<ReviewFeedback.CriterionScore> criteria = new ArrayList<>();
            catalog.scenario(r.scenarioId).map(Scenario::rubric).orElse(List.of()).forEach(c -> {
                String level = r.levels.get(c.id());
                if (level != null) {
                    criteria.add(new ReviewFeedback.CriterionScore(c.id(), c.title(), level, Review.points(level,
                            c.weight()), Review.points("exemplary", c.weight())));
                }
            });
            return new ReviewFeedback(r.id, r.outcome, r.reviewerName, r.decidedAt, criteria, r.score, r.maxScore,
                    r.comment, r.sectionComments);
        });
    }
}
