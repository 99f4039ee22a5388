package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.service.metatype.MetaTypeProvider;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.shell.security.PasswordChanger;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The configuration screen in a browser: an administrator opens the identity policy, enters a bad value (refused
 * at the field), a good one (saved, in effect), and sees a change made in the {@code .cfg} file arrive in the open
 * form; screenshots in zh-CN and English.
 */
class ConfigurationBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().plugin("mediation").build();

    /** A configuration with a secret and options: the test mail settings of {@link ConfigurationConsoleIT}. */
    @BeforeAll
    static void registerMailSettings() {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(MetaTypeProvider.METATYPE_PID, ConfigurationConsoleIT.MAIL);
        platform.runtime().bundleContext().registerService(MetaTypeProvider.class,
                new ConfigurationConsoleIT.MailMetaType(), props);
    }

    private static LocatorAssertions.ContainsTextOptions waiting() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT.toMillis());
    }

    private static LocatorAssertions.IsVisibleOptions visible() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT.toMillis());
    }

    private static Locator notice(Page page, String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    private static void choose(Page page, String name) {
        Browser.clickGridCell(page, "#console-config-list", name);
        assertThat(page.locator("#console-config-title")).containsText(name, waiting());
    }

    @Test
    void anAdministratorChangesThePasswordPolicy() throws Exception {
        PasswordChanger passwords = platform.runtime().service(PasswordChanger.class).orElseThrow();
        Page page = platform.newPage();
        platform.signInAsAdmin(page);
        page.navigate(platform.baseUrl() + "/console/configuration");
        assertThat(page.locator("#console-config-list")).containsText("密码与登录锁定策略", waiting());
        assertThat(page.locator("#console-config-list")).containsText("矛盾纠纷调解");
        // the framework's own services (Apache Felix …) only on request, and then by readable names
        assertThat(page.locator("#console-config-list")).not().containsText("Apache Felix");
        page.locator("#console-config-advanced").click();
        assertThat(page.locator("#console-config-list")).containsText("框架组件", waiting());
        Browser.screenshot(page, "console-configuration-advanced-zh");
        page.locator("#console-config-advanced").click();
        // (the grid keeps the rows it no longer shows, hidden)
        assertThat(page.locator("#console-config-list vaadin-grid-cell-content:visible").filter(
                new Locator.FilterOptions().setHasText("框架组件"))).hasCount(0);
        choose(page, "密码与登录锁定策略");
        assertThat(page.locator("#console-config-form")).containsText("默认值：12");

        // a bad value: the field says why, nothing changes
        page.locator("#config-password-min-length input").fill("abc");
        page.locator("#config-lockout-minutes input").fill("0");
        page.locator("#console-config-save").click();
        assertThat(page.locator("#config-password-min-length")).containsText("“abc”不是整数", waiting());
        assertThat(page.locator("#config-lockout-minutes")).containsText("小于允许的最小值");
        assertEquals(12, passwords.minLength());
        page.waitForTimeout(800);
        Browser.screenshot(page, "console-configuration-invalid-zh");

        page.locator("#config-password-min-length input").fill("15");
        page.locator("#config-lockout-minutes input").fill("30");
        page.locator("#console-config-save").click();
        assertThat(notice(page, "已保存")).isVisible(visible());
        TestPlatform.await(() -> passwords.minLength() == 15, WAIT, "the saved policy");
        Path file = platform.testPlatform().home().resolve("conf/cn.gov.laoshan.district.identity.cfg");
        TestPlatform.await(() -> Files.isRegularFile(file), WAIT, "the cfg file");

        // the file is edited by an operator: the open form follows, with a notice
        TestPlatform.await(() -> read(file).contains("password.min-length = I\"15\""), WAIT, "FileInstall wrote");
        // FileInstall writes the saved configuration back to the file shortly after the save (on Configuration
        // Admin's event); an edit made before that would be overwritten: let it happen first
        Thread.sleep(2500);
        Files.writeString(file, read(file).replace("password.min-length = I\"15\"", "password.min-length = I\"17\""));
        assertThat(notice(page, "已在别处")).isVisible(visible());
        assertThat(page.locator("#config-password-min-length input")).hasValue("17",
                new LocatorAssertions.HasValueOptions().setTimeout(WAIT.toMillis()));
        page.waitForTimeout(800);
        Browser.screenshot(page, "console-configuration-zh");

        choose(page, "矛盾纠纷调解");
        page.waitForTimeout(800);
        Browser.screenshot(page, "console-configuration-mediation-zh");
    }

    @Test
    void secretsAreNeverSentToTheBrowserAndOptionsAreSelects() throws Exception {
        String secret = "Sm7p-口令-2026";
        Page page = platform.newPage();
        platform.signInAsAdmin(page);
        page.navigate(platform.baseUrl() + "/console/configuration");
        choose(page, "邮件发送（测试）");
        assertThat(page.locator("#config-password-state")).containsText("未设置");
        page.locator("#config-password input").fill(secret);
        page.locator("#config-mode").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("TLS 加密")).click();
        page.locator("#config-recipients textarea").fill("xinxi@laoshan.gov.cn\nbangongshi@laoshan.gov.cn");
        page.locator("#config-port input").fill("465");
        page.locator("#console-config-save").click();
        assertThat(notice(page, "已保存")).isVisible(visible());
        assertThat(page.locator("#config-password-state")).containsText("已设置", waiting());
        assertThat(page.locator("#config-password input")).hasValue("");
        assertThat(page.locator("#config-mode")).containsText("TLS 加密");
        Thread.sleep(500);
        assertFalse(page.content().contains(secret), "the secret is in the page");
        page.waitForTimeout(800);
        Browser.screenshot(page, "console-configuration-secret-zh");
    }

    @Test
    void theScreenSpeaksEnglish() {
        Page page = platform.newPage();
        platform.signInAsAdminInEnglish(page);
        page.navigate(platform.baseUrl() + "/console/configuration");
        assertThat(page.locator("#console-config-list")).containsText("Password and sign-in lockout policy", waiting());
        choose(page, "Password and sign-in lockout policy");
        assertThat(page.locator("#console-config-form")).containsText("Minimum password length");
        assertThat(page.locator("#console-config-form")).containsText("Default: 12");
        page.waitForTimeout(800);
        Browser.screenshot(page, "console-configuration-en");
        assertThat(page.locator("#console-config-list")).not().containsText("Apache Felix");
        for (int width : new int[] {1280, 1400}) {
            page.setViewportSize(width, 860);
            page.waitForTimeout(500);
            Browser.screenshot(page, "console-configuration-en-" + width);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
