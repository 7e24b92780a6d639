package org.palermoacademy.assignments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.palermoacademy.assignments.AssignedItem;
import org.palermoacademy.assignments.AssignmentService;
import org.palermoacademy.assignments.CalendarService;

/** The learner's assignments: what is due when, where each stands, a link straight into the work. */
@Route("assigned")
@Menu(title = "nav.assigned", order = 11, icon = "CALENDAR_CLOCK")
@PermitAll
class AssignedToMeView extends Main implements HasDynamicTitle {

    private final transient CalendarService calendar;
    private final Div feed = new Div();

    AssignedToMeView(AssignmentService assignments, CalendarService calendar) {
        this.calendar = calendar;
        setId("assigned");
        addClassName("pa-page");
        add(new H1(getTranslation("nav.assigned")));
        var items = assignments.assignedToMe();
        Div list = new Div();
        list.setId("assigned-list");
        list.addClassName("pa-cards");
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assigned.none"));
            none.setId("assigned-empty");
            list.add(none);
        }
        for (AssignedItem item : items) {
            list.add(card(item));
        }
        add(list);
        feed.setId("calendar-feed");
        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.help")), feed);
        showFeed();
    }

    private Div card(AssignedItem item) {
        Div card = new Div();
        card.addClassName("pa-card");
        card.addClassName("pa-assigned");
        card.getElement().setAttribute("data-item", item.assignment().itemId());
        Anchor title = new Anchor(item.link(), item.assignment().title());
        title.addClassName("pa-card-title");
        Paragraph meta = new Paragraph(getTranslation("assigned.meta", item.cohortName(), item.assignment().dueDate(),
                getTranslation("assign.kind." + item.assignment().kind().name().toLowerCase())));
        meta.addClassName("pa-muted");
        card.add(title, meta, AssignmentsUi.status(this, item.status(), item.score()));
        if (!item.assignment().lateAllowed()) {
            Span strict = new Span(getTranslation("assigned.noLate"));
            strict.addClassName("pa-muted");
            card.add(new Paragraph(strict));
        }
        if (item.assignment().instructions() != null && !item.assignment().instructions().isBlank()) {
            Paragraph instructions = new Paragraph(item.assignment().instructions());
            instructions.addClassName("pa-pre");
            card.add(instructions);
        }
        if (item.submissionId() != null) {
            card.add(new Anchor("submissions/" + item.submissionId(), getTranslation("assigned.openSubmission")));
        }
        return card;
    }

    private void showFeed() {
        feed.removeAll();
        var url = calendar.myFeedUrl();
        if (url.isEmpty()) {
            Button create = new Button(getTranslation("calendar.create"), e -> {
                calendar.resetMyFeed();
                showFeed();
            });
            create.setId("calendar-create");
            feed.add(create);
            return;
        }
        TextField address = new TextField(getTranslation("calendar.address"));
        address.setId("calendar-url");
        address.setValue(url.get());
        address.setReadOnly(true);
        address.setWidthFull();
        Button reset = new Button(getTranslation("calendar.reset"), e -> {
            calendar.resetMyFeed();
            showFeed();
        });
        reset.setId("calendar-reset");
        Button off = new Button(getTranslation("calendar.revoke"), e -> {
            calendar.revokeMyFeed();
            showFeed();
        });
        off.setId("calendar-revoke");
        off.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(reset, off);
        actions.addClassName("pa-editor-actions");
        feed.add(address, new Paragraph(getTranslation("calendar.secret")), actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assigned");
    }
}
