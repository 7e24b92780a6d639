package org.palermoacademy.exercises.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Scenario;
import org.palermoacademy.catalog.ui.SafeHtml;
import org.palermoacademy.exercises.DraftProblem;
import org.palermoacademy.exercises.DraftService;
import org.palermoacademy.exercises.DraftView;
import org.palermoacademy.exercises.checker.Sections;
import org.springframework.dao.DataAccessException;

/**
 * The guided request editor: a text area per section with guidance, or one area for a free-form
 * request; autosave when typing pauses and on leaving; a live checker panel; version history;
 * exports; submit exactly once. The case file and the States' profiles sit beside it.
 */
@Route("exercises/:scenarioId")
@PermitAll
class DraftEditorView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final transient Catalog catalog;
    private final transient DraftService drafts;
    private final Map<String, TextArea> editors = new LinkedHashMap<>();
    private final TextArea freeText = new TextArea();
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    private final Span savedAt = new Span();
    private final Div saveProblem = new Div();
    private final FindingsPanel findings = new FindingsPanel(this::focusSection);
    private final Div sectionsBox = new Div();
    private transient Scenario scenario;
    private DraftView draft;
    private boolean dirty;
    private com.vaadin.flow.shared.Registration retry;

    DraftEditorView(Catalog catalog, DraftService drafts) {
        this.catalog = catalog;
        this.drafts = drafts;
        setId("draft-editor");
        addClassName("pa-page");
        addClassName("pa-editor-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("scenarioId").orElse("");
        scenario = catalog.scenario(id).filter(s -> !s.branchingCase()).orElse(null);
        if (scenario == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        draft = drafts.openDraft(scenario.id());
        if (draft.submitted()) {
            drafts.mySubmissions().stream().filter(s -> s.draftId().equals(draft.id())).findFirst()
                    .ifPresent(s -> event.forwardTo("submissions/" + s.id()));
            return;
        }
        build();
        recheck();
    }

    private void build() {
        removeAll();
        editors.clear();
        H1 title = new H1(scenario.title());
        Div review = new Div();
        drafts.latestSubmission(draft.id()).filter(s -> "returned".equals(s.status()))
                .flatMap(s -> drafts.feedback(s.id())).ifPresent(r -> {
                    ReviewPanel panel = new ReviewPanel(r);
                    panel.addClassName("pa-note");
                    review.add(panel);
                });
        Div task = new Div(new SafeHtml(scenario.taskHtml()));
        task.addClassName("pa-note");
        savedAt.setId("saved-at");
        savedAt.addClassName("pa-muted");
        savedAt.getElement().setAttribute("aria-live", "polite");
        updateSavedAt();
        saveProblem.setId("save-problem");
        saveProblem.addClassName("pa-banner");
        saveProblem.setVisible(false);
        mode.setLabel(getTranslation("editor.mode"));
        mode.setItems("sections", "free-form");
        mode.setItemLabelGenerator(m -> getTranslation("editor.mode." + m));
        mode.setValue(draft.freeForm() ? "free-form" : "sections");
        mode.setId("editor-mode");
        mode.addValueChangeListener(e -> {
            showMode();
            changed();
        });
        for (String section : Sections.forType(scenario.type())) {
            TextArea area = new TextArea(getTranslation("section." + section));
            area.setId("section-" + section);
            area.setHelperText(getTranslation("section." + section + ".help"));
            area.setWidthFull();
            area.setMinRows(3);
            area.setMaxLength(DraftService.MAX_SECTION_CHARS);
            area.setValue(draft.sections().getOrDefault(section, ""));
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(1500);
            area.addValueChangeListener(e -> changed());
            editors.put(section, area);
            sectionsBox.add(area);
        }
        freeText.setLabel(getTranslation("editor.freeText"));
        freeText.setHelperText(getTranslation("editor.freeText.help"));
        freeText.setId("free-text");
        freeText.setWidthFull();
        freeText.setMinRows(20);
        freeText.setMaxLength(DraftService.MAX_TOTAL_CHARS);
        freeText.setValue(draft.freeText() == null ? "" : draft.freeText());
        freeText.setValueChangeMode(ValueChangeMode.LAZY);
        freeText.setValueChangeTimeout(1500);
        freeText.addValueChangeListener(e -> changed());
        Div editorColumn = new Div(mode, sectionsBox, freeText, actions());
        editorColumn.addClassName("pa-editor-main");
        TabSheet side = new TabSheet();
        side.addClassName("pa-editor-side");
        side.add(getTranslation("editor.tab.checker"), findings);
        side.add(getTranslation("editor.tab.case"), new CaseFilePanel(catalog, scenario));
        Div grid = new Div(editorColumn, side);
        grid.addClassName("pa-editor-grid");
        add(new Anchor("exercises", getTranslation("editor.back")), title, review, task, savedAt, saveProblem, grid);
        showMode();
    }

    private Div actions() {
        Button save = new Button(getTranslation("editor.saveNow"), e -> save());
        save.setId("save-now");
        Button versions = new Button(getTranslation("editor.versions"), e -> new VersionsDialog(drafts, draft.id(),
                this::restore).open());
        versions.setId("show-versions");
        Anchor docx = new Anchor(download("docx"), getTranslation("editor.exportDocx"));
        docx.setId("export-docx");
        Anchor pdf = new Anchor(download("pdf"), getTranslation("editor.exportPdf"));
        pdf.setId("export-pdf");
        Button submit = new Button(getTranslation("editor.submit"), e -> confirmSubmit());
        submit.setId("submit-draft");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(save, versions, docx, pdf, submit);
        bar.addClassName("pa-editor-actions");
        return bar;
    }

    private DownloadHandler download(String kind) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = kind.equals("docx") ? drafts.exportDocx(draft.id()) : drafts.exportPdf(draft.id());
            String type = kind.equals("docx")
                    ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf";
            return new DownloadResponse(new ByteArrayInputStream(bytes), scenario.id() + "-request." + kind, type,
                    bytes.length);
        });
    }

    private void showMode() {
        boolean free = "free-form".equals(mode.getValue());
        sectionsBox.setVisible(!free);
        freeText.setVisible(free);
    }

    private void changed() {
        dirty = true;
        save();
        recheck();
    }

    private void recheck() {
        try {
            findings.show(drafts.check(scenario.id(), currentSections(), freeText.getValue(),
                    "free-form".equals(mode.getValue())));
        } catch (DraftProblem p) {
            showProblem(p.getMessage());
        }
    }

    private Map<String, String> currentSections() {
        Map<String, String> sections = new LinkedHashMap<>();
        editors.forEach((id, area) -> {
            if (!area.getValue().isBlank()) {
                sections.put(id, area.getValue());
            }
        });
        return sections;
    }

    /** Saves now; on a store outage keeps the text, shows a banner and retries every few seconds. */
    private void save() {
        if (!dirty) {
            return;
        }
        try {
            draft = drafts.save(draft.id(), currentSections(), freeText.getValue(), "free-form".equals(mode.getValue()),
                    draft.revision());
            dirty = false;
            saveProblem.setVisible(false);
            if (retry != null) {
                retry.remove();
                retry = null;
                UI.getCurrent().setPollInterval(-1);
            }
            updateSavedAt();
        } catch (DraftProblem p) {
            showProblem(p.getMessage());
            if (p.kind() == DraftProblem.Kind.CONFLICT) {
                Button reload = new Button(getTranslation("editor.reload"), e -> UI.getCurrent().getPage().reload());
                reload.setId("reload-draft");
                saveProblem.add(reload);
            }
        } catch (DataAccessException storeDown) {
            showProblem(getTranslation("editor.storeDown"));
            if (retry == null) {
                UI ui = UI.getCurrent();
                ui.setPollInterval(5000);
                retry = ui.addPollListener(e -> save());
            }
        }
    }

    private void showProblem(String text) {
        saveProblem.removeAll();
        saveProblem.add(new Span(text));
        saveProblem.setVisible(true);
    }

    private void updateSavedAt() {
        savedAt.setText(draft.savedAt() == null ? getTranslation("editor.notSaved")
                : getTranslation("editor.savedAt", TIME.format(draft.savedAt())));
        savedAt.getElement().setAttribute("data-revision", String.valueOf(draft.revision()));
    }

    private void restore(String versionId) {
        draft = drafts.restore(draft.id(), versionId);
        build();
        recheck();
    }

    private void confirmSubmit() {
        save();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-submit");
        dialog.setHeader(getTranslation("editor.submit.confirmTitle"));
        dialog.setText(getTranslation("editor.submit.confirmText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("editor.submit"));
        String key = DraftService.submitKey(draft.id(), draft.revision());
        dialog.addConfirmListener(e -> {
            try {
                var submission = drafts.submit(draft.id(), key);
                UI.getCurrent().navigate("submissions/" + submission.id());
            } catch (DraftProblem p) {
                showProblem(p.kind() == DraftProblem.Kind.CLOSED ? getTranslation("editor.closed") : p.getMessage());
            }
        });
        dialog.open();
    }

    void focusSection(String section) {
        if ("free-form".equals(mode.getValue())) {
            freeText.focus();
            return;
        }
        TextArea area = editors.get(section);
        if (area != null) {
            area.focus();
            area.getElement().callJsFunction("scrollIntoView");
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        save();
    }

    @Override
    public String getPageTitle() {
        return scenario == null ? "" : scenario.title();
    }
}
