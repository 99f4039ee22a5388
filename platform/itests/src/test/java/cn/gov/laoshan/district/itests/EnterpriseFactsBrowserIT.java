package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.identity.service.SeedData;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * Issue 16 item 5 in Chromium: market staff (the demo user liuyang, 市场主体库维护员, holding registry.facts.edit) edit an
 * enterprise's facts on its page — a refused figure shows its problem at the field and changes nothing, a good one
 * shows in the grid; the credit grade is refused without a reason (at the reason field) and set with one, and the
 * record tab shows it. Screenshots in both languages.
 */
class EnterpriseFactsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().build();

    private static String page(String uscc) {
        return platform.baseUrl() + "/registry/enterprises/" + uscc;
    }

    @Test
    void anEnterpriseWithoutFiguresSaysSoInsteadOfAnEmptyGrid() {
        EnterpriseRegistry registry = platform.testPlatform().runtime().service(EnterpriseRegistry.class).orElseThrow();
        Enterprise fresh = new Enterprise(Uscc.withCheck("91370212MA3KQ7FX8"), "青岛无指标测试科技有限公司", "有限责任公司",
                "于海", new BigDecimal("1000000"), LocalDate.of(2026, 3, 1), "山东省青岛市崂山区秦岭路6号", "I6510",
                EnterpriseStatus.EXISTING, null, EnterpriseSize.MICRO);
        platform.testPlatform().runtime().service(AccessControl.class).orElseThrow().asSystem(() -> {
            registry.create(fresh);
            return null;
        });
        Page page = platform.newPage();
        page.setDefaultTimeout(WAIT.toMillis());
        platform.signInAsAdmin(page);
        Browser.open(page, page(fresh.uscc().value()), "#registry-page-record");
        page.locator("#tab-facts").click();
        assertThat(page.locator("#registry-facts-figures-none")).hasText("无");
        assertThat(page.locator("#registry-facts-figures")).hasCount(0);
    }

    @Test
    void marketStaffEditAFigureAndSetTheGradeOnlyWithAReason() throws Exception {
        Page page = platform.newPage();
        page.setDefaultTimeout(WAIT.toMillis());
        if (platform.signIn(page, "liuyang")) {
            Browser.changePassword(page, platform.testPlatform().demoPassword("liuyang"), "Test-" + UUID.randomUUID());
        }
        Browser.open(page, page(SeedData.HAILAN), "#registry-page-record");
        page.locator("#tab-facts").click();
        assertThat(page.locator("#registry-facts-figures")).isVisible();
        assertThat(page.locator("#registry-facts-grade")).containsText("A");

        // a negative R&D spending: refused by the service, its problem under the value field, nothing written
        Browser.openDialog(page, "registry-facts-figure-add", "#registry-figure-value");
        Browser.selectItem(page, "registry-figure-kind", "研发投入");
        page.locator("#registry-figure-year input").fill("2025");
        page.locator("#registry-figure-value input").fill("-5");
        page.locator("#registry-figure-source input").fill("企业自报（浏览器测试）");
        page.locator("#registry-figure-as-of input").fill("2026/3/31");
        page.locator("#registry-figure-as-of input").press("Enter");
        page.locator("#registry-fact-save").click();
        assertThat(page.locator("#registry-figure-value")).hasAttribute("invalid", "");
        assertThat(page.locator("#registry-figure-value")).containsText("数值不能为负数。");
        Browser.screenshot(page, "registry-facts-figure-refused-zh");
        // corrected: saved, in the grid
        page.locator("#registry-figure-value input").fill("1234567");
        page.locator("#registry-fact-save").click();
        assertThat(page.locator("#registry-figure-dialog")).hasCount(0);
        assertThat(page.locator("#registry-facts-figures")).containsText("企业自报（浏览器测试）");

        // the grade without a reason: refused at the reason field, the grade stays A
        page.locator("#registry-facts-grade-edit").click();
        Browser.selectItem(page, "registry-grade", "B");
        page.locator("#registry-fact-save").click();
        assertThat(page.locator("#registry-grade-reason")).hasAttribute("invalid", "");
        assertThat(page.locator("#registry-grade-reason")).containsText("请填写理由。");
        Browser.screenshot(page, "registry-facts-grade-no-reason-zh");
        // with a reason: set, shown on the facts tab and in the record
        page.locator("#registry-grade-reason textarea").fill("2025年度纳税信用评价为B级（浏览器测试）");
        page.locator("#registry-fact-save").click();
        assertThat(page.locator("#registry-grade-dialog")).hasCount(0);
        assertThat(page.locator("#registry-facts-grade")).containsText("B");
        page.waitForTimeout(500);
        Browser.screenshot(page, "registry-facts-edit-zh");
        page.locator("#tab-record").click();
        assertThat(page.locator("#registry-page-record [data-field=credit]")).hasText("B");

        // English: the same tab and its forms in English (the administrator holds every permission)
        Page english = platform.newPage();
        english.setDefaultTimeout(WAIT.toMillis());
        platform.signInAsAdminInEnglish(english);
        Browser.open(english, page(SeedData.HAILAN), "#registry-page-record");
        english.locator("#tab-facts").click();
        assertThat(english.locator("#registry-facts")).containsText("Yearly figures");
        assertThat(english.locator("#registry-facts-grade")).containsText("B");
        assertThat(english.locator("#registry-facts-figures")).containsText("企业自报（浏览器测试）");
        english.locator("#registry-facts-grade-edit").click();
        english.locator("#registry-fact-save").click();
        assertThat(english.locator("#registry-grade-reason")).containsText("A reason is required.");
        english.waitForTimeout(300);
        Browser.screenshot(english, "registry-facts-grade-no-reason-en");
        english.locator("#registry-fact-cancel").click();
        assertThat(english.locator(".registry-facts-figure-correct").first()).isVisible();
        english.waitForTimeout(300);
        Browser.screenshot(english, "registry-facts-edit-en");
        assertThat(english.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("the problem has been logged"))).hasCount(0);
    }
}
