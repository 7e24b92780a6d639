package org.palermoacademy.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.palermoacademy.assignments.AssignmentProblem;
import org.palermoacademy.assignments.Cohort;
import org.palermoacademy.assignments.CohortService;
import org.palermoacademy.identity.Role;

/** Who trains the cohort; the owner shares it with co-trainers (who see and grade everything in it). */
class TrainersPanel extends Div {

    TrainersPanel(CohortService cohorts, Cohort cohort, CohortView view) {
        setId("trainers-panel");
        boolean owner = cohorts.mayShare(cohort.id());
        UnorderedList list = new UnorderedList(new ListItem(getTranslation("trainers.owner", cohort.ownerName())));
        list.setId("trainer-list");
        cohort.coTrainers().forEach((id, name) -> {
            ListItem item = new ListItem(new Span(getTranslation("trainers.coTrainer", name) + " "));
            if (owner) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    cohorts.removeCoTrainer(cohort.id(), id);
                    view.reload("trainers");
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.getElement().setAttribute("aria-label", getTranslation("trainers.remove", name));
                item.add(remove);
            }
            list.add(item);
        });
        add(list);
        if (!owner) {
            add(new Paragraph(getTranslation("trainers.onlyOwner")));
            return;
        }
        add(new Paragraph(getTranslation("trainers.help")));
        TextField text = new TextField();
        text.setId("trainer-search");
        text.setPlaceholder(getTranslation("members.search.placeholder"));
        text.setAriaLabel(getTranslation("trainers.search"));
        Div results = new Div();
        results.setId("trainer-results");
        Button find = new Button(getTranslation("members.search"), VaadinIcon.SEARCH.create(), e -> {
            results.removeAll();
            var found = cohorts.searchPeople(text.getValue()).stream().filter(p -> p.hasRole(Role.TRAINER)
                    && !p.id().equals(cohort.ownerId()) && !cohort.coTrainers().containsKey(p.id())).toList();
            if (found.isEmpty()) {
                results.add(new Paragraph(getTranslation("members.search.none")));
            }
            found.forEach(p -> {
                Button share = new Button(getTranslation("trainers.share"), VaadinIcon.PLUS.create(), click -> {
                    try {
                        cohorts.addCoTrainer(cohort.id(), p.id());
                        view.reload("trainers");
                    } catch (AssignmentProblem problem) {
                        AssignmentsUi.show(this, problem);
                    }
                });
                share.addThemeVariants(ButtonVariant.LUMO_SMALL);
                share.getElement().setAttribute("aria-label", getTranslation("trainers.shareWith", p.displayName()));
                Div row = new Div(new Span(p.displayName() + " · " + p.email() + " "), share);
                row.addClassName("pa-person");
                results.add(row);
            });
        });
        find.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(text);
        Div box = new Div(text, find, results);
        box.addClassName("pa-search");
        add(box);
    }
}
