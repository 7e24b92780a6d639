package org.palermoacademy.exercises.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.exercises.DraftService;
import org.palermoacademy.exercises.SubmissionView;

/** The drafting exercises and branching cases, with the learner's status for each. */
@Route("exercises")
@Menu(title = "nav.exercises", order = 14, icon = "EDIT")
@PermitAll
class ExercisesView extends Main implements HasDynamicTitle {

    ExercisesView(Catalog catalog, DraftService drafts) {
        setId("exercises");
        addClassName("pa-page");
        Map<String, SubmissionView> submitted = drafts.mySubmissions().stream()
                .collect(Collectors.toMap(SubmissionView::scenarioId, Function.identity(), (a, b) -> a));
        Div drafting = new Div();
        drafting.addClassName("pa-cards");
        drafting.setId("drafting-scenarios");
        Div branching = new Div();
        branching.addClassName("pa-cards");
        branching.setId("branching-scenarios");
        catalog.scenarios().stream().sorted(Comparator.comparing(Scenario::type).thenComparing(Scenario::title))
                .forEach(s -> (s.branchingCase() ? branching : drafting).add(card(catalog, s, submitted.get(s.id()),
                        drafts)));
        add(new H1(getTranslation("exercises.title")), new Paragraph(getTranslation("exercises.intro")),
                new H2(getTranslation("exercises.drafting")), drafting, new H2(getTranslation("exercises.branching")),
                new Paragraph(getTranslation("exercises.branchingIntro")), branching);
    }

    private Div card(Catalog catalog, Scenario s, SubmissionView submission, DraftService drafts) {
        Div card = new Div();
        card.addClassName("pa-card");
        card.getElement().setAttribute("data-scenario", s.id());
        String href = s.branchingCase() ? "exercises/" + s.id() + "/play" : "exercises/" + s.id();
        Anchor title = new Anchor(href, s.title());
        title.addClassName("pa-card-title");
        String from = catalog.country(s.requestingState()).map(c -> c.name()).orElse(s.requestingState());
        String to = catalog.country(s.requestedState()).map(c -> c.name()).orElse(s.requestedState());
        Span facts = new Span(getTranslation("exercises.card", getTranslation("exercise.type." + s.type()),
                getTranslation("exercise.difficulty." + s.difficulty()), s.minutes(), from, to));
        facts.addClassName("pa-muted");
        card.add(title, new Div(facts), new Paragraph(s.summary()));
        if (!s.branchingCase()) {
            String status = submission != null ? getTranslation("exercises.status.submitted")
                    : drafts.myDraft(s.id()).filter(d -> d.revision() > 0).map(d -> getTranslation("exercises.status.draft"))
                            .orElse(getTranslation("exercises.status.new"));
            Span badge = new Span(status);
            badge.getElement().getThemeList().add("badge");
            badge.getElement().setAttribute("data-status", submission != null ? "submitted" : "other");
            card.add(badge);
            if (submission != null) {
                card.add(new Div(new Anchor("submissions/" + submission.id(), getTranslation("exercises.viewReport"))));
            }
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exercises.title");
    }
}
