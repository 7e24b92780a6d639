package org.palermoacademy.exercises.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.palermoacademy.exercises.ReviewFeedback;

/** The trainer's review as the learner reads it: outcome, rubric levels, comments by section. */
class ReviewPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    ReviewPanel(ReviewFeedback r) {
        setId("trainer-review");
        addClassName("pa-review");
        add(new H2(getTranslation("submission.review")));
        Span outcome = new Span(getTranslation(r.graded() ? "review.outcome.graded" : "review.outcome.returned"));
        outcome.getElement().getThemeList().add(r.graded() ? "badge success" : "badge contrast");
        outcome.setId("review-outcome");
        add(new Paragraph(outcome, new Span(" " + getTranslation("review.by", r.reviewerName() == null ? ""
                : r.reviewerName(), r.at() == null ? "" : WHEN.format(r.at())))));
        if (r.graded()) {
            Paragraph score = new Paragraph(getTranslation("review.score", r.score(), r.maxScore(), r.percent()));
            score.setId("review-score");
            add(score);
        }
        if (!r.criteria().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("pa-rubric-result");
            r.criteria().forEach(c -> list.add(new ListItem(getTranslation("review.criterion", c.title(),
                    getTranslation("review.level." + c.level()), c.points(), c.maxPoints()))));
            add(list);
        }
        if (r.comment() != null && !r.comment().isBlank()) {
            Paragraph comment = new Paragraph(r.comment());
            comment.addClassName("pa-pre");
            comment.setId("review-comment");
            add(comment);
        }
        r.sectionComments().forEach((section, text) -> {
            Div d = new Div(new H3(getTranslation("section." + section)), pre(text));
            d.addClassName("pa-section-comment");
            d.getElement().setAttribute("data-section", section);
            add(d);
        });
    }

    private static Paragraph pre(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("pa-pre");
        return p;
    }
}
