package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The admin console in a browser: an administrator uploads a plugin jar on the plugins screen, confirms the dry
 * run, and the plugin's screen appears in the navigation of another open session without a reload.
 */
class ConsoleBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A features directory with one feature, 记事功能集 (the notes test plugin), offered for installation. */
    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().options(defaults -> {
        Path dir = Files.createTempDirectory("district-console-features");
        Path featuresDir = Files.createDirectories(dir.resolve("features"));
        Path bundles = Files.createDirectories(dir.resolve("bundles"));
        Files.copy(PluginJars.named("district-test-plugin-notes"), bundles.resolve("notes.jar"));
        Files.writeString(featuresDir.resolve("records.feature.json"),
                "{\"id\": \"records\", \"name\": {\"zh-CN\": \"记事功能集\", \"en\": \"Records\"},"
                + " \"plugins\": [\"cn.gov.laoshan.district.test.notes\"]}");
        return defaults.withFeatures(featuresDir, bundles, List.of());
    }).build();

    private static LocatorAssertions.IsVisibleOptions visible() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT.toMillis());
    }

    /** Lets the drawer's animation end before a screenshot. */
    private static void settle(Page page) {
        page.waitForTimeout(1000);
    }

    @Test
    void anUploadedPluginAppearsInAnotherSessionsNavigation() {
        Page admin = platform.newPage();
        platform.signInAsAdmin(admin);
        Page other = platform.newPage();
        platform.signInAsAdmin(other);
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
        assertThat(admin.locator("#console-system")).containsText("未加密；无需认证（可在 conf/database.properties 中开启");
        settle(admin);
        Browser.screenshot(admin, "console-system-zh");
    }

    /**
     * Uninstalling with "drop its data": a mistyped id is refused and the dialog stays open to correct it; the right
     * id uninstalls, closes the dialog and takes the plugin off the list.
     */
    @Test
    void droppingAPluginsDataNeedsItsIdTyped() {
        Page admin = platform.newPage();
        platform.signInAsAdmin(admin);
        admin.navigate(platform.baseUrl() + "/console/plugins");
        assertThat(admin.locator("#console-plugin-grid")).isVisible();
        boolean installed = java.util.Arrays.stream(platform.runtime().bundleContext().getBundles())
                .anyMatch(b -> "cn.gov.laoshan.district.test.hello".equals(b.getSymbolicName()));
        if (!installed) {
            admin.locator("#console-upload input[type=file]").setInputFiles(PluginJars.named("district-test-plugin-hello"));
            admin.locator("#console-dry-confirm").click();
            assertThat(admin.locator("vaadin-notification-card")).containsText("已安装 hello 1.0.0",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT.toMillis()));
        }
        admin.locator("#console-uninstall-hello").click();
        // the dialog's content is rendered in its overlay (the id stays on <vaadin-dialog>)
        assertThat(admin.locator("vaadin-dialog-overlay vaadin-checkbox")).isVisible(visible());
        admin.locator("vaadin-dialog-overlay vaadin-checkbox").click();
        admin.locator("vaadin-dialog-overlay vaadin-text-field input").fill("hallo");
        admin.locator("vaadin-dialog-overlay vaadin-button[theme~='error']").click();
        assertThat(admin.locator("vaadin-notification-card").last()).containsText("输入的编号不一致",
                new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT.toMillis()));
        assertThat(admin.locator("vaadin-dialog-overlay vaadin-text-field")).isVisible();
        settle(admin);
        Browser.screenshot(admin, "console-uninstall-mistyped-zh");

        admin.locator("vaadin-dialog-overlay vaadin-text-field input").fill("hello");
        admin.locator("vaadin-dialog-overlay vaadin-button[theme~='error']").click();
        assertThat(admin.locator("vaadin-notification-card").last()).containsText("已卸载 hello，数据已删除",
                new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT.toMillis()));
        assertThat(admin.locator("vaadin-dialog-overlay vaadin-text-field")).isHidden();
        // the grid's recycled cell may keep the button a while, hidden: the row is gone when it is not shown
        assertThat(admin.locator("#console-uninstall-hello")).isHidden();
        assertTrue(java.util.Arrays.stream(platform.runtime().bundleContext().getBundles())
                .noneMatch(b -> "cn.gov.laoshan.district.test.hello".equals(b.getSymbolicName())), "uninstalled");
        settle(admin);
        Browser.screenshot(admin, "console-uninstalled-zh");
    }

    @Test
    void aFeatureIsInstalledInOneActionWithProgress() {
        Page page = platform.newPage();
        platform.signInAsAdmin(page);
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

    /** What deploy/ cannot use is shown above the list with the reason; a library is shown as a library. */
    @Test
    void deployProblemsAndLibrariesAreShown() throws Exception {
        Path deploy = platform.runtime().home().deploy();
        byte[] hello = Files.readAllBytes(PluginJars.named("district-test-plugin-hello"));
        Files.write(deploy.resolve("cut-short.jar"), java.util.Arrays.copyOf(hello, hello.length / 2));
        Path csv = Path.of(org.apache.commons.csv.CSVFormat.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        platform.testPlatform().deploy(csv, "commons-csv.jar");
        try {
            TestPlatform.await(() -> platform.testPlatform().health().path("system").path("installProblems").toString()
                    .contains("deploy/cut-short.jar"), WAIT, "the problem reported");
            Page page = platform.newPage();
            platform.signInAsAdmin(page);
            page.navigate(platform.baseUrl() + "/console/plugins");
            assertThat(page.locator("#console-install-problems")).containsText("部署问题");
            assertThat(page.locator("#console-install-problems li[data-file='deploy/cut-short.jar']"))
                    .containsText("文件不是有效的 jar 包");
            assertThat(page.locator("#console-plugin-grid")).containsText("库（非插件）",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT.toMillis()));
            settle(page);
            Browser.screenshot(page, "console-deploy-problems-zh");
        } finally {
            platform.testPlatform().undeploy("cut-short.jar");
            platform.testPlatform().undeploy("commons-csv.jar");
        }
    }

    @Test
    void theScreensSpeakEnglish() {
        Page page = platform.newPage();
        platform.signInAsAdminInEnglish(page);
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
