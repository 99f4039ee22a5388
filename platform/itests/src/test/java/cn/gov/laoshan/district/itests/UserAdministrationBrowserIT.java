package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * A platform administrator creates a user in a real browser: a refused change marks the field it concerns, says
 * why, keeps the dialog open and stores nothing; the accepted one shows the one-time password and the new user.
 */
class UserAdministrationBrowserIT {

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().build();

    @Test
    void aRefusedNewUserMarksTheFieldAndTheCorrectedOneIsCreated() {
        Page page = platform.newPage();
        platform.signInAsAdmin(page);
        Browser.open(page, platform.url("/identity/users"), "#identity-users");
        Browser.openDialog(page, "users-create", "#user-login");

        // a login that is already used (a demo mediator's)
        page.locator("#user-login input").fill("wangjianguo");
        page.locator("#user-name input").fill("刘晓燕");
        Browser.pickComboItem(page, "user-department", "住房", "区住房和城乡建设局");
        page.locator("#user-save").click();
        assertThat(page.locator("#user-login")).hasAttribute("invalid", "");
        assertThat(page.locator("#user-login")).containsText("该用户名已被使用");
        // said at the field only (uikit Steps since 1.4.0): no toast in the middle of the screen besides it
        assertThat(page.locator("vaadin-notification-card[theme~=error]")).hasCount(0);
        Browser.screenshot(page, "identity-user-refused-zh");
        assertEquals(java.util.List.of("王建国|social-governance"), stored("wangjianguo"),
                "the refused save changed nothing");

        page.locator("#user-login input").fill("liuxiaoyan");
        page.locator("#user-save").click();
        assertThat(page.locator("#initial-password")).hasText(Pattern.compile("\\S{16}"));
        assertThat(page.locator("#user-login")).hasCount(0);
        page.locator("vaadin-dialog-overlay vaadin-button:has-text('关闭')").click();
        page.locator("#users-filter input").fill("liuxiaoyan");
        assertThat(page.locator("#identity-users vaadin-grid")).containsText("刘晓燕");
        assertThat(page.locator("#identity-users vaadin-grid")).containsText("区住房和城乡建设局");
        assertEquals(java.util.List.of("刘晓燕|housing"), stored("liuxiaoyan"));
    }

    /** The user's name and department as stored. */
    private static java.util.List<String> stored(String login) {
        return platform.runtime().database().jdbi("platform").withHandle(h -> h.createQuery(
                "select display_name, department_code from app_user where login = :login").bind("login", login)
                .map((rs, ctx) -> rs.getString(1) + "|" + rs.getString(2)).list());
    }
}
