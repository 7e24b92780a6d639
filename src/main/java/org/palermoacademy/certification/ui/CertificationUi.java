package org.palermoacademy.certification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.palermoacademy.certification.CertificateProblem;
import org.palermoacademy.certification.CertificateStatus;

/** Pieces the certification views share. */
final class CertificationUi {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private CertificationUi() {
    }

    static String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    /** A status badge readable without colour (the text says it). */
    static Span status(Component context, CertificateStatus status) {
        Span badge = new Span(context.getTranslation(status.key()));
        badge.getElement().getThemeList().add(switch (status) {
            case VALID -> "badge success";
            case EXPIRED -> "badge contrast";
            case REVOKED -> "badge error";
        });
        badge.getElement().setAttribute("data-status", status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static void show(Component context, CertificateProblem p) {
        Notification n = Notification.show(context.getTranslation(p.key(), p.args()), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("problem");
    }

    static void done(Component context, String key, Object... args) {
        Notification n = Notification.show(context.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
