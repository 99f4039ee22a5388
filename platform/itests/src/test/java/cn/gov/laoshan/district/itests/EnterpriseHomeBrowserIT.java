package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import cn.gov.laoshan.district.identity.service.SeedData;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * Issue 16, item 1 in Chromium: a demo enterprise user signs in to their own home (我的企业) with their enterprise's
 * registry record and their own menu section (企业服务); a staff screen asked for by URL is refused although their
 * role was given its permission by mistake; staff are refused the enterprise home. Screenshots in both languages.
 */
class EnterpriseHomeBrowserIT {

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().build();

    /** The enterprise role is given a staff permission by mistake: the audience still keeps the staff screen shut. */
    @BeforeAll
    static void giveTheEnterpriseRoleAStaffPermissionByMistake() {
        platform.runtime().database().jdbi("platform").useHandle(h -> h.execute(
                "insert into role_permission (role_code, permission) values ('enterprise', 'registry.enterprise.read')"));
    }

    @Test
    void anEnterpriseUserSeesTheirEnterpriseAndNoStaffScreen() {
        Page page = platform.newPage();
        platform.signIn(page, "mingde-qy");
        page.waitForURL(Pattern.compile(".*/my-enterprise$"));
        assertThat(page.locator("#district-enterprise-record")).containsText("青岛明德长青海洋生物科技有限公司");
        // the top bar says whose home it is
        assertThat(page.locator(".district-view-title")).hasText("青岛明德长青海洋生物科技有限公司");
        assertThat(page.locator("#district-enterprise-record [data-field=uscc]")).hasText(SeedData.MINGDE);
        // dates as Chinese staff write them (the enterprise page's own rows come from the same RecordFields)
        assertThat(page.locator("#district-enterprise-record [data-field=established]")).hasText(
                Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$"));
        assertThat(page.locator("#district-enterprise-notifications")).containsText("暂无提醒或通知");
        assertThat(page.locator("#district-nav")).containsText("我的企业");
        assertThat(page.locator("#district-nav [data-department=enterprise-services]")).containsText("企业服务");
        assertThat(page.locator("#district-nav")).containsText("同事账号");
        assertThat(page.locator("#district-nav [data-route='registry/enterprises']")).hasCount(0);
        assertThat(page.locator("#district-nav [data-route='registry/facts/import']")).hasCount(0);
        assertThat(page.locator("#district-nav")).not().containsText("平台管理");
        Browser.screenshot(page, "enterprise-home-zh");
        // their own enterprise's facts (the registry's section of 我的企业), read-only
        page.locator("#tab-section-registry-facts").click();
        assertThat(page.locator("#registry-facts-location")).containsText("街道");
        assertThat(page.locator("#registry-facts-location")).not().containsText("街道：—");
        assertThat(page.locator("#registry-facts-figures")).isVisible();
        assertThat(page.locator("#registry-facts-grade")).containsText("信用等级");
        assertThat(page.locator("#registry-figure-form")).hasCount(0);
        assertThat(page.locator("#registry-facts-history")).hasCount(0);
        Browser.screenshot(page, "enterprise-home-facts-zh");

        // the staff home and a staff screen by URL: the home is theirs, the screen refused (HTTP 403)
        page.navigate(platform.baseUrl() + "/");
        page.waitForURL(Pattern.compile(".*/my-enterprise$"));
        Response denied = page.navigate(platform.baseUrl() + "/registry/enterprises");
        assertEquals(403, denied.status());
        assertThat(page.locator("#access-denied")).isVisible();
        assertEquals(403, page.navigate(platform.baseUrl() + "/identity/users").status());
        // their colleagues: the other demo user of the same enterprise, not another enterprise's
        page.navigate(platform.baseUrl() + "/identity/colleagues");
        assertThat(page.locator("#identity-colleagues")).containsText("mingde-cw");
        assertThat(page.locator("#identity-colleagues")).not().containsText("hailan-cw");
        Browser.screenshot(page, "enterprise-colleagues-zh");
        // an invitation: a new account of the same enterprise, its one-time password shown once
        page.locator("#colleagues-invite").click();
        page.locator("#colleague-login input").fill("mingde-xs");
        page.locator("#colleague-name input").fill("孙晓");
        page.locator("#colleague-save").click();
        assertThat(page.locator("#initial-password")).isVisible();
        assertThat(page.locator("#identity-colleagues")).containsText("mingde-xs");
    }

    @Test
    void inEnglishAndWithoutTheAdministratorsRole() {
        Page page = platform.newPage();
        platform.signInInEnglish(page, "mingde-cw");
        page.waitForURL(Pattern.compile(".*/my-enterprise$"));
        assertThat(page.locator("#district-enterprise-record")).containsText("Registration status");
        assertThat(page.locator("#district-nav")).containsText("My enterprise");
        assertThat(page.locator("#district-nav")).not().containsText("Colleagues");
        assertEquals(403, page.navigate(platform.baseUrl() + "/identity/colleagues").status());
        // their own profile is for both sides of the table
        assertEquals(200, page.navigate(platform.baseUrl() + "/identity/profile").status());
        page.navigate(platform.baseUrl() + "/my-enterprise");
        page.locator("#district-enterprise-record").waitFor();
        Browser.screenshot(page, "enterprise-home-en");
    }

    @Test
    void staffAreRefusedTheEnterpriseHome() {
        Page page = platform.newPage();
        platform.signIn(page, "lixiumei");
        assertEquals(403, page.navigate(platform.baseUrl() + "/my-enterprise").status());
        assertThat(page.locator("#access-denied")).isVisible();
    }
}
