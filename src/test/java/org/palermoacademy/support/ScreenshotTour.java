package org.palermoacademy.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (its name matches no Surefire include): a developer's tour that saves
 * screenshots of the main pages at desktop and phone width into target/screenshots, for review.
 * Run with {@code ./mvnw test -Dtest=ScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class ScreenshotTour {

    static final List<String> PAGES = List.of("/learning", "/courses", "/courses/mla-art18",
            "/courses/mla-art18/lessons/mla-content-of-request", "/courses/mla-art18/quizzes/mla-final-quiz",
            "/cases", "/library", "/matrices/jit-issues", "/profile");

    @Test
    void tour() {
        for (int width : new int[] {1280, 360}) {
            BrowserContext context = Browser.newContext();
            try {
                Page page = Browser.signIn(context, DemoUsers.TRAINER, "/learning");
                page.setViewportSize(width, 800);
                for (String path : PAGES) {
                    page.navigate(Browser.APP + path);
                    page.waitForTimeout(1500);
                    String name = width + path.replaceAll("[^a-z0-9]+", "-") + ".png";
                    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name))
                            .setFullPage(false));
                }
            } finally {
                context.close();
            }
        }
    }
}
