package org.palermoacademy.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.palermoacademy.certification.Certificate;
import org.palermoacademy.certification.CertificateProblem;
import org.palermoacademy.certification.CertificateStatus;
import org.palermoacademy.certification.CertificationService;
import org.palermoacademy.identity.Role;

/** Administrators: find certificates by code, holder or programme; revoke with a reason; rotate the signing key. */
@Route("admin/certificates")
@Menu(title = "nav.adminCertificates", order = 91, icon = "DIPLOMA_SCROLL")
@RolesAllowed(Role.Names.ADMIN)
class CertificatesAdminView extends Main implements HasDynamicTitle {

    private final transient CertificationService certification;
    private final transient Clock clock;
    private final Grid<Certificate> grid = new Grid<>();
    private final TextField search = new TextField();

    CertificatesAdminView(CertificationService certification, Clock clock) {
        this.certification = certification;
        this.clock = clock;
        setId("certificates-admin");
        addClassNames("pa-page", "pa-wide-page");
        add(new H1(getTranslation("cert.admin.title")));
        search.setId("certificate-search");
        search.setPlaceholder(getTranslation("cert.admin.search"));
        search.setAriaLabel(getTranslation("cert.admin.search"));
        search.setMaxLength(200);
        search.setClearButtonVisible(true);
        Button find = new Button(getTranslation("members.search"), VaadinIcon.SEARCH.create(), e -> refresh());
        find.setId("certificate-search-button");
        find.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(search);
        Button rotate = new Button(getTranslation("cert.admin.rotate"), VaadinIcon.KEY.create(), e -> {
            try {
                String kid = certification.rotateSigningKey();
                CertificationUi.done(this, "cert.admin.rotated", kid);
            } catch (CertificateProblem p) {
                CertificationUi.show(this, p);
            }
        });
        rotate.setId("rotate-key");
        Div bar = new Div(search, find, rotate);
        bar.addClassName("pa-search");
        add(bar);
        grid.setId("certificate-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Certificate::code).setHeader(getTranslation("cert.code")).setAutoWidth(true);
        grid.addColumn(Certificate::holderName).setHeader(getTranslation("verify.holder")).setSortable(true);
        grid.addColumn(Certificate::programmeTitle).setHeader(getTranslation("verify.programme")).setSortable(true);
        grid.addColumn(c -> CertificationUi.day(c.validFrom())).setHeader(getTranslation("verify.issued")).setAutoWidth(true);
        grid.addColumn(c -> CertificationUi.day(c.validUntil())).setHeader(getTranslation("verify.expires"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> CertificationUi.status(this, c.status(clock.instant())))
                .setHeader(getTranslation("cert.status")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Button revoke = new Button(getTranslation("cert.admin.revoke"), e -> confirmRevoke(c));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.addClassName("pa-revoke");
            revoke.setEnabled(c.status(clock.instant()) != CertificateStatus.REVOKED);
            revoke.getElement().setAttribute("aria-label", getTranslation("cert.admin.revokeNamed", c.code()));
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        add(grid);
        refresh();
    }

    private void refresh() {
        try {
            grid.setItems(certification.search(search.getValue()));
        } catch (CertificateProblem p) {
            CertificationUi.show(this, p);
        }
    }

    private void confirmRevoke(Certificate c) {
        Dialog d = new Dialog();
        d.setId("revoke-dialog");
        d.setHeaderTitle(getTranslation("cert.admin.revokeNamed", c.code()));
        d.add(new Paragraph(getTranslation("cert.admin.revokeText", c.holderName(), c.programmeTitle())));
        TextArea reason = new TextArea(getTranslation("cert.admin.reason"));
        reason.setId("revoke-reason");
        reason.setMaxLength(CertificationService.MAX_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        d.add(reason);
        Button cancel = new Button(getTranslation("action.cancel"), e -> d.close());
        Button confirm = new Button(getTranslation("cert.admin.revoke"), e -> {
            try {
                certification.revoke(c.id(), reason.getValue());
                d.close();
                CertificationUi.done(this, "cert.admin.revoked", c.code());
                refresh();
            } catch (CertificateProblem p) {
                CertificationUi.show(this, p);
            }
        });
        confirm.setId("confirm-revoke");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        d.getFooter().add(cancel, confirm);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cert.admin.title");
    }
}
