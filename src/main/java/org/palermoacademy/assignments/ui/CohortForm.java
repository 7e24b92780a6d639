package org.palermoacademy.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.palermoacademy.assignments.AssignmentProblem;
import org.palermoacademy.assignments.Cohort;
import org.palermoacademy.assignments.CohortService;
import org.palermoacademy.shared.Language;

/** Creating a cohort, or editing one ({@code existing} not null). */
class CohortForm extends Dialog {

    CohortForm(CohortService cohorts, Cohort existing, Consumer<Cohort> saved) {
        setId("cohort-form");
        setHeaderTitle(getTranslation(existing == null ? "cohorts.new" : "cohort.edit"));
        TextField name = new TextField(getTranslation("cohort.name"));
        name.setId("cohort-name");
        name.setRequired(true);
        name.setMaxLength(120);
        TextArea description = new TextArea(getTranslation("cohort.description"));
        description.setId("cohort-description");
        description.setMaxLength(2_000);
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("cohort.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setId("cohort-language");
        DatePicker start = new DatePicker(getTranslation("cohort.start"));
        start.setId("cohort-start");
        DatePicker end = new DatePicker(getTranslation("cohort.end"));
        end.setId("cohort-end");
        ComboBox<String> zone = new ComboBox<>(getTranslation("cohort.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setId("cohort-zone");
        zone.setHelperText(getTranslation("cohort.zone.help"));
        if (existing == null) {
            language.setValue(Language.EN);
            start.setValue(LocalDate.now());
            end.setValue(LocalDate.now().plusMonths(2));
            zone.setValue("UTC");
        } else {
            name.setValue(existing.name());
            description.setValue(existing.description() == null ? "" : existing.description());
            language.setValue(Language.fromTag(existing.language()).orElse(Language.EN));
            start.setValue(existing.startDate());
            end.setValue(existing.endDate());
            zone.setValue(existing.zone());
        }
        FormLayout form = new FormLayout(name, language, start, end, zone, description);
        form.setColspan(description, 2);
        form.setColspan(name, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                Cohort c = existing == null
                        ? cohorts.create(name.getValue(), description.getValue(), language.getValue(), start.getValue(),
                                end.getValue(), zone.getValue())
                        : cohorts.update(existing.id(), name.getValue(), description.getValue(), language.getValue(),
                                start.getValue(), end.getValue(), zone.getValue());
                close();
                saved.accept(c);
            } catch (AssignmentProblem p) {
                AssignmentsUi.show(this, p);
            }
        });
        save.setId("save-cohort");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
