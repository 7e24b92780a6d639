package org.palermoacademy.exercises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.catalog.ui.CitationChips;
import org.palermoacademy.catalog.ui.SafeHtml;
import org.palermoacademy.exercises.BranchingService;

/** A branching case: a decision at each step, with consequences, feedback citing the articles, and a score. */
@Route("exercises/:scenarioId/play")
@PermitAll
class BranchingCaseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Catalog catalog;
    private final transient BranchingService branching;
    private transient Scenario scenario;
    private final Div stage = new Div();
    private int score;
    private String title = "";

    BranchingCaseView(Catalog catalog, BranchingService branching) {
        this.catalog = catalog;
        this.branching = branching;
        setId("branching");
        addClassName("pa-page");
        addClassName("pa-reader");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scenario = catalog.scenario(event.getRouteParameters().get("scenarioId").orElse(""))
                .filter(Scenario::branchingCase).orElse(null);
        if (scenario == null || scenario.branching() == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = scenario.title();
        removeAll();
        stage.setId("branching-stage");
        add(new Anchor("exercises", getTranslation("editor.back")), new H1(scenario.title()),
                new SafeHtml(scenario.factsHtml()), stage);
        score = 0;
        show(scenario.branching().start());
    }

    private void show(String stepId) {
        Scenario.Step step = scenario.branching().step(stepId);
        Div box = new Div();
        box.addClassName("pa-card");
        box.getElement().setAttribute("data-step", stepId);
        box.add(new SafeHtml(step.situationHtml()));
        Div choices = new Div();
        choices.addClassName("pa-choices");
        for (Scenario.Choice choice : step.choices()) {
            Button b = new Button(choice.text(), e -> choose(step, choice, box, choices));
            b.getElement().setAttribute("data-choice", choice.id());
            b.addClassName("pa-choice");
            choices.add(b);
        }
        box.add(choices);
        stage.add(box);
    }

    private void choose(Scenario.Step step, Scenario.Choice choice, Div box, Div choices) {
        choices.getChildren().forEach(c -> ((Button) c).setEnabled(false));
        score += choice.score();
        Div feedback = new Div(new Paragraph(getTranslation("branching.youChose", choice.text())),
                new Paragraph(choice.feedback()), new CitationChips(choice.cites(), catalog),
                new Paragraph(getTranslation("branching.points", choice.score())));
        feedback.addClassName(choice.score() >= 7 ? "pa-right" : "pa-wrong");
        feedback.addClassName("pa-feedback");
        box.add(feedback);
        if (choice.next() == null || "end".equals(choice.next())) {
            end();
        } else {
            show(choice.next());
        }
    }

    private void end() {
        int max = scenario.branching().maxScore();
        Div end = new Div(new H2(getTranslation("branching.end")),
                new Paragraph(getTranslation("branching.score", score, max)));
        end.setId("branching-end");
        end.getElement().setAttribute("data-score", String.valueOf(score));
        scenario.branching().endings().stream().filter(x -> score >= x.min())
                .max(java.util.Comparator.comparingInt(Scenario.Ending::min))
                .ifPresent(x -> end.add(new Paragraph(x.text())));
        branching.record(scenario.id(), score, max);
        Button again = new Button(getTranslation("branching.again"), e -> {
            stage.removeAll();
            score = 0;
            show(scenario.branching().start());
        });
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        end.add(again);
        stage.add(end);
        end.getElement().callJsFunction("scrollIntoView");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
