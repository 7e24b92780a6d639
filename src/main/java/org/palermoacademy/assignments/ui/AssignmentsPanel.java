package org.palermoacademy.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.palermoacademy.assignments.Assignment;
import org.palermoacademy.assignments.AssignmentProblem;
import org.palermoacademy.assignments.AssignmentService;
import org.palermoacademy.assignments.Cohort;
import org.palermoacademy.assignments.CohortService;
import org.palermoacademy.assignments.ItemKind;
import org.palermoacademy.assignments.Member;

/** What the cohort has been given to do, and the form to assign more. */
class AssignmentsPanel extends Div {

    private final transient AssignmentService assignments;
    private final transient CohortService cohorts;
    private final Cohort cohort;
    private final CohortView view;

    AssignmentsPanel(AssignmentService assignments, CohortService cohorts, Cohort cohort, CohortView view) {
        this.assignments = assignments;
        this.cohorts = cohorts;
        this.cohort = cohort;
        this.view = view;
        setId("assignments-panel");
        Button assign = new Button(getTranslation("assign.new"), VaadinIcon.PLUS.create(), e -> form(null));
        assign.setId("new-assignment");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(assign);
        List<Assignment> list = assignments.assignments(cohort.id());
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("grid.noAssignments")));
            return;
        }
        Grid<Assignment> grid = new Grid<>();
        grid.setId("assignment-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Assignment::title).setHeader(getTranslation("assign.item")).setFlexGrow(3);
        grid.addColumn(a -> getTranslation("assign.kind." + a.kind().name().toLowerCase())).setHeader(getTranslation("assign.kind"));
        grid.addColumn(Assignment::availableFrom).setHeader(getTranslation("assign.availableFrom"));
        grid.addColumn(Assignment::dueDate).setHeader(getTranslation("assign.due")).setSortable(true);
        grid.addColumn(a -> getTranslation(a.lateAllowed() ? "assign.late.yes" : "assign.late.no"))
                .setHeader(getTranslation("assign.late"));
        grid.addColumn(a -> a.forWholeCohort() ? getTranslation("assign.whole")
                : getTranslation("assign.named", a.learnerIds().size())).setHeader(getTranslation("assign.who"));
        grid.addComponentColumn(a -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> form(a));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.getElement().setAttribute("aria-label", getTranslation("assign.edit", a.title()));
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(a));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("assign.remove", a.title()));
            return new Div(edit, remove);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private void form(Assignment existing) {
        Dialog d = new Dialog();
        d.setId("assignment-form");
        d.setHeaderTitle(getTranslation(existing == null ? "assign.new" : "assign.edit", existing == null ? ""
                : existing.title()));
        Select<ItemKind> kind = new Select<>();
        kind.setLabel(getTranslation("assign.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("assign.kind." + k.name().toLowerCase()));
        kind.setId("assign-kind");
        ComboBox<AssignmentService.Assignable> item = new ComboBox<>(getTranslation("assign.item"));
        item.setId("assign-item");
        item.setItemLabelGenerator(AssignmentService.Assignable::title);
        item.setWidthFull();
        List<AssignmentService.Assignable> all = assignments.assignable();
        kind.addValueChangeListener(e -> {
            item.setItems(all.stream().filter(a -> a.kind() == e.getValue()).toList());
            item.clear();
        });
        TextArea instructions = new TextArea(getTranslation("assign.instructions"));
        instructions.setId("assign-instructions");
        instructions.setMaxLength(AssignmentService.MAX_INSTRUCTIONS);
        DatePicker from = new DatePicker(getTranslation("assign.availableFrom"));
        from.setId("assign-from");
        DatePicker due = new DatePicker(getTranslation("assign.due"));
        due.setId("assign-due");
        due.setHelperText(getTranslation("assign.due.help", cohort.zone()));
        Checkbox late = new Checkbox(getTranslation("assign.lateAllowed"));
        late.setId("assign-late");
        MultiSelectComboBox<Member> who = new MultiSelectComboBox<>(getTranslation("assign.learners"));
        who.setId("assign-learners");
        who.setHelperText(getTranslation("assign.learners.help"));
        who.setItems(cohorts.members(cohort.id()).stream().filter(m -> !m.pending()).toList());
        who.setItemLabelGenerator(m -> m.name() == null ? m.email() : m.name() + " · " + m.email());
        LocalDate today = LocalDate.now(ZoneId.of(cohort.zone()));
        if (existing == null) {
            kind.setValue(ItemKind.DRAFTING);
            from.setValue(today);
            due.setValue(today.plusWeeks(1));
            late.setValue(true);
        } else {
            kind.setValue(existing.kind());
            kind.setReadOnly(true);
            all.stream().filter(a -> a.id().equals(existing.itemId()) && a.kind() == existing.kind()).findFirst()
                    .ifPresent(item::setValue);
            item.setReadOnly(true);
            instructions.setValue(existing.instructions() == null ? "" : existing.instructions());
            from.setValue(existing.availableFrom());
            due.setValue(existing.dueDate());
            late.setValue(existing.lateAllowed());
            Set<String> named = Set.copyOf(existing.learnerIds());
            who.select(cohorts.members(cohort.id()).stream().filter(m -> named.contains(m.learnerId())).toList());
        }
        FormLayout layout = new FormLayout(kind, item, from, due, late, who, instructions);
        layout.setColspan(item, 2);
        layout.setColspan(instructions, 2);
        layout.setColspan(who, 2);
        d.add(layout);
        Button save = new Button(getTranslation(existing == null ? "assign.save" : "action.save"), e -> {
            try {
                List<String> learners = who.getValue().stream().map(Member::learnerId).toList();
                if (existing == null) {
                    var chosen = item.getValue();
                    if (chosen == null) {
                        throw new AssignmentProblem(AssignmentProblem.Kind.INVALID, "assignment.error.item");
                    }
                    assignments.assign(cohort.id(), chosen.kind(), chosen.id(), instructions.getValue(), from.getValue(),
                            due.getValue(), late.getValue(), learners);
                } else {
                    assignments.change(existing.id(), instructions.getValue(), from.getValue(), due.getValue(),
                            late.getValue(), learners);
                }
                d.close();
                AssignmentsUi.done(this, "assign.saved");
                view.reload("assignments");
            } catch (AssignmentProblem p) {
                AssignmentsUi.show(this, p);
            }
        });
        save.setId("save-assignment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }

    private void confirmRemove(Assignment a) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("assign.remove", a.title()));
        dialog.setText(getTranslation("assign.remove.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("assign.remove.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            assignments.unassign(a.id());
            view.reload("assignments");
        });
        dialog.open();
    }
}
