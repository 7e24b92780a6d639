package org.palermoacademy.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermoacademy.support.Browser.APP;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palermoacademy.support.Browser;
import org.palermoacademy.support.CaptureOnFailure;
import org.palermoacademy.support.DemoUsers;
import org.palermoacademy.support.IntegrationTest;

/**
 * A tutored exercise end to end, in a real browser against the real Keycloak: the trainer creates a
 * cohort, imports learners from CSV and assigns an MLA scenario due in a week; the learner drafts and
 * submits; the trainer returns it with a comment; the learner sees the comment, revises and
 * resubmits; the trainer grades; the grid and the CSV export show the grade.
 */
@IntegrationTest
@ExtendWith(CaptureOnFailure.class)
class TutoringJourney {

    static final String SCENARIO = "mla-aldoria-bank-records";
    static final String TITLE = "Tracing fuel-fraud proceeds through Berenian bank accounts";

    BrowserContext trainerBrowser;
    BrowserContext learnerBrowser;

    @BeforeEach
    void open() {
        trainerBrowser = Browser.newContext();
        learnerBrowser = Browser.newContext();
    }

    @AfterEach
    void close() {
        trainerBrowser.close();
        learnerBrowser.close();
    }

    @Test
    void cohortImportAssignDraftReturnReviseGradeAndExport() throws Exception {
        // the trainer creates a cohort
        Page trainer = Browser.signIn(trainerBrowser, DemoUsers.TRAINER, "/cohorts");
        trainer.waitForSelector("#my-cohorts");
        trainer.click("#new-cohort");
        String cohortName = "Central authorities, spring " + System.nanoTime();
        trainer.fill("#cohort-name input", cohortName);
        trainer.click("#save-cohort");
        trainer.waitForSelector("#cohort #cohort-tabs");
        assertThat(trainer.textContent("#cohort h1")).isEqualTo(cohortName);
        String cohortUrl = trainer.url();

        // ... imports learners from a CSV file and gets a report for every row
        trainer.click("#tab-learners");
        String csv = "email\namina.diallo@example.org\nnot an address\namina.diallo@example.org\n";
        trainer.setInputFiles("#csv-upload input[type=file]", new FilePayload("learners.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        trainer.waitForSelector("#import-rows");
        trainer.waitForSelector("#import-rows [data-outcome='INVALID_EMAIL']");
        trainer.waitForSelector("#import-rows [data-outcome='DUPLICATE_IN_FILE']");
        assertThat(trainer.locator("#import-rows [data-outcome='ADDED'], #import-rows [data-outcome='PENDING']").count())
                .isEqualTo(1);
        trainer.click("#import-done");
        // the list is rebuilt after "done": wait for the grid to render the new member's row
        trainer.waitForSelector("#member-list vaadin-grid-cell-content:has-text('amina.diallo@example.org')");

        // ... and assigns the MLA scenario, due in a week (the form's default)
        trainer.click("#tab-assignments");
        trainer.click("#new-assignment");
        trainer.fill("#assign-item input", "Tracing fuel-fraud");
        trainer.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(TITLE)).first().click();
        trainer.fill("#assign-instructions textarea", "Draft the request to Berenia for the bank records.");
        trainer.click("#save-assignment");
        trainer.waitForSelector("#assignment-list");
        assertThat(trainer.textContent("#assignment-list")).contains(TITLE)
                .contains(LocalDate.now(ZoneOffset.UTC).plusWeeks(1).toString());

        // the learner finds it under "Assigned to me" and drafts
        Page learner = Browser.signIn(learnerBrowser, DemoUsers.LEARNER, "/assigned");
        learner.waitForSelector("#assigned [data-item='" + SCENARIO + "']");
        assertThat(learner.textContent("#assigned [data-item='" + SCENARIO + "']"))
                .contains("Draft the request to Berenia").contains("Not started");
        learner.click("#assigned [data-item='" + SCENARIO + "'] a.pa-card-title");
        learner.waitForSelector("#draft-editor #section-facts textarea");
        learner.locator("#section-facts textarea").fill("Viktor Hale moved money through accounts in Berenia.");
        learner.waitForFunction("() => Number(document.querySelector('#saved-at').dataset.revision) >= 1");
        submit(learner);

        // the trainer returns it with a comment on the facts
        trainer.navigate(APP + "/reviews");
        trainer.waitForSelector("#queue");
        trainer.locator("#queue a.pa-review-link").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(TITLE)).first().click();
        trainer.waitForSelector("#review #rubric");
        trainer.locator("#comment-facts textarea").fill("Give the amounts and the dates of each transfer.");
        trainer.click("#return-submission");
        trainer.waitForURL(APP + "/reviews");

        // the learner sees the comment next to the draft, revises and resubmits
        learner.navigate(APP + "/exercises/" + SCENARIO);
        learner.waitForSelector("#draft-editor #trainer-review");
        assertThat(learner.textContent("#trainer-review")).contains("Give the amounts and the dates of each transfer.");
        learner.locator("#section-facts textarea").fill("Viktor Hale received EUR 640,000 in three transfers "
                + "between 3 and 9 March 2026 through accounts in Berenia.");
        learner.waitForFunction("() => Number(document.querySelector('#saved-at').dataset.revision) >= 3");
        submit(learner);

        // the trainer grades the resubmission
        trainer.navigate(APP + "/reviews");
        trainer.locator("#queue a.pa-review-link").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(TITLE)).first().click();
        trainer.waitForSelector("#review #rubric");
        int criteria = trainer.locator("#rubric vaadin-radio-group").count();
        assertThat(criteria).isGreaterThanOrEqualTo(4);
        for (int i = 0; i < criteria; i++) {
            trainer.locator("#rubric vaadin-radio-group").nth(i).locator("vaadin-radio-button").nth(1).click();
        }
        // every criterion competent: 2 of 3 points on each, whatever the weights; the score follows each click
        trainer.waitForSelector("#live-score:has-text('(67%)')");
        trainer.locator("#review-comment textarea").fill("Competent throughout.");
        trainer.click("#grade-submission");
        trainer.waitForURL(APP + "/reviews");

        // the grid and its CSV show the grade
        trainer.navigate(cohortUrl);
        trainer.waitForSelector("#cohort-grid [data-status='graded']");
        assertThat(trainer.textContent("#cohort-grid [data-status='graded']")).contains("67%");
        Download download = trainer.waitForDownload(() -> trainer.click("#export-csv"));
        String exported = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(exported).contains("amina.diallo@example.org").contains("Graded").contains("67");

        // the learner is told and sees the review next to the submission
        learner.navigate(APP + "/assigned");
        learner.waitForSelector("#assigned [data-item='" + SCENARIO + "'] [data-status='graded']");
        learner.waitForSelector("#unread-count");
        learner.navigate(APP + "/notifications");
        learner.waitForSelector("#notification-list [data-kind='graded']");
        learner.waitForSelector("#notification-list [data-kind='returned']");
        learner.click("#notification-list [data-kind='graded'] a");
        learner.waitForSelector("#submission #trainer-review #review-score");
        assertThat(learner.textContent("#review-score")).contains("67%");
    }

    private static void submit(Page learner) {
        learner.click("#submit-draft");
        learner.getByText("Once submitted the draft can no longer be changed").waitFor();
        learner.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Submit to my trainer")).last().click();
        learner.waitForSelector("#submission #final-report");
    }
}
