package org.palermoacademy.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermoacademy.support.Browser.APP;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palermoacademy.support.Browser;
import org.palermoacademy.support.CaptureOnFailure;
import org.palermoacademy.support.DemoUsers;
import org.palermoacademy.support.IntegrationTest;

/** Browser journeys through the real Keycloak login page: sign-in, role navigation, refusal, sign-out, RTL. */
@IntegrationTest
@ExtendWith(CaptureOnFailure.class)
class ShellJourney {

    private BrowserContext browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.newContext();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anonymousVisitorSeesLandingPageAndLearnerSignsInToMyLearning() {
        Page page = browser.newPage();
        page.navigate(APP + "/");
        assertThat(page.textContent("#landing")).contains("Training for international cooperation");
        page.click("#landing-sign-in");
        Browser.keycloakLogin(page, DemoUsers.LEARNER);
        page.waitForSelector("#my-learning");
        assertThat(page.url()).isEqualTo(APP + "/learning");
        assertThat(page.textContent("#my-learning")).contains("Welcome, Amina Diallo");
        String nav = page.textContent("#main-nav");
        assertThat(nav).contains("My learning").doesNotContain("My cohorts").doesNotContain("Administration");
    }

    @Test
    void trainerSeesTrainerNavigationThatLearnersDoNot() {
        Page page = Browser.signIn(browser, DemoUsers.TRAINER, "/cohorts");
        page.waitForSelector("#my-cohorts");
        String nav = page.textContent("#main-nav");
        assertThat(nav).contains("My cohorts").contains("My learning").doesNotContain("My network");
    }

    @Test
    void learnerWhoTypesATrainerUrlIsRefused() {
        Page page = Browser.signIn(browser, DemoUsers.LEARNER, "/learning");
        page.waitForSelector("#my-learning");
        page.navigate(APP + "/cohorts");
        page.waitForSelector("#access-denied");
        assertThat(page.locator("#my-cohorts").count()).isZero();
        assertThat(page.textContent("#access-denied")).contains("Not available to you");
        page.navigate(APP + "/admin");
        page.waitForSelector("#access-denied");
        assertThat(page.locator("#administration").count()).isZero();
    }

    @Test
    void signOutEndsTheKeycloakSessionToo() {
        Page page = Browser.signIn(browser, DemoUsers.LEARNER, "/learning");
        page.waitForSelector("#my-learning");
        page.click("#user-menu vaadin-menu-bar-button");
        page.click("vaadin-menu-bar-item:has-text('Sign out')");
        page.waitForSelector("#landing");
        assertThat(page.url()).isEqualTo(APP + "/");
        // a fresh visit to a protected page must ask for credentials again, not sign in silently
        page.navigate(APP + "/learning");
        page.waitForSelector("#username");
        assertThat(page.url()).startsWith("http://localhost:8181/realms/palermo/");
    }

    @Test
    void switchingToArabicFlipsTheLayoutRightToLeftAndIsRemembered() {
        Page page = Browser.signIn(browser, DemoUsers.LEARNER2, "/learning");
        page.waitForSelector("#my-learning");
        assertThat(page.evaluate("document.documentElement.dir")).isIn("ltr", "");
        page.click("#language-menu vaadin-menu-bar-button");
        page.click("vaadin-menu-bar-item[lang='ar']");
        page.waitForFunction("document.documentElement.dir === 'rtl'");
        page.waitForSelector("#my-learning");
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("ar");
        assertThat(page.textContent("#main-nav")).contains("تعلّمي");

        // stored in the profile: a new browser session signs in straight into Arabic
        BrowserContext second = Browser.newContext();
        try {
            Page again = Browser.signIn(second, DemoUsers.LEARNER2, "/learning");
            again.waitForSelector("#my-learning");
            again.waitForFunction("document.documentElement.dir === 'rtl'");
            again.click("#language-menu vaadin-menu-bar-button");
            again.click("vaadin-menu-bar-item[lang='en']");
            again.waitForFunction("document.documentElement.dir === 'ltr' && document.documentElement.lang === 'en'");
            again.waitForLoadState();
            again.waitForSelector("#my-learning");
        } finally {
            second.close();
        }
    }
}
