package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;

import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * Sign-in security in a real browser: one message for a wrong password, the forced password change at first
 * sign-in, a new session id after sign-in, sign-out, the access-denied page for a staff member who types an admin
 * address, and the idle sign-out.
 */
class SignInBrowserIT {

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().build();

    private static String sessionId(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse("");
    }

    @Test
    void firstSignInForcesANewPasswordAndSignOutEndsTheSession() {
        Page page = platform.newPage();
        Browser.submitSignIn(page, platform.baseUrl(), "admin", "not the password");
        assertThat(page.locator("vaadin-login-form")).containsText("用户名或密码错误");
        String before = sessionId(page);

        TestPlatform admin = platform.testPlatform();
        assertTrue(Browser.signIn(page, platform.baseUrl(), "admin", admin.adminPassword()),
                "the bootstrap administrator must change the password first");
        assertNotEquals(before, sessionId(page), "a new session id after sign-in");
        assertThat(page.locator("#change-password")).containsText("请先设置您自己的新密码");
        // every other address leads back here until the password is changed
        page.navigate(platform.baseUrl() + "/identity/users");
        page.locator("#change-password").waitFor();

        page.locator("#password-current input").fill(admin.adminPassword());
        page.locator("#password-new input").fill("short");
        page.locator("#password-repeat input").fill("short");
        page.locator("#password-save").click();
        assertThat(page.locator("#password-new")).containsText("密码太短");
        Browser.screenshot(page, "change-password-zh");

        // (a password containing the login would be refused)
        String next = "Laoshan-district-" + System.nanoTime();
        Browser.changePassword(page, admin.adminPassword(), next);
        admin.adminPasswordChanged(next);
        page.navigate(platform.baseUrl() + "/identity/users");
        assertThat(page.locator("#identity-users")).containsText("wangjianguo");
        assertThat(page.locator("#identity-users")).containsText("139****1234");
        Browser.screenshot(page, "users-zh");

        page.locator("#district-user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item:has-text('退出登录')").click();
        page.waitForURL("**/login");
        page.navigate(platform.baseUrl() + "/identity/users");
        page.waitForURL("**/login");
    }

    @Test
    void aStaffMemberTypingAnAdminAddressGetsAccessDenied() throws Exception {
        Page page = platform.newPage();
        assertEquals(false, platform.signIn(page, "lixiumei"));
        assertThat(page.locator("#district-nav")).not().containsText("用户管理");
        page.navigate(platform.baseUrl() + "/identity/users");
        assertThat(page.locator("#access-denied")).containsText("无权访问");
        Browser.screenshot(page, "access-denied-zh");
        page.navigate(platform.baseUrl() + "/identity/profile");
        assertThat(page.locator("#identity-profile")).containsText("李秀梅");
    }

    @Test
    void anIdleSessionEndsAndTheNextVisitNeedsASignIn() throws Exception {
        try (TestPlatform idle = TestPlatform.start(RuntimeOptions.forHome(Files.createTempDirectory("district-idle"))
                .withSessionIdle(Duration.ofSeconds(3)))) {
            Page page = platform.newPage();
            assertTrue(Browser.signIn(page, idle.baseUrl(), "admin", idle.adminPassword()));
            page.navigate(idle.baseUrl() + "/password");
            page.locator("#change-password").waitFor();
            page.waitForTimeout(6_000);
            page.navigate(idle.baseUrl() + "/password");
            page.waitForURL("**/login");
        }
    }
}
