package org.palermoacademy.assignments.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.palermoacademy.assignments.AssignmentProblem;
import org.palermoacademy.assignments.Cohort;
import org.palermoacademy.assignments.CohortService;
import org.palermoacademy.assignments.ImportReport;
import org.palermoacademy.assignments.Member;
import org.palermoacademy.identity.UserProfile;

/** The cohort's learners: add by search or by a CSV of e-mails (with a report of every row), remove. */
class MembersPanel extends Div {

    private final transient CohortService cohorts;
    private final Cohort cohort;
    private final CohortView view;
    private final Div report = new Div();

    MembersPanel(CohortService cohorts, Cohort cohort, CohortView view) {
        this.cohorts = cohorts;
        this.cohort = cohort;
        this.view = view;
        setId("members-panel");
        add(new H2(getTranslation("members.add")));
        add(search());
        add(new H3(getTranslation("members.import")), new Paragraph(getTranslation("members.import.help")));
        add(upload());
        report.setId("import-report");
        add(report);
        add(new H2(getTranslation("members.list", cohort.learners() + cohort.pending())));
        add(members());
    }

    private Div search() {
        TextField text = new TextField();
        text.setId("people-search");
        text.setPlaceholder(getTranslation("members.search.placeholder"));
        text.setAriaLabel(getTranslation("members.search.placeholder"));
        text.setClearButtonVisible(true);
        Div results = new Div();
        results.setId("people-results");
        Button find = new Button(getTranslation("members.search"), VaadinIcon.SEARCH.create(), e -> {
            results.removeAll();
            var found = cohorts.searchPeople(text.getValue());
            if (found.isEmpty()) {
                results.add(new Paragraph(getTranslation("members.search.none")));
            }
            for (UserProfile p : found) {
                Button add = new Button(getTranslation("members.addPerson"), VaadinIcon.PLUS.create(), click -> {
                    try {
                        boolean added = cohorts.addMember(cohort.id(), p.id());
                        AssignmentsUi.done(this, added ? "members.added" : "members.already", p.displayName());
                        view.reload("learners");
                    } catch (AssignmentProblem problem) {
                        AssignmentsUi.show(this, problem);
                    }
                });
                add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                add.getElement().setAttribute("aria-label", getTranslation("members.addNamed", p.displayName()));
                Div row = new Div(new Span(p.displayName() + " · " + p.email() + " · " + (p.organization() == null ? ""
                        : p.organization()) + " "), add);
                row.addClassName("pa-person");
                results.add(row);
            }
        });
        find.setId("people-search-button");
        find.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(text);
        Div box = new Div(text, find, results);
        box.addClassName("pa-search");
        return box;
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            try {
                show(cohorts.importCsv(cohort.id(), bytes));
            } catch (AssignmentProblem p) {
                AssignmentsUi.show(this, p);
            }
        })));
        upload.setId("csv-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CohortService.MAX_IMPORT_BYTES);
        upload.addFileRejectedListener(e -> AssignmentsUi.show(this, new AssignmentProblem(
                AssignmentProblem.Kind.INVALID, "cohort.import.error.size", CohortService.MAX_IMPORT_BYTES / 1024)));
        return upload;
    }

    private void show(ImportReport result) {
        report.removeAll();
        Paragraph summary = new Paragraph(getTranslation("members.import.summary",
                result.count(ImportReport.Outcome.ADDED), result.count(ImportReport.Outcome.PENDING),
                result.rows().stream().filter(r -> !r.accepted()).count()));
        summary.setId("import-summary");
        Grid<ImportReport.Row> rows = new Grid<>();
        rows.setId("import-rows");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addColumn(ImportReport.Row::line).setHeader(getTranslation("members.import.line")).setAutoWidth(true)
                .setFlexGrow(0);
        rows.addColumn(ImportReport.Row::email).setHeader(getTranslation("members.import.email"));
        rows.addComponentColumn(r -> {
            Span s = new Span(getTranslation(r.reasonKey()));
            s.getElement().getThemeList().add(r.accepted() ? "badge success" : "badge error");
            s.getElement().setAttribute("data-outcome", r.outcome().name());
            return s;
        }).setHeader(getTranslation("members.import.outcome")).setFlexGrow(2);
        rows.setItems(result.rows());
        rows.setAllRowsVisible(result.rows().size() <= 30);
        Button done = new Button(getTranslation("members.import.refresh"), e -> view.reload("learners"));
        done.setId("import-done");
        report.add(summary, rows, done);
    }

    private Grid<Member> members() {
        Grid<Member> grid = new Grid<>();
        grid.setId("member-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(m -> m.name() == null ? "" : m.name()).setHeader(getTranslation("members.name"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(Member::email).setHeader(getTranslation("members.email")).setSortable(true).setFlexGrow(2);
        grid.addComponentColumn(m -> {
            Span s = new Span(getTranslation(m.pending() ? "members.pending" : "members.active"));
            s.getElement().getThemeList().add(m.pending() ? "badge contrast" : "badge success");
            return s;
        }).setHeader(getTranslation("members.state"));
        grid.addComponentColumn(m -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(m));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("members.remove", m.name() == null
                    ? m.email() : m.name()));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        var list = cohorts.members(cohort.id());
        grid.setItems(list);
        grid.setAllRowsVisible(list.size() <= 100);
        return grid;
    }

    private void confirmRemove(Member m) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("members.remove", m.name() == null ? m.email() : m.name()));
        dialog.setText(getTranslation("members.remove.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("members.remove.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            cohorts.removeMember(cohort.id(), m.key());
            view.reload("learners");
        });
        dialog.open();
    }
}
