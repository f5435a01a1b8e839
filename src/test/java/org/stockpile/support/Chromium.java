package org.stockpile.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * A real Chromium, driven by Playwright: Debian's package, which {@code .ci/run} installs; nothing is downloaded.
 * Another executable can be named with {@code -Dstockpile.chromium=/path/to/chromium}.
 */
public final class Chromium implements AutoCloseable {

    /** Where screenshots are kept as build artifacts (and taken from for the user guides). */
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** A counter PC's screen. */
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        Path executable = Paths.get(System.getProperty("stockpile.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("The browser tests need Chromium at " + executable
                    + ": install Debian's package (apt-get install chromium), as .ci/run does, or name another one "
                    + "with -Dstockpile.chromium=...");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // Without the background services off, Chromium keeps trying to reach Google's hosts on a closed network.
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    /** A new browser window of its own (cookies, session), in {@code language}, on a counter PC's screen. */
    public Page newPage(String language) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(language)
                .setViewportSize(WIDTH, HEIGHT));
        return context.newPage();
    }

    /** Opens {@code address} and signs in at the built-in provider's login page as the demo user {@code user}. */
    public static void signIn(Page page, String address, String user) {
        page.navigate(address);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(user).setExact(true)).click();
        page.waitForURL(address);
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
