package org.palermoacademy.exercises.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Markup;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.catalog.ui.SafeHtml;
import org.palermoacademy.exercises.DraftProblem;
import org.palermoacademy.exercises.DraftService;
import org.palermoacademy.exercises.SubmissionView;
import org.springframework.security.access.AccessDeniedException;

/** After submitting: the checker's final report, the submitted text, the trainer's review, the model answer. */
@Route("submissions/:submissionId")
@PermitAll
class SubmissionReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final transient Catalog catalog;
    private final transient DraftService drafts;
    private String title = "";

    SubmissionReportView(Catalog catalog, DraftService drafts) {
        this.catalog = catalog;
        this.drafts = drafts;
        setId("submission");
        addClassName("pa-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SubmissionView s;
        try {
            s = drafts.submission(event.getRouteParameters().get("submissionId").orElse(""));
        } catch (DraftProblem | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Scenario scenario = catalog.scenario(s.scenarioId()).orElse(null);
        title = scenario == null ? s.scenarioId() : scenario.title();
        removeAll();
        add(new Anchor("exercises", getTranslation("editor.back")), new H1(title),
                new Paragraph(getTranslation("submission.submittedAt", WHEN.format(s.submittedAt()))));
        ProgressBar meter = new ProgressBar(0, 100, s.completeness());
        meter.getElement().setAttribute("aria-label", getTranslation("editor.completeness", s.completeness()));
        Div report = new Div(new H2(getTranslation("submission.report")), meter,
                new Paragraph(getTranslation("submission.summary", s.completeness(), s.blocking(), s.warnings())));
        report.setId("final-report");
        for (Map<String, Object> f : s.findings()) {
            report.add(finding(f));
        }
        Div review = drafts.feedback(s.id()).<Div>map(ReviewPanel::new).orElseGet(() -> {
            Div pending = new Div(new H2(getTranslation("submission.review")),
                    new Paragraph(getTranslation("submission.reviewPending")));
            pending.setId("trainer-review");
            return pending;
        });
        Div text = new Div(new H2(getTranslation("submission.text")));
        text.setId("submitted-text");
        if (s.freeForm()) {
            text.add(pre(s.freeText()));
        } else {
            s.sections().forEach((id, body) -> text.add(new H3(getTranslation("section." + id)), pre(body)));
        }
        add(report, review, text);
        if (scenario != null && scenario.modelAnswer() != null) {
            Div model = new Div(new H2(getTranslation("submission.modelAnswer")), new SafeHtml(Markup.render(scenario.modelAnswer())));
            model.setId("model-answer");
            add(model);
        }
    }

    private Div finding(Map<String, Object> f) {
        Div d = new Div();
        d.addClassName("pa-finding");
        d.addClassName("pa-finding-" + f.get("severity"));
        d.getElement().setAttribute("data-rule", String.valueOf(f.get("rule")));
        String key = (String) f.get("messageKey");
        @SuppressWarnings("unchecked")
        List<String> args = (List<String>) f.getOrDefault("args", List.of());
        String message = key == null ? String.valueOf(f.get("message"))
                : getTranslation(key, args.stream().map(a -> Terms.translate(this, a)).toArray());
        Span rule = new Span(getTranslation("severity." + f.get("severity")) + " · " + f.get("rule")
                + (f.get("article") == null ? "" : " · " + f.get("article")));
        rule.addClassName("pa-muted");
        d.add(rule, new Paragraph(message));
        return d;
    }

    private static Paragraph pre(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text);
        p.addClassName("pa-pre");
        return p;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
