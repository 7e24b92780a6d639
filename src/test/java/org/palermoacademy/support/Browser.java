package org.palermoacademy.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium (Debian's, never a downloaded one) for the whole test run; each test opens
 * its own context, i.e. a fresh cookie jar, so sign-ins never leak between tests.
 */
public final class Browser {

    public static final String APP = "http://localhost:8089";
    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;
    private static volatile BrowserContext lastContext;

    /** The context most recently opened (for failure capture). */
    static BrowserContext lastContext() {
        return lastContext;
    }

    private Browser() {
    }

    public static synchronized BrowserContext newContext() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            String chromium = System.getProperty("palermo.test.chromium", "/usr/bin/chromium");
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(chromium))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--disable-dev-shm-usage")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        BrowserContext context = browser.newContext(new NewContextOptions().setLocale("en-GB")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        context.setDefaultNavigationTimeout(60_000);
        lastContext = context;
        return context;
    }

    /** Signs in through the real Keycloak login page, starting from a protected app page. */
    public static Page signIn(BrowserContext context, String username, String startPath) {
        Page page = context.newPage();
        page.navigate(APP + startPath);
        keycloakLogin(page, username);
        return page;
    }

    public static void keycloakLogin(Page page, String username) {
        page.waitForSelector("#username");
        page.fill("#username", username);
        page.fill("#password", DemoUsers.PASSWORD);
        page.click("#kc-login");
        page.waitForURL(url -> url.startsWith(APP));
    }
}
