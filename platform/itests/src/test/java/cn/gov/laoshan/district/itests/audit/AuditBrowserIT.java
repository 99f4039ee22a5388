package cn.gov.laoshan.district.itests.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/** The audit viewer in a real browser: list, filter, detail, CSV export, chain verification, both languages. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(Duration.ofSeconds(15).toMillis());

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().build();

    @BeforeAll
    static void recordSomeHistory() {
        AuditLog log = platform.runtime().service(AuditLog.class).orElseThrow();
        AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
        access.asSystem(() -> {
            log.record("identity", "user.create", "user", "zhangsan", null,
                    "{\"login\":\"zhangsan\",\"displayName\":\"张三\",\"department\":\"区司法局\",\"phone\":\"138****5678\","
                            + "\"password\":\"never-stored\"}");
            for (int i = 1; i <= 12; i++) {
                log.record("mediation", "case.register", "MediationCase", String.format("崂调〔2026〕%04d号", i), null,
                        "{\"type\":\"劳动争议\",\"applicant\":\"王**\",\"status\":\"已登记\"}");
            }
            log.record("mediation", "case.accept", "MediationCase", "崂调〔2026〕0003号",
                    "{\"status\":\"已登记\"}", "{\"status\":\"已受理\",\"group\":\"劳动争议调解组\",\"mediator\":\"李调解\"}");
            log.record("identity", "user.lock", "user", "lisi", "{\"status\":\"active\"}",
                    "{\"status\":\"locked\",\"failures\":5,\"until\":\"2026-11-27T10:45:00+08:00\"}");
            return null;
        });
    }

    @Test
    @Order(1)
    void aVisitorWhoIsNotSignedInIsSentToSignIn() {
        Page page = platform.newPage();
        page.navigate(platform.baseUrl() + "/audit/log");
        page.waitForURL("**/login");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("#audit-grid")).hasCount(0);
    }

    @Test
    @Order(2)
    void theAdministratorListsFiltersOpensExportsAndVerifies() throws Exception {
        Page page = platform.newPage();
        platform.signInAsAdmin(page);
        page.navigate(platform.baseUrl() + "/audit/log");
        assertThat(page.locator(".district-view-title")).hasText("审计日志");
        assertThat(page.locator("#audit-grid")).containsText("user.lock", WAIT);
        assertThat(page.locator("#audit-total")).containsText("共 ");
        Browser.screenshot(page, "audit-log-zh");
        page.locator("#audit-filter-from input").click();
        assertThat(page.locator("vaadin-date-picker-overlay[opened]")).containsText("今天");
        Browser.screenshot(page, "audit-date-picker-zh");
        page.keyboard().press("Escape");

        page.locator("#audit-filter-action input").fill("case.");
        page.locator("#audit-search").click();
        assertThat(page.locator("#audit-total")).hasText("共 13 条记录");
        assertThat(page.locator("#audit-grid")).not().containsText("user.lock");

        page.locator("#audit-grid").getByText("case.accept").click();
        assertThat(page.locator("#audit-detail-after")).containsText("\"group\" : \"劳动争议调解组\"", WAIT);
        Browser.screenshot(page, "audit-detail-zh");
        page.locator("#audit-detail-close").click();

        Download download = page.waitForDownload(() -> page.locator("#audit-export vaadin-button").click());
        byte[] csv = Files.readAllBytes(download.path());
        assertEquals((byte) 0xEF, csv[0], "UTF-8 byte-order mark for Excel");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("序号,时间（北京时间）"), text);
        assertEquals(14, text.split("\r\n").length, "header and the 13 filtered records:\n" + text);
        assertTrue(download.suggestedFilename().endsWith(".csv"), download.suggestedFilename());

        page.locator("#audit-verify").click();
        assertThat(page.locator("#audit-verify-result")).containsText("哈希链完整", WAIT);
        page.locator("#audit-reset").click();
        Browser.screenshot(page, "audit-verify-ok-zh");

        // someone edits record 5 in the database behind the platform's back
        platform.runtime().database().jdbi(Database.PLATFORM_SCHEMA).useHandle(h -> h.execute(
                "update audit_record set after_state = ? where id = 5", "{\"type\":\"物业纠纷\",\"status\":\"已撤回\"}"));
        page.locator("#audit-verify").click();
        assertThat(page.locator("#audit-verify-result")).containsText("第 5 条记录已被篡改", WAIT);
        assertThat(page.locator("#audit-detail-tampered")).isVisible();
        assertThat(page.locator("#audit-detail-after")).containsText("物业纠纷");
        Browser.screenshot(page, "audit-verify-tampered-zh");
        page.locator("#audit-detail-close").click();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        assertThat(page.locator("#audit-grid .audit-tampered")).hasCount(1);
        Browser.screenshot(page, "audit-log-tampered-zh");
    }

    @Test
    @Order(3)
    void signInsNameThePersonAndEveryRecordHasAStatusAndWords() {
        Page page = platform.newPage();
        platform.signInAsAdmin(page);
        page.navigate(platform.baseUrl() + "/audit/log");
        page.locator("#audit-filter-action input").fill("sign-in");
        page.locator("#audit-search").click();
        Locator grid = page.locator("#audit-grid");
        // the administrator's own sign-in: her name, not "anonymous"; the action in words; a status
        assertThat(grid).containsText("（admin）", WAIT);
        assertThat(grid).containsText("登录");
        assertThat(grid).containsText("用户 · admin");
        assertThat(grid).not().containsText("匿名");
        assertThat(grid).not().containsText("anonymous");
        assertThat(page.locator("#audit-grid .audit-status").first()).hasText("成功");
        Browser.screenshot(page, "audit-sign-in-zh");
        // a failed sign-in has no person yet: it says so, and that it failed
        Page stranger = platform.newPage();
        Browser.submitSignIn(stranger, platform.baseUrl(), "nobody-here", "wrong-password-1");
        page.locator("#audit-filter-action input").fill("sign-in.failed");
        for (int attempt = 0; attempt < 20 && !grid.innerText().contains("登录失败"); attempt++) {
            page.waitForTimeout(1000);
            page.locator("#audit-search").click();
        }
        assertThat(grid).containsText("登录失败", WAIT);
        assertThat(grid).containsText("未登录的访问者");
        assertThat(page.locator("#audit-grid .audit-status").filter(new Locator.FilterOptions().setHasText("失败")).first())
                .isVisible();
    }

    @Test
    @Order(5)
    void theViewerSpeaksEnglish() {
        Page page = platform.newPage();
        platform.signInAsAdminInEnglish(page);
        page.navigate(platform.baseUrl() + "/audit/log");
        assertThat(page.locator(".district-view-title")).hasText("Audit log");
        assertThat(page.locator("#audit-verify")).containsText("Verify chain");
        assertThat(page.locator("#audit-total")).containsText("records", WAIT);
        // times with seconds, ISO in English
        assertThat(page.locator("#audit-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"))).first()).isVisible();
        page.locator("#audit-filter-from input").click();
        assertThat(page.locator("vaadin-date-picker-overlay[opened]")).containsText("Today");
        Browser.screenshot(page, "audit-log-en");
        page.keyboard().press("Escape");
        page.locator("#audit-filter-from input").fill("20/11/2026");
        page.locator("#audit-filter-from input").press("Enter");
        assertThat(page.locator("#audit-filter-from input")).hasValue("2026-11-20");
    }
}
