package org.palermoacademy.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.identity.CurrentUser;

/** Shown when a signed-in person opens a page their roles do not allow; the attempt is audited. */
@AnonymousAllowed
class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final transient AuditLog audit;
    private final transient CurrentUser currentUser;

    AccessDeniedView(AuditLog audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
        setId("access-denied");
        addClassName("pa-page");
        Anchor home = new Anchor("", getTranslation("error.backHome"));
        add(new H1(getTranslation("error.denied.title")), new Paragraph(getTranslation("error.denied.text")), home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        audit.record(currentUser.id().orElse("anonymous"), "access-denied",
                "route:" + event.getLocation().getPath(), Map.of());
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.denied.title");
    }
}
