package org.stockpile.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * A real Chromium, driven by Playwright: Debian's package, which {@code .ci/run} installs; nothing is downloaded.
 * Another executable can be named with {@code -Dstockpile.chromium=/path/to/chromium}. A test class registers one
 * ({@code @RegisterExtension static final Chromium CHROMIUM = new Chromium();}): it starts before the class's tests
 * and stops after them.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    /** Where screenshots are kept as build artifacts (and taken from for the user guides). */
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** A counter PC's screen. */
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;

    /** Without the background services off, Chromium keeps trying to reach Google's hosts on a closed network. */
    private static final List<String> QUIET = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Path executable;
    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        executable = Paths.get(System.getProperty("stockpile.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("The browser tests need Chromium at " + executable
                    + ": install Debian's package (apt-get install chromium), as .ci/run does, or name another one "
                    + "with -Dstockpile.chromium=...");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = launch(QUIET);
    }

    private Browser launch(List<String> arguments) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setHeadless(true).setArgs(arguments));
    }

    /** A new browser window of its own (cookies, session), in {@code language}, on a counter PC's screen. */
    public Page newPage(String language) {
        return newPage(language, WIDTH, HEIGHT);
    }

    /** A new browser window of its own on a screen of {@code width} × {@code height} CSS pixels (a phone's). */
    public Page newPage(String language, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(language)
                .setViewportSize(width, height));
        return context.newPage();
    }

    /**
     * A new window of a browser of its own whose camera films {@code video} (a YUV4MPEG2 file, played in a loop),
     * with the use of the camera already allowed. It is closed with the others.
     */
    public Page newPageFilming(Path video, String language) {
        List<String> arguments = new ArrayList<>(QUIET);
        arguments.addAll(List.of("--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath()));
        return launch(arguments).newContext(new Browser.NewContextOptions().setLocale(language)
                .setViewportSize(WIDTH, HEIGHT)).newPage();
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

    /** Types {@code code} into the field labelled {@code label} as a wedge scanner does: fast keys, then Enter. */
    public static void scan(Page page, String label, String code) {
        Locator field = page.getByLabel(label);
        field.pressSequentially(code, new Locator.PressSequentiallyOptions().setDelay(4));
        field.press("Enter");
    }

    /** The button named exactly {@code name} within {@code scope}. */
    public static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (playwright != null) {
            playwright.close();
        }
    }
}
