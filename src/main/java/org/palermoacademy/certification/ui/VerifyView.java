package org.palermoacademy.certification.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.palermoacademy.certification.VerificationResult;
import org.palermoacademy.certification.VerificationService;

/**
 * The public verification page (no sign-in): by the code printed on a certificate (also reached from
 * its QR code), or by uploading or pasting the credential. Shows holder, programme, issuer, dates and
 * the status — never a bare "valid".
 */
@Route("verify/:code?")
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient VerificationService verification;
    private final TextField code = new TextField();
    private final Div result = new Div();
    private final String client;

    VerifyView(VerificationService verification) {
        this.verification = verification;
        VaadinRequest request = VaadinRequest.getCurrent();
        this.client = request == null ? "unknown" : request.getRemoteAddr();
        setId("verify");
        addClassName("pa-page");
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")));
        code.setId("verify-code");
        code.setLabel(getTranslation("verify.code"));
        code.setPlaceholder("PA-XXXX-XXXX-XXXX");
        code.setMaxLength(40);
        Button check = new Button(getTranslation("verify.check"), e -> show(verification.byCode(code.getValue(), client)));
        check.setId("verify-button");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER).listenOn(code);
        Div byCode = new Div(code, check);
        byCode.addClassName("pa-search");
        add(byCode);
        add(new H2(getTranslation("verify.byFile")), new Paragraph(getTranslation("verify.byFile.help")));
        var ui = com.vaadin.flow.component.UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() ->
                show(verification.byCredential(new String(bytes, StandardCharsets.UTF_8), client)))));
        upload.setId("credential-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(VerificationService.MAX_UPLOAD_CHARS);
        upload.setAcceptedFileTypes(".jwt", ".json", ".txt", "application/json", "text/plain");
        add(upload);
        TextArea paste = new TextArea(getTranslation("verify.paste"));
        paste.setId("credential-text");
        paste.setMaxLength(VerificationService.MAX_UPLOAD_CHARS);
        paste.setWidthFull();
        Button checkPaste = new Button(getTranslation("verify.check"), e -> show(verification.byCredential(paste.getValue(),
                client)));
        checkPaste.setId("verify-text-button");
        add(paste, checkPaste);
        result.setId("verify-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(c -> {
            code.setValue(c.length() > 40 ? c.substring(0, 40) : c);
            show(verification.byCode(c, client));
        });
    }

    private void show(VerificationResult r) {
        result.removeAll();
        String outcome = r.outcome().name().toLowerCase(Locale.ROOT);
        result.getElement().setAttribute("data-outcome", outcome);
        Div card = new Div();
        card.addClassNames("pa-card", "pa-verify-" + outcome);
        Span badge = new Span(getTranslation(r.outcome().key()));
        badge.getElement().getThemeList().add(switch (r.outcome()) {
            case VALID -> "badge success";
            case EXPIRED -> "badge contrast";
            default -> "badge error";
        });
        badge.setId("verify-status");
        card.add(new H2(badge));
        if (r.holderName() != null) {
            card.add(line("verify.holder", r.holderName()), line("verify.programme", r.programmeTitle()),
                    line("verify.issuer", r.issuer()), line("verify.issued", CertificationUi.day(r.issuedAt())),
                    line("verify.expires", CertificationUi.day(r.validUntil())), line("verify.code", r.code()));
            if (r.revokedAt() != null) {
                card.add(line("verify.revoked", CertificationUi.day(r.revokedAt())));
            }
            card.add(new Paragraph(getTranslation(r.signatureValid() ? "verify.signature.ok" : "verify.signature.bad")));
        } else {
            card.add(new Paragraph(getTranslation(r.outcome().key() + ".help")));
        }
        result.add(card);
    }

    private Paragraph line(String key, String value) {
        Paragraph p = new Paragraph();
        Span label = new Span(getTranslation(key) + ": ");
        label.addClassName("pa-muted");
        Span v = new Span(value == null ? "" : value);
        v.getElement().setAttribute("data-field", key.substring(key.indexOf('.') + 1));
        p.add(label, v);
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
