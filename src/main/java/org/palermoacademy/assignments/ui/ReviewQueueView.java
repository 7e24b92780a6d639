package org.palermoacademy.assignments.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.palermoacademy.assignments.ReviewService;
import org.palermoacademy.assignments.ReviewTask;
import org.palermoacademy.identity.Role;

/** Submissions awaiting the trainer's review, oldest first; late and long-waiting ones flagged. */
@Route("reviews")
@Menu(title = "nav.reviews", order = 21, icon = "CHECK_SQUARE_O")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
class ReviewQueueView extends Main implements HasDynamicTitle {

    ReviewQueueView(ReviewService reviews) {
        setId("review-queue");
        addClassName("pa-page");
        add(new H1(getTranslation("nav.reviews")));
        var tasks = reviews.queue();
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("reviews.none"));
            none.setId("queue-empty");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("reviews.intro", tasks.size())));
        Grid<ReviewTask> grid = new Grid<>();
        grid.setId("queue");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(t -> {
            Anchor open = new Anchor("reviews/" + t.submissionId(), t.title());
            open.addClassName("pa-review-link");
            return open;
        }).setHeader(getTranslation("reviews.item")).setFlexGrow(3);
        grid.addColumn(ReviewTask::learnerName).setHeader(getTranslation("reviews.learner")).setSortable(true);
        grid.addColumn(ReviewTask::cohortName).setHeader(getTranslation("reviews.cohort")).setSortable(true);
        grid.addColumn(t -> AssignmentsUi.when(t.submittedAt())).setHeader(getTranslation("reviews.submitted"))
                .setComparator(ReviewTask::submittedAt);
        grid.addComponentColumn(t -> {
            Div flags = new Div();
            if (t.late()) {
                Span late = new Span(getTranslation("reviews.late"));
                late.getElement().getThemeList().add("badge error");
                flags.add(late);
            }
            if (t.overdue()) {
                Span overdue = new Span(getTranslation("reviews.waiting"));
                overdue.getElement().getThemeList().add("badge contrast");
                flags.add(overdue);
            }
            return flags;
        }).setHeader(getTranslation("reviews.flags"));
        grid.setItems(tasks);
        grid.setAllRowsVisible(tasks.size() <= 100);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reviews");
    }
}
