package org.palermoacademy.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.palermoacademy.support.Browser;
import org.palermoacademy.support.DemoUsers;
import org.palermoacademy.support.IntegrationTest;

/**
 * The editor's round trip while typing: from the moment a section's new text reaches the server
 * (Vaadin's lazy value change, sent 1.5 s after typing stops) until the draft is saved and the
 * checker panel has been redrawn in the browser. The 1.5 s pause is the editor's debounce, not
 * measured work; it is subtracted. Not part of the suite; run:
 * {@code ./mvnw test -Dtest=EditorRoundTripBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@IntegrationTest
class EditorRoundTripBenchmark {

    @Test
    void typingSavesAndRechecks() {
        BrowserContext context = Browser.newContext();
        Page page = Browser.signIn(context, DemoUsers.ADMIN, "/exercises/mla-aldoria-bank-records");
        page.waitForSelector("#section-facts textarea");
        String facts = "Between 5 February 2024 and 14 March 2025 Quellfuel Distribution Ltd submitted 61 subsidy claims "
                + "backed by false delivery records and obtained EUR 2,450,000. ";
        Stats stats = new Stats();
        for (int i = 0; i < 25; i++) {
            int revision = Integer.parseInt(page.getAttribute("#saved-at", "data-revision"));
            long t = System.nanoTime();
            page.fill("#section-facts textarea", facts.repeat(1 + i % 5) + i);
            page.waitForFunction("r => Number(document.querySelector('#saved-at').dataset.revision) > r", revision);
            double millis = (System.nanoTime() - t) / 1e6 - 1500;
            if (i >= 5) {
                stats.add(millis);
            }
        }
        context.close();
        System.out.println("Editor round trip, " + LocalDate.now() + ", " + Stats.machine());
        System.out.println(Stats.header());
        System.out.println(stats.row("value sent -> saved + checked + panel redrawn (debounce excluded)"));
    }
}
