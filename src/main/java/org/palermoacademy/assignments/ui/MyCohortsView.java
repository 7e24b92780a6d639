package org.palermoacademy.assignments.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.palermoacademy.assignments.Cohort;
import org.palermoacademy.assignments.CohortService;
import org.palermoacademy.assignments.ReviewService;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.identity.Role;

/** "My cohorts": the trainers' home, with the cohorts they own or co-train and the way to a new one. */
@Route("cohorts")
@Menu(title = "nav.myCohorts", order = 20, icon = "GROUP")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
class MyCohortsView extends Main implements HasDynamicTitle {

    MyCohortsView(CohortService cohorts, ReviewService reviews, CurrentUser currentUser) {
        setId("my-cohorts");
        addClassName("pa-page");
        add(new H1(getTranslation("cohorts.home.title")), new Paragraph(getTranslation("cohorts.home.intro")));
        int waiting = reviews.queue().size();
        Anchor queue = new Anchor("reviews", getTranslation("cohorts.reviewQueue", waiting));
        queue.setId("review-queue-link");
        Div actions = new Div(queue);
        actions.addClassName("pa-editor-actions");
        if (currentUser.hasRole(Role.TRAINER)) {
            Button create = new Button(getTranslation("cohorts.new"), VaadinIcon.PLUS.create(),
                    e -> new CohortForm(cohorts, null, saved -> UI.getCurrent().navigate("cohorts/" + saved.id())).open());
            create.setId("new-cohort");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(create);
        }
        add(actions);
        var list = cohorts.myCohorts();
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("cohorts.none"));
            none.setId("no-cohorts");
            add(none);
            return;
        }
        Grid<Cohort> grid = new Grid<>();
        grid.setId("cohort-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(c -> new Anchor("cohorts/" + c.id(), c.name())).setHeader(getTranslation("cohort.name"))
                .setFlexGrow(3).setComparator(Cohort::name);
        grid.addColumn(c -> c.startDate() + " – " + c.endDate()).setHeader(getTranslation("cohort.dates")).setFlexGrow(2);
        grid.addColumn(c -> c.pending() == 0 ? String.valueOf(c.learners())
                : getTranslation("cohort.learnersPending", c.learners(), c.pending()))
                .setHeader(getTranslation("cohort.learners")).setComparator(Cohort::learners);
        grid.addColumn(Cohort::ownerName).setHeader(getTranslation("cohort.owner"));
        grid.setItems(list);
        grid.setAllRowsVisible(list.size() <= 50);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myCohorts");
    }
}
