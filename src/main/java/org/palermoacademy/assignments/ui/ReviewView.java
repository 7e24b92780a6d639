package org.palermoacademy.assignments.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.palermoacademy.assignments.AssignmentProblem;
import org.palermoacademy.assignments.Review;
import org.palermoacademy.assignments.ReviewService;
import org.palermoacademy.assignments.ReviewSheet;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.catalog.ui.SafeHtml;
import org.palermoacademy.exercises.DraftProblem;
import org.palermoacademy.exercises.SubmissionView;
import org.palermoacademy.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Reviewing one submission: the draft section by section, each with a comment box; the checker's
 * report and the case file beside it; the rubric to score; then return for revision or grade.
 */
@Route("reviews/:submissionId")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ReviewService reviews;
    private ReviewSheet sheet;
    private final Map<String, RadioButtonGroup<String>> levels = new LinkedHashMap<>();
    private final Map<String, TextArea> sectionComments = new LinkedHashMap<>();
    private final TextArea comment = new TextArea();
    private final Paragraph score = new Paragraph();

    ReviewView(ReviewService reviews) {
        this.reviews = reviews;
        setId("review");
        addClassName("pa-page");
        addClassName("pa-editor-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            sheet = reviews.open(event.getRouteParameters().get("submissionId").orElse(""));
        } catch (DraftProblem | AssignmentProblem | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        levels.clear();
        sectionComments.clear();
        SubmissionView s = sheet.submission();
        Scenario scenario = sheet.scenario();
        Review review = sheet.review();
        Paragraph who = new Paragraph(getTranslation("review.submittedBy", sheet.learnerName(),
                AssignmentsUi.when(s.submittedAt())));
        who.addClassName("pa-muted");
        add(new Anchor("reviews", getTranslation("review.back")), new H1(scenario.title()), who);
        if (review.outcome() != null) {
            Paragraph state = new Paragraph(getTranslation("review.current", getTranslation("review.outcome."
                    + review.outcome()), review.reviewerName() == null ? "" : review.reviewerName(),
                    AssignmentsUi.when(review.decidedAt())));
            state.setId("review-state");
            state.addClassName("pa-note");
            add(state);
        }
        if (!sheet.latest()) {
            Paragraph old = new Paragraph(getTranslation("review.error.superseded"));
            old.addClassName("pa-banner");
            add(old);
        }

        Div text = new Div(new H2(getTranslation("review.draft")));
        text.setId("review-draft");
        if (s.freeForm()) {
            text.add(pre(s.freeText()));
            text.add(commentBox("general", review));
        } else {
            s.sections().forEach((id, body) -> {
                if (body == null || body.isBlank()) {
                    return;
                }
                Div section = new Div(new H3(getTranslation("section." + id)), pre(body), commentBox(id, review));
                section.addClassName("pa-review-section");
                section.getElement().setAttribute("data-section", id);
                text.add(section);
            });
        }

        TabSheet side = new TabSheet();
        side.addClassName("pa-editor-side");
        side.add(getTranslation("review.tab.rubric"), rubric(scenario, review));
        side.add(getTranslation("review.tab.report"), report(s));
        side.add(getTranslation("editor.tab.case"), new SafeHtml(scenario.factsHtml()));

        Div grid = new Div(text, side);
        grid.addClassName("pa-editor-grid");
        add(grid);
    }

    private TextArea commentBox(String section, Review review) {
        TextArea area = new TextArea(getTranslation("review.commentOn", getTranslation("section." + section)));
        area.setId("comment-" + section);
        area.setWidthFull();
        area.setMaxLength(ReviewService.MAX_COMMENT);
        area.setValue(review.sectionComments().getOrDefault(section, ""));
        sectionComments.put(section, area);
        return area;
    }

    private Div rubric(Scenario scenario, Review review) {
        Div box = new Div();
        box.setId("rubric");
        for (Scenario.RubricCriterion c : scenario.rubric()) {
            RadioButtonGroup<String> group = new RadioButtonGroup<>(getTranslation("review.criterionTitle", c.title(),
                    c.weight()));
            group.setId("criterion-" + c.id());
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setItems(Review.LEVELS);
            group.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(level -> {
                Div d = new Div(new Span(getTranslation("review.level." + level) + " (" + Review.points(level, c.weight())
                        + ")"));
                String description = c.levels().get(level);
                if (description != null) {
                    Span help = new Span(description);
                    help.addClassName("pa-muted");
                    help.addClassName("pa-level-text");
                    d.add(help);
                }
                return d;
            }));
            group.setValue(review.levels().get(c.id()));
            group.addValueChangeListener(e -> updateScore(scenario));
            levels.put(c.id(), group);
            box.add(group);
        }
        score.setId("live-score");
        updateScore(scenario);
        comment.setLabel(getTranslation("review.comment"));
        comment.setId("review-comment");
        comment.setWidthFull();
        comment.setMinRows(4);
        comment.setMaxLength(ReviewService.MAX_COMMENT);
        comment.setValue(review.comment() == null ? "" : review.comment());
        Button giveBack = new Button(getTranslation("review.return"), e -> decide("returned"));
        giveBack.setId("return-submission");
        Button grade = new Button(getTranslation("review.grade"), e -> decide("graded"));
        grade.setId("grade-submission");
        grade.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean open = sheet.latest();
        giveBack.setEnabled(open && !"graded".equals(sheet.submission().status()));
        grade.setEnabled(open && !"returned".equals(sheet.submission().status()));
        Div actions = new Div(giveBack, grade);
        actions.addClassName("pa-editor-actions");
        box.add(score, comment, actions);
        return box;
    }

    private void updateScore(Scenario scenario) {
        int total = 0;
        int max = 0;
        for (Scenario.RubricCriterion c : scenario.rubric()) {
            String level = levels.containsKey(c.id()) ? levels.get(c.id()).getValue() : null;
            total += level == null ? 0 : Review.points(level, c.weight());
            max += Review.points("exemplary", c.weight());
        }
        score.setText(getTranslation("review.liveScore", total, max, max == 0 ? 0 : Math.round(100f * total / max)));
    }

    private Div report(SubmissionView s) {
        Div box = new Div(new Paragraph(getTranslation("submission.summary", s.completeness(), s.blocking(), s.warnings())));
        box.setId("review-report");
        for (Map<String, Object> f : s.findings()) {
            Div d = new Div();
            d.addClassName("pa-finding");
            d.addClassName("pa-finding-" + f.get("severity"));
            String key = (String) f.get("messageKey");
            @SuppressWarnings("unchecked")
            List<String> args = (List<String>) f.getOrDefault("args", List.of());
            String message = key == null ? String.valueOf(f.get("message")) : getTranslation(key, args.toArray());
            Span rule = new Span(getTranslation("severity." + f.get("severity"))
                    + (f.get("article") == null ? "" : " · " + f.get("article")));
            rule.addClassName("pa-muted");
            d.add(rule, new Paragraph(message));
            box.add(d);
        }
        return box;
    }

    private void decide(String outcome) {
        Map<String, String> chosen = new LinkedHashMap<>();
        levels.forEach((id, group) -> {
            if (group.getValue() != null) {
                chosen.put(id, group.getValue());
            }
        });
        Map<String, String> comments = new LinkedHashMap<>();
        sectionComments.forEach((id, area) -> comments.put(id, area.getValue()));
        try {
            reviews.decide(sheet.submission().id(), outcome, chosen, comment.getValue(), comments, sheet.review().version());
            AssignmentsUi.done(this, "returned".equals(outcome) ? "review.done.returned" : "review.done.graded");
            UI.getCurrent().navigate("reviews");
        } catch (AssignmentProblem p) {
            AssignmentsUi.show(this, p);
            if (p.kind() == AssignmentProblem.Kind.CONFLICT) {
                Button reload = new Button(getTranslation("review.reload"), e -> {
                    sheet = reviews.open(sheet.submission().id());
                    build();
                });
                reload.setId("reload-review");
                Paragraph conflict = new Paragraph(getTranslation(p.key(), p.args()));
                conflict.addClassName("pa-banner");
                conflict.setId("review-conflict");
                addComponentAtIndex(2, new Div(conflict, reload));
            }
        }
    }

    private static Paragraph pre(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text);
        p.addClassName("pa-pre");
        return p;
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? getTranslation("nav.reviews") : getTranslation("review.pageTitle", sheet.scenario().title());
    }
}
