package org.palermoacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.palermoacademy.catalog.Catalog;
import org.palermoacademy.catalog.Programme;
import org.palermoacademy.exercises.DraftService;
import org.palermoacademy.exercises.DraftView;
import org.palermoacademy.exercises.SubmissionView;
import org.palermoacademy.identity.Role;
import org.palermoacademy.learning.internal.ProgressStore;
import org.palermoacademy.support.AsUser;
import org.palermoacademy.support.Browser;
import org.palermoacademy.support.DemoUsers;
import org.palermoacademy.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A learner who has met a programme's requirements finds the certificate under My certificates and
 * downloads the PDF; an anonymous visitor verifies it by code; the coordinator of the learner's network
 * sees it on the dashboard and exports the CSV; an administrator revokes it and verification says revoked.
 */
@IntegrationTest
class CertificationJourney {

    static final String PROGRAMME = "mla-practitioner";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ProgressStore progressStore;
    @Autowired
    DraftService drafts;
    @Autowired
    Catalog catalog;

    BrowserContext learnerBrowser;
    BrowserContext visitorBrowser;
    BrowserContext coordinatorBrowser;
    BrowserContext adminBrowser;

    @BeforeEach
    void open() {
        learnerBrowser = Browser.newContext();
        visitorBrowser = Browser.newContext();
        coordinatorBrowser = Browser.newContext();
        adminBrowser = Browser.newContext();
    }

    @AfterEach
    void close() {
        learnerBrowser.close();
        visitorBrowser.close();
        coordinatorBrowser.close();
        adminBrowser.close();
    }

    private String subject(String username) {
        return mongo.findOne(Query.query(Criteria.where("username").is(username)), Document.class, "users").getString("_id");
    }

    @Test
    void earnDownloadVerifyReportAndRevoke() throws Exception {
        Page learner = Browser.signIn(learnerBrowser, DemoUsers.LEARNER3, "/certificates");
        learner.waitForSelector("#my-certificates #programme-list");
        String learnerId = subject(DemoUsers.LEARNER3);
        Page admin = Browser.signIn(adminBrowser, DemoUsers.ADMIN, "/admin/certificates");
        admin.waitForSelector("#certificates-admin");
        String adminId = subject(DemoUsers.ADMIN);

        // the learner has completed the programme's courses and had its exercise graded 85%
        Programme p = AsUser.call(learnerId, () -> catalog.programme(PROGRAMME).orElseThrow(), Role.LEARNER);
        Instant now = Instant.now();
        for (String course : p.requiredCourses()) {
            progressStore.enrol(learnerId, course, "v", now);
            progressStore.markCompleted(learnerId, course, "v", now);
        }
        for (Programme.ExerciseRequirement x : p.requiredExercises()) {
            SubmissionView s = AsUser.call(learnerId, () -> {
                DraftView d = drafts.openDraft(x.scenarioId());
                DraftView saved = drafts.save(d.id(), Map.of(), "Request for the bank records of Viktor Hale.", true,
                        d.revision());
                return drafts.submit(saved.id(), DraftService.submitKey(saved.id(), saved.revision()));
            }, Role.LEARNER);
            AsUser.call(adminId, () -> drafts.markGraded(s.id(), 85), Role.ADMIN);
        }

        // My certificates shows it, valid, with a code; the PDF carries the holder, programme and code
        learner.reload();
        learner.waitForSelector("#certificate-list [data-programme], #certificate-list [data-code]");
        String code = learner.getAttribute("#certificate-list [data-code]", "data-code");
        assertThat(code).matches("PA-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(learner.textContent("#certificate-list [data-code] [data-status]")).isEqualTo("Valid");
        Download pdf = learner.waitForDownload(() -> learner.click("#certificate-list a.pa-download-pdf"));
        byte[] bytes = Files.readAllBytes(pdf.path());
        try (PdfReader reader = new PdfReader(bytes)) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Kwame Asante").contains(p.title()).contains(code);
        }

        // an anonymous visitor verifies it by code (as the QR code leads them to)
        Page visitor = visitorBrowser.newPage();
        visitor.navigate(Browser.APP + "/verify/" + code);
        visitor.waitForSelector("#verify-result[data-outcome='valid']");
        assertThat(visitor.textContent("#verify-result")).contains("Kwame Asante").contains(p.title())
                .contains("Palermo Academy");
        visitor.fill("#verify-code input", "PA-2222-3333-4444");
        visitor.click("#verify-button");
        visitor.waitForSelector("#verify-result[data-outcome='not_found']");

        // the WACAP coordinator sees the certified staff member on the dashboard and exports CSV
        Page coordinator = Browser.signIn(coordinatorBrowser, DemoUsers.COORDINATOR, "/network/WACAP/dashboard");
        coordinator.waitForSelector("#network-dashboard #dash-countries");
        coordinator.waitForSelector("#dash-chart svg [data-country='GH']");
        Download csv = coordinator.waitForDownload(() -> coordinator.click("#dash-export-csv"));
        String exported = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(exported).contains("GH").contains("INTERPOL NCB Accra");
        String ghLine = exported.lines().filter(l -> l.contains(",GH,") && !l.contains("INTERPOL")).findFirst().orElseThrow();
        assertThat(ghLine.split(",")[5]).isNotEqualTo("0"); // certified staff in Ghana

        // the administrator revokes it with a reason; verification now says revoked
        admin.fill("#certificate-search input", code);
        admin.click("#certificate-search-button");
        admin.waitForSelector("#certificate-grid vaadin-grid-cell-content:has-text('" + code + "')");
        admin.locator("#certificate-grid vaadin-button.pa-revoke").first().click();
        admin.fill("#revoke-reason textarea", "Issued on a grade entered in error.");
        admin.click("#confirm-revoke");
        admin.waitForSelector("#certificate-grid [data-status='revoked']");
        visitor.navigate(Browser.APP + "/verify/" + code);
        visitor.waitForSelector("#verify-result[data-outcome='revoked']");
        assertThat(visitor.textContent("#verify-result")).contains("Revoked on");
    }
}
