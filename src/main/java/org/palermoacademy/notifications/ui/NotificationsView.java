package org.palermoacademy.notifications.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.palermoacademy.identity.CurrentUser;
import org.palermoacademy.identity.Role;
import org.palermoacademy.notifications.Notification;
import org.palermoacademy.notifications.Notifier;

/** The signed-in person's notifications (marked read on opening) and their e-mail reminder setting. */
@Route("notifications")
@PermitAll
class NotificationsView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    NotificationsView(Notifier notifier, CurrentUser currentUser) {
        setId("notifications");
        addClassName("pa-page");
        add(new H1(getTranslation("notifications.title")));
        Checkbox off = new Checkbox(getTranslation("notifications.remindersOff"), notifier.myRemindersOff());
        off.setId("reminders-off");
        off.addValueChangeListener(e -> notifier.setMyRemindersOff(e.getValue()));
        add(off);
        Div list = new Div();
        list.setId("notification-list");
        var items = notifier.mine(100);
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.none")));
        }
        for (Notification n : items) {
            Div item = new Div();
            item.addClassName("pa-card");
            item.addClassName(n.read() ? "pa-read" : "pa-unread");
            item.getElement().setAttribute("data-kind", n.kind());
            Object[] args = n.args().toArray();
            Anchor title = new Anchor(n.link() == null ? "" : n.link(), getTranslation("notify." + n.kind() + ".title", args));
            Span when = new Span(WHEN.format(n.createdAt()));
            when.addClassName("pa-muted");
            item.add(title, new Paragraph(getTranslation("notify." + n.kind() + ".body", args)), when);
            list.add(item);
        }
        add(list);
        notifier.markAllRead();
        if (currentUser.hasRole(Role.ADMIN)) {
            Div outbox = new Div(new H2(getTranslation("notifications.outbox")));
            outbox.setId("outbox");
            notifier.outbox(50).forEach(m -> outbox.add(new Paragraph(m.get("at") + " · " + m.get("to") + " · "
                    + m.get("subject"))));
            add(outbox);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
