package org.palermoacademy.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.palermoacademy.assignments.AssignmentProblem;
import org.palermoacademy.assignments.AssignmentService;
import org.palermoacademy.assignments.Cohort;
import org.palermoacademy.assignments.CohortService;
import org.palermoacademy.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * One cohort for its trainers: the progress grid, the learners (search, CSV import, removal), the
 * assignments, and the trainers it is shared with. Anyone else gets "not found".
 */
@Route("cohorts/:cohortId")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
class CohortView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CohortService cohorts;
    private final transient AssignmentService assignments;
    private Cohort cohort;
    private String selectedTab;

    CohortView(CohortService cohorts, AssignmentService assignments) {
        this.cohorts = cohorts;
        this.assignments = assignments;
        setId("cohort");
        addClassName("pa-page");
        addClassName("pa-wide-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            cohort = cohorts.cohort(event.getRouteParameters().get("cohortId").orElse(""));
        } catch (AssignmentProblem | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        selectedTab = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse("progress");
        build();
    }

    void reload(String tab) {
        cohort = cohorts.cohort(cohort.id());
        selectedTab = tab;
        build();
    }

    private void build() {
        removeAll();
        Button edit = new Button(getTranslation("cohort.edit"), VaadinIcon.EDIT.create(),
                e -> new CohortForm(cohorts, cohort, saved -> reload(selectedTab)).open());
        edit.setId("edit-cohort");
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph facts = new Paragraph(getTranslation("cohort.facts", cohort.startDate(), cohort.endDate(),
                cohort.zone(), cohort.learners(), cohort.ownerName()));
        facts.addClassName("pa-muted");
        Div head = new Div(new Anchor("cohorts", getTranslation("cohort.back")), new H1(cohort.name()), facts);
        if (cohort.description() != null && !cohort.description().isBlank()) {
            head.add(new Paragraph(cohort.description()));
        }
        head.add(edit);
        add(head);
        TabSheet tabs = new TabSheet();
        tabs.setId("cohort-tabs");
        tabs.setWidthFull();
        var progress = tabs.add(getTranslation("cohort.tab.progress"), new ProgressGrid(assignments, cohort));
        progress.setId("tab-progress");
        var learners = tabs.add(getTranslation("cohort.tab.learners"), new MembersPanel(cohorts, cohort, this));
        learners.setId("tab-learners");
        var work = tabs.add(getTranslation("cohort.tab.assignments"), new AssignmentsPanel(assignments, cohorts, cohort, this));
        work.setId("tab-assignments");
        var trainers = tabs.add(getTranslation("cohort.tab.trainers"), new TrainersPanel(cohorts, cohort, this));
        trainers.setId("tab-trainers");
        switch (selectedTab) {
            case "learners" -> tabs.setSelectedTab(learners);
            case "assignments" -> tabs.setSelectedTab(work);
            case "trainers" -> tabs.setSelectedTab(trainers);
            default -> tabs.setSelectedTab(progress);
        }
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return cohort == null ? getTranslation("nav.myCohorts") : cohort.name();
    }
}
