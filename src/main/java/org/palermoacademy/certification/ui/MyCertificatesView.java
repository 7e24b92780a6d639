package org.palermoacademy.certification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.palermoacademy.certification.Certificate;
import org.palermoacademy.certification.CertificationService;
import org.palermoacademy.certification.ProgrammeProgress;
import org.palermoacademy.certification.Requirement;
import org.palermoacademy.shared.Language;

/**
 * "My certificates": the certificates earned (status, validity, code, downloads as PDF, signed credential
 * and JSON, link to the public verification page) and where the learner stands on each programme,
 * including an open renewal window.
 */
@Route("certificates")
@Menu(title = "nav.certificates", order = 12, icon = "DIPLOMA")
@PermitAll
class MyCertificatesView extends Main implements HasDynamicTitle {

    private final transient CertificationService certification;
    private final transient Clock clock;

    MyCertificatesView(CertificationService certification, Clock clock) {
        this.certification = certification;
        this.clock = clock;
        setId("my-certificates");
        addClassName("pa-page");
        add(new H1(getTranslation("cert.mine.title")));
        List<Certificate> mine = certification.mine();
        Section held = new Section(new H2(getTranslation("cert.mine.held")));
        held.setId("certificate-list");
        if (mine.isEmpty()) {
            held.add(new Paragraph(getTranslation("cert.mine.none")));
        } else {
            Div cards = new Div();
            cards.addClassName("pa-cards");
            mine.forEach(c -> cards.add(card(c)));
            held.add(cards);
        }
        add(held);
        Section programmes = new Section(new H2(getTranslation("cert.programmes.title")));
        programmes.setId("programme-list");
        programmes.add(new Paragraph(getTranslation("cert.programmes.intro")));
        certification.myProgrammes().forEach(p -> programmes.add(programme(p)));
        add(programmes);
    }

    private Component card(Certificate c) {
        Div card = new Div();
        card.addClassName("pa-card");
        card.getElement().setAttribute("data-certificate", c.id());
        card.getElement().setAttribute("data-code", c.code());
        card.add(new H3(c.programmeTitle()), CertificationUi.status(this, c.status(clock.instant())));
        card.add(new Paragraph(getTranslation("cert.validity", CertificationUi.day(c.validFrom()),
                CertificationUi.day(c.validUntil()))));
        Span code = new Span(c.code());
        code.addClassName("pa-code");
        card.add(new Paragraph(new Span(getTranslation("cert.code") + " "), code));
        if (c.renews() != null) {
            card.add(new Paragraph(getTranslation("cert.renewal")));
        }
        if (c.revokedAt() != null) {
            card.add(new Paragraph(getTranslation("cert.revokedOn", CertificationUi.day(c.revokedAt()))));
        }
        Map<String, String> labels = new HashMap<>();
        for (String k : new String[] {"title", "awardedTo", "forCompleting", "issuedBy", "issuedOn", "validUntil", "code",
                "verifyAt"}) {
            labels.put("cert.pdf." + k, getTranslation("cert.pdf." + k));
        }
        Language lang = Language.of(getLocale());
        Anchor pdf = download(c, "pdf", () -> certification.pdf(c.id(), lang, k -> labels.getOrDefault(k, k)),
                "application/pdf", "cert.download.pdf");
        pdf.addClassName("pa-download-pdf");
        Anchor jwt = download(c, "jwt", () -> certification.credentialJwt(c.id()).getBytes(StandardCharsets.US_ASCII),
                "application/vc+jwt", "cert.download.jwt");
        Anchor json = download(c, "json", () -> certification.credentialJson(c.id()).getBytes(StandardCharsets.UTF_8),
                "application/json", "cert.download.json");
        Anchor verify = new Anchor("verify/" + c.code(), getTranslation("cert.verifyLink"));
        Div actions = new Div(pdf, jwt, json, verify);
        actions.addClassName("pa-editor-actions");
        card.add(actions);
        return card;
    }

    private Anchor download(Certificate c, String ext, java.util.function.Supplier<byte[]> bytes, String type, String key) {
        String file = "certificate-" + c.code() + "." + ext;
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] b = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(b), file, type, b.length);
        }), getTranslation(key));
        a.getElement().setAttribute("download", file);
        return a;
    }

    private Component programme(ProgrammeProgress p) {
        Div box = new Div();
        box.addClassName("pa-card");
        box.getElement().setAttribute("data-programme", p.programme().id());
        Language lang = Language.of(getLocale());
        box.add(new H3(p.programme().title(lang)), new Paragraph(p.programme().description(lang)));
        box.add(new Paragraph(getTranslation("cert.programme.validity", p.programme().validity().getYears(),
                p.programme().renewalWindowDays())));
        if (p.current() == null) {
            box.add(new Paragraph(getTranslation("cert.programme.progress", p.metCount(), p.requirements().size())));
            box.add(requirements(p.requirements()));
        } else if (p.renewalOpen()) {
            box.add(new Paragraph(getTranslation("cert.programme.renewalOpen", CertificationUi.day(p.current().validUntil()))));
            box.add(requirements(p.renewalOptions()));
        } else {
            box.add(new Paragraph(getTranslation("cert.programme.held", CertificationUi.day(p.renewalOpensAt()))));
        }
        return box;
    }

    private UnorderedList requirements(List<Requirement> list) {
        UnorderedList ul = new UnorderedList();
        ul.addClassName("pa-requirements");
        for (Requirement r : list) {
            String text = r.kind() == Requirement.Kind.COURSE ? getTranslation("cert.req.course", r.title())
                    : getTranslation("cert.req.exercise", r.title(), r.minPercent())
                            + (r.best() == null ? "" : " · " + getTranslation("cert.req.best", r.best()));
            ListItem li = new ListItem((r.met() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create(),
                    new Span(" " + text + " — " + getTranslation(r.met() ? "cert.req.met" : "cert.req.notMet")));
            li.getElement().setAttribute("data-met", String.valueOf(r.met()));
            ul.add(li);
        }
        return ul;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.certificates");
    }
}
