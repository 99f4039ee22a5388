package cn.gov.laoshan.district.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.TimeoutError;

/**
 * Debian's Chromium, headless, driven by Playwright: Playwright's own browser download cannot work here, so it
 * is skipped and the system browser is used ({@code DISTRICT_CHROMIUM} overrides its path).
 */
public final class Browser implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable()).setHeadless(true).setArgs(FLAGS));
        } catch (RuntimeException | Error e) {
            playwright.close(); // no Playwright driver left running when Chromium does not start
            throw e;
        }
    }

    /**
     * Starts Chromium. Playwright's assertions then wait up to 15 s instead of their default 5 s: a server round trip
     * on a 2-core machine that runs the platform, Chromium and the build at once can take longer than 5 s. A passing
     * assertion returns as soon as it holds, so only a failing one waits the longer time.
     */
    public static Browser launch() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        return new Browser();
    }

    /** Whether a Chromium exists on this machine (browser tests need it; {@code .ci/run} installs it). */
    public static boolean available() {
        return Files.isExecutable(executable());
    }

    private static Path executable() {
        String configured = System.getenv("DISTRICT_CHROMIUM");
        return Path.of(configured != null ? configured : "/usr/bin/chromium");
    }

    /** A new page in a fresh context (own cookies, so its own session), 1280×800. */
    public Page newPage() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800)
                .setLocale("zh-CN")).newPage();
    }

    /**
     * Signs in through the sign-in page and waits for the home page, or for the change-password page when the
     * account must set a new password first.
     *
     * @return whether the account must change its password now
     */
    public static boolean signIn(Page page, String baseUrl, String login, String password) {
        submitSignIn(page, baseUrl, login, password);
        page.locator("#district-cards, #change-password").first().waitFor();
        return page.locator("#change-password").count() > 0;
    }

    /**
     * Opens the sign-in page, fills in the form and submits it, without waiting for what follows (a refusal, a
     * sign-in still waiting for the platform's start …).
     */
    public static void submitSignIn(Page page, String baseUrl, String login, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(login);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    }

    /** Sets a new password on the change-password page and waits for the home page. */
    public static void changePassword(Page page, String current, String next) {
        page.locator("#password-current input").fill(current);
        page.locator("#password-new input").fill(next);
        page.locator("#password-repeat input").fill(next);
        page.locator("#password-save").click();
        page.locator("#district-cards").waitFor();
    }

    /**
     * Signs in as the platform administrator; the first time, sets a new password as the platform requires and
     * remembers it in {@code platform}.
     */
    public static void signInAsAdmin(Page page, TestPlatform platform) {
        String password = platform.adminPassword();
        if (signIn(page, platform.baseUrl(), "admin", password)) {
            String next = "Test-" + java.util.UUID.randomUUID();
            changePassword(page, password, next);
            platform.adminPasswordChanged(next);
        }
    }

    /**
     * Picks the item showing {@code itemText} of the Vaadin select with id {@code selectId} and checks the select
     * shows it. On a busy machine the first click may come before the select is ready and the overlay may still be
     * moving: the select is opened again until the item shows, and the item clicked without the stability wait.
     */
    public static void selectItem(Page page, String selectId, String itemText) {
        Locator item = page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(itemText)).first();
        for (int attempt = 0; attempt < 5 && !item.isVisible(); attempt++) {
            if (attempt == 0) {
                page.locator("#" + selectId).click();
            } else {
                // a click that landed while the page was busy (a download just started) does not open it: open the
                // overlay as the component's own property does
                page.locator("#" + selectId).evaluate("select => select.opened = true");
            }
            try {
                item.waitFor(new Locator.WaitForOptions().setTimeout(4_000));
            } catch (TimeoutError notYet) {
                page.keyboard().press("Escape");
            }
        }
        item.click(new Locator.ClickOptions().setForce(true));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#" + selectId))
                .containsText(itemText);
    }

    /** Types {@code typed} into the Vaadin combo box {@code comboId} and picks the item showing {@code itemText}. */
    public static void pickComboItem(Page page, String comboId, String typed, String itemText) {
        page.locator("#" + comboId + " input").fill(typed);
        Locator item = page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(itemText))
                .first();
        item.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        item.click(new Locator.ClickOptions().setForce(true));
        // a view often rebuilds its form for the value picked: wait for the round trip, or the test's next keystrokes
        // can land in the fields about to be replaced (a clean-clone run typed into a hall's old hours)
        awaitServer(page);
    }

    /**
     * Waits until the Vaadin client has no request to the server under way (TestBench's own "waitForVaadin" test),
     * at most 20 s.
     */
    public static void awaitServer(Page page) {
        page.waitForFunction("() => { const f = window.Vaadin && window.Vaadin.Flow; if (!f || !f.clients) return true;"
                + " return Object.values(f.clients).every(c => !c.isActive || !c.isActive()); }", null,
                new Page.WaitForFunctionOptions().setTimeout(20_000));
    }

    /**
     * Opens {@code url} and waits until {@code readySelector} shows; tries again (up to three times) when it does not
     * within 20 s — right after a sign-in, the sign-in page's own redirect to home can still land after our
     * navigation and replace it, and a first view of a screen on a loaded 2-core machine can take over 10 s.
     */
    public static void open(Page page, String url, String readySelector) {
        for (int attempt = 1;; attempt++) {
            try {
                page.navigate(url);
                page.locator(readySelector).first().waitFor(new Locator.WaitForOptions().setTimeout(20_000));
                return;
            } catch (com.microsoft.playwright.PlaywrightException notThere) {
                if (attempt == 3) {
                    throw notThere;
                }
                page.waitForTimeout(1_000);
            }
        }
    }

    /**
     * The address of the record a "new" form ({@code …/new}) just saved: the page shows the saved record a moment
     * before the browser's address leaves {@code …/new} for the record's own, so {@code page.url()} read at once can
     * still be the empty form's (a later page opening it then finds no record).
     */
    public static String savedRecordUrl(Page page) {
        page.waitForURL(url -> !url.endsWith("/new"));
        return page.url();
    }

    /**
     * Navigates to {@code url}; a navigation aborted by the page's own redirect (the sign-in page's to home, still
     * under way) is tried again, up to three times.
     */
    public static void navigate(Page page, String url) {
        for (int attempt = 1;; attempt++) {
            try {
                page.navigate(url);
                return;
            } catch (com.microsoft.playwright.PlaywrightException e) {
                if (attempt == 3) {
                    throw e;
                }
                page.waitForTimeout(1500);
            }
        }
    }

    /**
     * Clicks the button {@code buttonId} that opens a dialog until the dialog's {@code fieldSelector} shows (up to
     * four clicks, 5 s each): a grid re-rendered under the pointer may swallow a click.
     */
    public static void openDialog(Page page, String buttonId, String fieldSelector) {
        for (int attempt = 1;; attempt++) {
            page.locator("#" + buttonId).click();
            try {
                page.locator(fieldSelector).waitFor(new Locator.WaitForOptions().setTimeout(5_000));
                return;
            } catch (TimeoutError notYet) {
                if (attempt == 4) {
                    throw notYet;
                }
            }
        }
    }

    /** Clicks the first cell of the Vaadin grid {@code gridSelector} that shows {@code text} (opens that row). */
    public static void clickGridCell(Page page, String gridSelector, String text) {
        page.locator(gridSelector + " vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text))
                .first().click();
    }

    /** Saves a screenshot under {@code target/screenshots/} for a person to look at. */
    public static Path screenshot(Page page, String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        // animations run to their end first: a dialog caught while fading in looked half there
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
