package org.palermoacademy.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;

/** Saves a screenshot and the HTML of every open page when a browser journey fails (target/journey-failures). */
public class CaptureOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        BrowserContext browser = Browser.lastContext();
        if (browser == null || context.getExecutionException().isEmpty()) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", "journey-failures"));
            int n = 0;
            for (Page page : browser.pages()) {
                String name = context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-" + n++;
                page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
                Files.writeString(dir.resolve(name + ".html"), page.url() + "\n" + page.content(),
                        StandardCharsets.UTF_8);
            }
        } catch (Exception e) {
            System.err.println("Could not capture the failed journey: " + e.getMessage());
        }
    }
}
