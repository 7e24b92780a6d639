package org.palermoacademy.assignments.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.palermoacademy.assignments.AssignmentProblem;
import org.palermoacademy.assignments.WorkStatus;

/** Small pieces the trainers' and learners' views share. */
final class AssignmentsUi {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private AssignmentsUi() {
    }

    /** A colour-coded status with its score, readable without colour (the text says it). */
    static Span status(Component context, WorkStatus status, Integer score) {
        String text = context.getTranslation(status.key()) + (score == null ? "" : " · " + score + "%");
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme(status));
        badge.addClassName("pa-status");
        badge.getElement().setAttribute("data-status", status.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private static String theme(WorkStatus s) {
        return switch (s) {
            case GRADED, COMPLETED -> "success";
            case SUBMITTED -> "";
            case RETURNED, IN_PROGRESS -> "contrast";
            case OVERDUE -> "error";
            case NOT_STARTED, SCHEDULED -> "contrast pa-status-quiet";
        };
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** Shows a refusal from the services in the user's language. */
    static void show(Component context, AssignmentProblem p) {
        Notification n = Notification.show(context.getTranslation(p.key(), p.args()), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("problem");
    }

    static void done(Component context, String key, Object... args) {
        Notification n = Notification.show(context.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
