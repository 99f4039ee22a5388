package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * A real browser against a real platform: sign in, open a plugin's screen from the navigation, use it, and see
 * the screen move to the home page with a notice when the plugin's jar is deleted from {@code deploy/}.
 */
class PluginRemovalBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().build();

    @Test
    void openScreenMovesToHomeWhenItsPluginIsUninstalled() {
        TestPlatform running = platform.testPlatform();
        running.deploy(PluginJars.named("district-test-plugin-hello"), "hello.jar");
        running.awaitPlugin("hello", "ACTIVE", WAIT);

        Page page = platform.newPage();
        platform.signInAsAdmin(page);
        assertThat(page.locator("#card-hello-welcome")).containsText("问候示例插件已启用");
        Browser.screenshot(page, "dashboard-zh");

        page.locator("vaadin-side-nav-item[data-route='hello/greeting']").click();
        page.waitForURL("**/hello/greeting");
        page.locator("#hello-button").click();
        assertThat(page.locator("#hello-answer")).hasText("您好，崂山！");
        assertThat(page.locator(".district-view-title")).hasText("问候");
        Browser.screenshot(page, "hello-greeting-zh");

        running.undeploy("hello.jar");
        page.waitForURL(platform.baseUrl() + "/", new Page.WaitForURLOptions().setTimeout(WAIT.toMillis()));
        assertThat(page.locator("vaadin-notification-card"))
                .containsText("已停用", new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT.toMillis()));
        assertThat(page.locator("vaadin-side-nav-item[data-route='hello/greeting']")).hasCount(0);
        Browser.screenshot(page, "after-uninstall-zh");
        assertEquals(404, running.status("/hello/greeting"));
    }

    @Test
    void signInFailsWithOneMessageAndTheLanguageSwitchesToEnglish() {
        Page page = platform.newPage();
        Browser.submitSignIn(page, platform.baseUrl(), "admin", "wrong password");
        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码错误");

        page.locator("#lang-en").click();
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        platform.signInAsAdmin(page);
        assertThat(page.locator(".district-greeting")).containsText("Hello");
        assertThat(page).hasTitle("Home · Laoshan District Platform", new PageAssertions.HasTitleOptions());
        Browser.screenshot(page, "dashboard-en");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheSignInPage() {
        Page page = platform.newPage();
        page.navigate(platform.baseUrl() + "/");
        page.waitForURL("**/login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }
}
