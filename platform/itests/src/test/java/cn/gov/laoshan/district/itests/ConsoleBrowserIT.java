package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The admin console in a browser: an administrator uploads a plugin jar on the plugins screen, confirms the dry
 * run, and the plugin's screen appears in the navigation of another open session without a reload.
 */
class ConsoleBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static TestPlatform platform;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "Chromium is not installed (.ci/run installs it)");
        Path dir = java.nio.file.Files.createTempDirectory("district-console-features");
        Path featuresDir = java.nio.file.Files.createDirectories(dir.resolve("features"));
        Path bundles = java.nio.file.Files.createDirectories(dir.resolve("bundles"));
        java.nio.file.Files.copy(PluginJars.named("district-test-plugin-notes"), bundles.resolve("notes.jar"));
        java.nio.file.Files.writeString(featuresDir.resolve("records.feature.json"),
                "{\"id\": \"records\", \"name\": {\"zh-CN\": \"记事功能集\", \"en\": \"Records\"},"
                + " \"plugins\": [\"cn.gov.laoshan.district.test.notes\"]}");
        Path home = java.nio.file.Files.createTempDirectory("district-test-home");
        RuntimeOptions defaults = RuntimeOptions.forHome(home);
        platform = TestPlatform.start(new RuntimeOptions(home, defaults.host(), 0, false, java.util.List.of(),
                featuresDir, bundles, defaults.sessionIdle(), defaults.deployPoll(), defaults.passwordIterations(), null));
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    private static LocatorAssertions.IsVisibleOptions visible() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT.toMillis());
    }

    /** Lets the drawer's animation end before a screenshot. */
    private static void settle(Page page) {
        page.waitForTimeout(1000);
    }

    @Test
    void anUploadedPluginAppearsInAnotherSessionsNavigation() {
        Page admin = browser.newPage();
        Browser.signInAsAdmin(admin, platform);
        Page other = browser.newPage();
        Browser.signInAsAdmin(other, platform);
        assertThat(other.locator("vaadin-side-nav-item[data-route='hello/greeting']")).hasCount(0);

        admin.navigate(platform.baseUrl() + "/console/plugins");
        assertThat(admin.locator("#console-plugin-grid")).isVisible();
        admin.locator("#console-upload input[type=file]").setInputFiles(PluginJars.named("district-test-plugin-hello"));
        assertThat(admin.locator("#console-dry-confirm")).isVisible(visible());
        assertThat(admin.locator("vaadin-dialog-overlay")).containsText("cn.gov.laoshan.district.api.plugin");
        settle(admin);
        Browser.screenshot(admin, "console-dry-run-zh");
        admin.locator("#console-dry-confirm").click();
        assertThat(admin.locator("vaadin-notification-card")).containsText("已安装 hello 1.0.0",
                new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT.toMillis()));
        assertThat(admin.locator("#console-plugin-grid")).containsText("运行中");
        settle(admin);
        Browser.screenshot(admin, "console-plugins-zh");

        // the other session, left alone on the home page, gets the new screen pushed into its navigation
        assertThat(other.locator("vaadin-side-nav-item[data-route='hello/greeting']")).isVisible(visible());

        // a file that is not a plugin: a clear message, nothing installed
        admin.locator("#console-upload input[type=file]").setInputFiles(PluginJars.named("district-test-plugin-unresolved"));
        assertThat(admin.locator("#console-dry-refusal")).containsText("com.google.gson",
                new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT.toMillis()));
        assertThat(admin.locator("#console-dry-confirm")).isDisabled();
        settle(admin);
        Browser.screenshot(admin, "console-dry-run-refused-zh");
        admin.keyboard().press("Escape");

        admin.navigate(platform.baseUrl() + "/console/system");
        assertThat(admin.locator("#console-system")).containsText("内置 Derby 数据库");
        settle(admin);
        Browser.screenshot(admin, "console-system-zh");
    }

    @Test
    void aFeatureIsInstalledInOneActionWithProgress() {
        Page page = browser.newPage();
        Browser.signInAsAdmin(page, platform);
        page.navigate(platform.baseUrl() + "/console/features");
        assertThat(page.locator("#console-feature-grid")).containsText("记事功能集");
        page.locator("#console-feature-install-records").click();
        assertThat(page.locator("#console-feature-progress-text")).containsText("功能集 records 已安装",
                new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT.toMillis()));
        assertThat(page.locator("#console-feature-grid")).containsText("已安装 1/1");
        assertThat(page.locator("vaadin-side-nav-item[data-route='notes/list']")).isVisible(visible());
        settle(page);
        Browser.screenshot(page, "console-features-zh");
    }

    @Test
    void theScreensSpeakEnglish() {
        Page page = browser.newPage();
        page.navigate(platform.baseUrl() + "/login");
        page.locator("#lang-en").click();
        // the language switch reloads the page: let that finish before signing in
        page.waitForTimeout(1500);
        try {
            Browser.signInAsAdmin(page, platform);
        } catch (com.microsoft.playwright.PlaywrightException e) {
            page.waitForTimeout(1500);
            Browser.signInAsAdmin(page, platform);
        }
        page.navigate(platform.baseUrl() + "/console/plugins");
        assertThat(page.locator("#console-plugin-grid")).containsText("Schema version");
        settle(page);
        Browser.screenshot(page, "console-plugins-en");
        page.navigate(platform.baseUrl() + "/console/system");
        assertThat(page.locator("#console-system")).containsText("Uptime");
        settle(page);
        Browser.screenshot(page, "console-system-en");
    }
}
