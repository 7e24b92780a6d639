package org.palermoacademy.exercises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.function.Consumer;
import org.palermoacademy.exercises.checker.CheckReport;
import org.palermoacademy.exercises.checker.Finding;
import org.palermoacademy.exercises.checker.Severity;

/**
 * The checker's findings, grouped by severity, each with its rule, article, a plain explanation and a
 * button that jumps to the section concerned; above them the completeness meter.
 */
class FindingsPanel extends Div {

    private final ProgressBar meter = new ProgressBar(0, 100, 0);
    private final Span meterLabel = new Span();
    private final Div groups = new Div();
    private final transient Consumer<String> goToSection;

    FindingsPanel(Consumer<String> goToSection) {
        this.goToSection = goToSection;
        setId("findings");
        addClassName("pa-findings");
        getElement().setAttribute("aria-live", "polite");
        meter.setId("completeness");
        meterLabel.setId("completeness-label");
        add(new H3(getTranslation("editor.checker")), meter, meterLabel, groups);
    }

    void show(CheckReport report) {
        meter.setValue(report.completenessPercent());
        meter.getElement().setAttribute("aria-label", getTranslation("editor.completeness", report.completenessPercent()));
        meterLabel.setText(getTranslation("editor.completeness", report.completenessPercent()));
        getElement().setAttribute("data-blocking", String.valueOf(report.count(Severity.BLOCKING)));
        groups.removeAll();
        for (Severity severity : Severity.values()) {
            List<Finding> findings = report.findings().stream().filter(f -> f.severity() == severity).toList();
            Div group = new Div();
            group.addClassName("pa-finding-group");
            group.getElement().setAttribute("data-severity", severity.id());
            group.add(new H3(getTranslation("severity." + severity.id()) + " (" + findings.size() + ")"));
            findings.forEach(f -> group.add(finding(f)));
            if (findings.isEmpty()) {
                group.add(new Paragraph(getTranslation("editor.noFindings")));
            }
            groups.add(group);
        }
    }

    private Div finding(Finding f) {
        Div item = new Div();
        item.addClassName("pa-finding");
        item.addClassName("pa-finding-" + f.severity().id());
        item.getElement().setAttribute("data-rule", f.ruleId());
        Span rule = new Span(f.ruleId() + (f.article() == null ? "" : " · " + f.article()));
        rule.addClassName("pa-muted");
        Paragraph text = new Paragraph(message(f));
        item.add(rule, text);
        if (f.section() != null) {
            Button go = new Button(getTranslation("editor.goTo", getTranslation("section." + f.section())),
                    e -> goToSection.accept(f.section()));
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            item.add(go);
        }
        return item;
    }

    /** Translated message; terms among the arguments (measure kinds, risks) are translated too. */
    String message(Finding f) {
        if (f.messageKey() == null) {
            return f.message();
        }
        Object[] args = f.args().stream().map(a -> {
            return Terms.translate(this, a);
        }).toArray();
        return getTranslation(f.messageKey(), args);
    }
}
