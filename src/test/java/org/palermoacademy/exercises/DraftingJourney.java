package org.palermoacademy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermoacademy.support.Browser.APP;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palermoacademy.support.Browser;
import org.palermoacademy.support.CaptureOnFailure;
import org.palermoacademy.support.DemoUsers;
import org.palermoacademy.support.IntegrationTest;

/**
 * A learner opens a scenario, drafts section by section and watches blocking findings disappear,
 * reloads and finds the draft intact, downloads the DOCX, submits and sees the final report.
 */
@IntegrationTest
@ExtendWith(CaptureOnFailure.class)
class DraftingJourney {

    BrowserContext browser;

    @BeforeEach
    void open() {
        browser = Browser.newContext();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private static void type(Page page, String section, String text) {
        page.locator("#section-" + section + " textarea").fill(text);
    }

    private static boolean finding(Page page, String rule) {
        return page.locator("#findings [data-rule='" + rule + "']").count() > 0;
    }

    private static void waitSaved(Page page, int atLeastRevision) {
        page.waitForFunction("r => Number(document.querySelector('#saved-at').dataset.revision) >= r", atLeastRevision);
    }

    @Test
    void draftWatchFindingsDisappearReloadExportAndSubmit() throws Exception {
        Page page = Browser.signIn(browser, DemoUsers.LEARNER2, "/exercises");
        page.waitForSelector("#exercises");
        page.click("[data-scenario='mla-castellia-videoconference-witness'] a.pa-card-title");
        page.waitForSelector("#draft-editor #findings [data-severity='blocking']");
        assertThat(finding(page, "REQ-PURPOSE")).isTrue();
        assertThat(finding(page, "REQ-LEGAL-BASIS")).isTrue();

        type(page, "legal-basis", "This request is made under art. 18 of the United Nations Convention against "
                + "Transnational Organized Crime, to which both Castellia and Estmark are parties.");
        page.waitForFunction("!document.querySelector(\"#findings [data-rule='REQ-LEGAL-BASIS']\")");
        type(page, "purpose", "The testimony is needed in order to prove at trial how the network recruited and "
                + "paid the workers.");
        page.waitForFunction("!document.querySelector(\"#findings [data-rule='REQ-PURPOSE']\")");
        assertThat(finding(page, "REQ-LEGAL-BASIS")).isFalse();
        waitSaved(page, 2);
        String savedAt = page.textContent("#saved-at");
        assertThat(savedAt).startsWith("Saved at");

        // a reload (or a crashed browser) finds the draft as autosaved
        page.reload();
        page.waitForSelector("#section-purpose textarea");
        assertThat(page.inputValue("#section-purpose textarea")).contains("in order to prove at trial");
        assertThat(page.inputValue("#section-legal-basis textarea")).contains("Transnational Organized Crime");

        Download download = page.waitForDownload(() -> page.click("#export-docx"));
        Path docx = Files.createTempFile("request", ".docx");
        download.saveAs(docx);
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes());
            assertThat(xml).contains("in order to prove at trial").contains("Request for mutual legal assistance");
        }

        page.click("#submit-draft");
        page.getByText("Once submitted the draft can no longer be changed").waitFor();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Submit to my trainer")).last().click();
        page.waitForSelector("#submission #final-report");
        assertThat(page.url()).startsWith(APP + "/submissions/");
        assertThat(page.textContent("#submitted-text")).contains("in order to prove at trial");
        assertThat(page.locator("#model-answer").count()).isEqualTo(1);

        page.navigate(APP + "/exercises");
        page.waitForSelector("[data-scenario='mla-castellia-videoconference-witness'] [data-status='submitted']");
    }

    @Test
    void scriptTypedIntoADraftIsShownAsText() {
        Page page = Browser.signIn(browser, DemoUsers.COORDINATOR, "/exercises/mla-estmark-search-seizure");
        page.waitForSelector("#section-facts textarea");
        page.onDialog(d -> {
            throw new AssertionError("a script ran: " + d.message());
        });
        type(page, "facts", "<img src=x onerror=alert(1)><script>alert(2)</script>");
        waitSaved(page, 1);
        page.reload();
        page.waitForSelector("#section-facts textarea");
        assertThat(page.inputValue("#section-facts textarea")).isEqualTo("<img src=x onerror=alert(1)><script>alert(2)</script>");
        assertThat(page.locator("img[src='x']").count()).isZero();
    }
}
