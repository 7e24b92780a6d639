package org.palermoacademy.shell.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.palermoacademy.audit.AuditEvent;
import org.palermoacademy.audit.AuditLog;
import org.palermoacademy.identity.Role;

/** The administrators' home: for now, the latest entries of the audit trail. */
@Route("admin")
@Menu(title = "nav.administration", order = 90, icon = "COG")
@RolesAllowed(Role.Names.ADMIN)
class AdministrationView extends Main implements HasDynamicTitle {

    AdministrationView(AuditLog audit) {
        setId("administration");
        addClassName("pa-page");
        add(new H1(getTranslation("admin.title")), new Paragraph(getTranslation("admin.intro")),
                new H2(getTranslation("admin.audit.title")));
        var list = new com.vaadin.flow.component.html.UnorderedList();
        list.setId("audit-list");
        for (AuditEvent e : audit.latest(20)) {
            // text only: Span/ListItem escape their content
            list.add(new com.vaadin.flow.component.html.ListItem(
                    e.at() + " · " + e.actor() + " · " + e.action() + " · " + e.target()));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.administration");
    }
}
