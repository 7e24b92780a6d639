package org.palermoacademy.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.palermoacademy.support.Browser.APP;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palermoacademy.catalog.Course;
import org.palermoacademy.catalog.Quiz;
import org.palermoacademy.catalog.internal.ContentLoader;
import org.palermoacademy.support.Browser;
import org.palermoacademy.support.CaptureOnFailure;
import org.palermoacademy.support.DemoUsers;
import org.palermoacademy.support.IntegrationTest;

/** A learner takes the MLA course end to end in a real browser; and the same course in French. */
@IntegrationTest
@ExtendWith(CaptureOnFailure.class)
class CourseJourney {

    static Course mla;
    BrowserContext browser;

    @BeforeAll
    static void content() {
        mla = ContentLoader.load(Path.of("content")).courses().get("mla-art18");
    }

    @BeforeEach
    void open() {
        browser = Browser.newContext();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void learnerFindsTheMlaCourseReadsResumesPassesTheQuizAndSeesItCompleted() {
        Page page = Browser.signIn(browser, DemoUsers.LEARNER, "/learning");
        page.waitForSelector("#my-learning");
        page.click("#main-nav >> text=Courses");
        page.waitForSelector("#catalog");
        page.fill("#course-search input", "mutual legal");
        page.waitForFunction("document.querySelectorAll('.pa-course-card').length < 7");
        Locator card = page.locator(".pa-course-card[data-course='mla-art18']");
        card.waitFor();
        card.locator("a.pa-card-title").click();
        page.waitForSelector("#course");

        List<String> lessons = mla.lessonIds();
        page.click("#resume");
        waitForLesson(page, lessons.get(0));
        page.locator(".pa-chip").first().click();
        assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog").first().textContent()).contains("Article 18");
        page.keyboard().press("Escape");
        complete(page);
        page.click("#next-lesson");
        waitForLesson(page, lessons.get(1));
        complete(page);

        // leave, come back: the course page resumes at the last lesson read
        page.navigate(APP + "/learning");
        page.waitForSelector("#in-progress [data-course='mla-art18']");
        page.navigate(APP + "/courses/mla-art18");
        page.waitForSelector("#course [data-lesson]");
        assertThat(page.locator("li[data-done='true']").count()).isEqualTo(2);
        page.click("#resume");
        waitForLesson(page, lessons.get(1));

        for (String lesson : lessons.subList(2, lessons.size())) {
            page.navigate(APP + "/courses/mla-art18/lessons/" + lesson);
            waitForLesson(page, lesson);
            complete(page);
        }
        page.click("#to-final-quiz");
        page.waitForSelector("#quiz .pa-question");
        answerCorrectly(page, mla.finalQuiz());
        page.click("#submit-quiz");
        page.waitForSelector("#quiz-score");
        assertThat(page.getAttribute("#quiz-score", "data-passed")).isEqualTo("true");

        page.navigate(APP + "/learning");
        page.waitForSelector("#completed [data-course='mla-art18']");
        assertThat(page.locator("#in-progress [data-course='mla-art18']").count()).isZero();
    }

    @Test
    void theSameCourseInFrenchShowsTranslatedLessonsAndFallsBackToEnglishElsewhere() {
        Page page = Browser.signIn(browser, DemoUsers.COORDINATOR, "/courses/mla-art18");
        page.waitForSelector("#course");
        page.click("#language-menu vaadin-menu-bar-button");
        page.click("vaadin-menu-bar-item[lang='fr']");
        page.waitForFunction("document.documentElement.lang === 'fr'");
        try {
            page.waitForSelector("#course h1");
            assertThat(page.textContent("#course h1")).isEqualTo(mla.translations().get(
                    org.palermoacademy.shared.Language.FR).title());
            String translated = mla.lessonIds().get(0);
            page.navigate(APP + "/courses/mla-art18/lessons/" + translated);
            page.waitForSelector("#lesson-body");
            assertThat(page.getAttribute("#lesson-body", "lang")).isEqualTo("fr");
            assertThat(page.locator("#fallback-note").count()).isZero();
            assertThat(page.textContent("#mark-complete")).isEqualTo("Marquer comme terminée");

            String untranslated = mla.lessonIds().get(3);
            page.navigate(APP + "/courses/mla-art18/lessons/" + untranslated);
            page.waitForSelector("#fallback-note");
            assertThat(page.getAttribute("#lesson-body", "lang")).isEqualTo("en");
        } finally {
            page.click("#language-menu vaadin-menu-bar-button");
            page.click("vaadin-menu-bar-item[lang='en']");
            page.waitForFunction("document.documentElement.lang === 'en'");
            page.waitForLoadState();
            page.waitForSelector("#lesson-body");
        }
    }

    private static void waitForLesson(Page page, String lessonId) {
        page.waitForURL(Pattern.compile(".*/lessons/" + Pattern.quote(lessonId) + "$"));
        page.waitForSelector("#lesson-body");
    }

    private static void complete(Page page) {
        Locator button = page.locator("#mark-complete");
        if (button.isEnabled()) {
            button.click();
        }
        page.waitForFunction("document.querySelector('#mark-complete').hasAttribute('disabled')");
    }

    /** Answers every question of the quiz with the key from the content files, through the real widgets. */
    static void answerCorrectly(Page page, Quiz quiz) {
        for (Quiz.Question q : quiz.questions()) {
            Locator card = page.locator("#q-" + q.id());
            switch (q.type()) {
                case SINGLE -> card.locator("vaadin-radio-button").filter(new Locator.FilterOptions()
                        .setHasText(optionText(q, q.correctOptions().iterator().next()))).first().click();
                case MULTIPLE -> q.correctOptions().forEach(id -> card.locator("vaadin-checkbox")
                        .filter(new Locator.FilterOptions().setHasText(optionText(q, id))).first().click());
                case TRUE_FALSE -> card.locator("vaadin-radio-button").nth(q.correctBoolean() ? 0 : 1).click();
                case MATCHING -> {
                    for (int i = 0; i < q.pairs().size(); i++) {
                        Locator select = page.locator("#match-" + q.id() + "-" + i);
                        select.click();
                        select.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions()
                                .setName(q.pairs().get(i).right()).setExact(true)).click();
                    }
                }
                case ORDERING -> order(card, q.items());
            }
        }
    }

    private static String optionText(Quiz.Question q, String optionId) {
        return q.options().stream().filter(o -> o.id().equals(optionId)).findFirst().orElseThrow().text();
    }

    private static void order(Locator card, List<String> target) {
        for (int t = 0; t < target.size(); t++) {
            while (true) {
                List<String> current = card.locator("li[data-item]").all().stream()
                        .map(li -> li.getAttribute("data-item")).toList();
                int at = current.indexOf(target.get(t));
                if (at == t) {
                    break;
                }
                card.locator("li[data-item]").nth(at).locator(".pa-up").click();
                card.page().waitForFunction("([sel, i, text]) => document.querySelectorAll(sel)[i]"
                        + "?.getAttribute('data-item') === text", List.of("#" + card.getAttribute("id")
                        + " li[data-item]", at - 1, target.get(t)));
            }
        }
    }
}
