package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The housing editors in Chromium: the housing bureau's admin zjj-admin (his bureau's own admin role, housing-admin) changes an
 * approval item's duration on the templates screen and it is stored; a cyclic prerequisite is refused with the
 * items named; the project officer edits a project's particulars from its page. zh-CN and English screenshots.
 */
class HousingEditBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("housing").build();

    private static void confirm(Page page, String step) {
        HousingDialogs.confirm(page, "housing-edit-refused-", step);
    }

    private static int duration(String key) {
        Jdbi housing = platform.runtime().database().jdbi("housing");
        return housing.withHandle(h -> h.createQuery("select duration_days from template_item i join template t on "
                + "t.id = i.template_id where t.name = '社会投资工业厂房类' and i.item_key = :k").bind("k", key)
                .mapTo(Integer.class).one());
    }

    private static LocalDate startDate(long project) {
        return platform.runtime().database().jdbi("housing").withHandle(h -> h.createQuery(
                "select start_date from project where id = :id").bind("id", project).mapTo(LocalDate.class).one());
    }

    @Test
    void theDepartmentAdminEditsAMenuItem() throws Exception {
        Page page = platform.newPage();
        try {
            platform.signIn(page, "zjj-admin");
            Browser.navigate(page, platform.baseUrl() + "/housing/templates");
            assertThat(page.locator("#template-items")).containsText("项目公司设立登记", SLOW);
            int before = duration("B02");
            Browser.openDialog(page, "item-edit-B02", "#item-days input");
            assertEquals(String.valueOf(before), page.locator("#item-days input").inputValue());
            page.locator("#item-days input").fill(String.valueOf(before + 5));
            page.waitForTimeout(300);
            Browser.screenshot(page, "housing-template-item-zh");
            confirm(page, "duration");
            for (int i = 0; i < 50 && duration("B02") != before + 5; i++) {
                page.waitForTimeout(200);
            }
            assertEquals(before + 5, duration("B02"), "the new duration is stored");
            assertThat(page.locator("#template-items")).containsText(String.valueOf(before + 5));

            // a cyclic prerequisite: A01 after B01 (which follows A01) is refused naming both, nothing saved
            Browser.openDialog(page, "item-edit-A01", "#item-prerequisites input");
            page.locator("#item-prerequisites input").fill("B01");
            Locator option = page.locator("vaadin-multi-select-combo-box-item")
                    .filter(new Locator.FilterOptions().setHasText("企业投资项目备案")).first();
            option.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            option.click(new Locator.ClickOptions().setForce(true));
            page.keyboard().press("Escape");
            page.locator("#dialog-confirm").click();
            // the refusal is shown at the prerequisites field, not as a notification in the middle of the screen
            assertThat(page.locator("#item-prerequisites")).containsText("循环依赖", SLOW);
            assertThat(page.locator("#item-prerequisites")).containsText("A01 项目公司设立登记 → B01 企业投资项目备案 → A01");
            assertEquals(0, page.locator("vaadin-notification-card[theme~=error]").count());
            page.waitForTimeout(500);
            Browser.screenshot(page, "housing-template-cycle-zh");
            Jdbi housing = platform.runtime().database().jdbi("housing");
            assertTrue(housing.withHandle(h -> h.createQuery("select prerequisites from template_item i join template t "
                    + "on t.id = i.template_id where t.name = '社会投资工业厂房类' and i.item_key = 'A01'")
                    .mapTo(String.class).findOne()).map(String::isBlank).orElse(true), "nothing saved");
            page.keyboard().press("Escape");
            page.waitForTimeout(500);
            Browser.screenshot(page, "housing-templates-zh");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "housing-edit-failed");
            throw e;
        }

        Page en = platform.newPage();
        platform.signInInEnglish(en, "zjj-admin");
        Browser.navigate(en, platform.baseUrl() + "/housing/templates");
        assertThat(en.locator("#housing-templates")).containsText("Add item", SLOW);
        Browser.openDialog(en, "item-edit-B03", "#item-days input");
        en.waitForTimeout(500);
        Browser.screenshot(en, "housing-template-item-en");
        en.keyboard().press("Escape");
        en.waitForTimeout(500);
        Browser.screenshot(en, "housing-templates-en");
    }

    @Test
    void theProjectOfficerEditsAProjectsDetails() throws Exception {
        Page page = platform.newPage();
        try {
            platform.signIn(page, "zhanghua");
            Jdbi housing = platform.runtime().database().jdbi("housing");
            TestPlatform.await(() -> housing.withHandle(h -> h.createQuery("select count(*) from project")
                    .mapTo(Integer.class).one()) > 0, Duration.ofSeconds(60), "demo projects");
            long id = housing.withHandle(h -> h.createQuery("select min(id) from project").mapTo(Long.class).one());
            Browser.navigate(page, platform.baseUrl() + "/housing/projects/" + id);
            Browser.openDialog(page, "project-edit", "#edit-location input");
            assertTrue(!page.locator("#edit-investor input").inputValue().isBlank(), "the investor is shown");
            LocalDate start = startDate(id);
            assertEquals(start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日",
                    page.locator("#edit-start input").inputValue(), "the start date in Chinese");
            // the lead is picked from the platform's users (no login to type any more), the stored one preselected
            assertThat(page.locator("#edit-lead-login")).hasCount(0);
            assertEquals("张华（区住房和城乡建设局）", page.locator("#edit-lead input").inputValue());
            Browser.pickComboItem(page, "edit-lead", "ZJJ", "郑海涛（区住房和城乡建设局）");
            assertEquals("郑海涛（区住房和城乡建设局）", page.locator("#edit-lead input").inputValue());
            page.locator("#edit-lead input").fill("秀梅");
            assertThat(page.locator("vaadin-combo-box-item").first()).containsText("李秀梅（区社会治理中心）", SLOW);
            page.waitForTimeout(300);
            Browser.screenshot(page, "housing-project-lead-zh");
            page.keyboard().press("Escape");
            Browser.pickComboItem(page, "edit-lead", "海涛", "郑海涛（区住房和城乡建设局）");
            page.locator("#edit-location input").fill("崂山区株洲路188号");
            page.locator("#edit-amount input").fill("-5");
            page.locator("#dialog-confirm").click();
            assertThat(page.locator("#edit-amount")).hasAttribute("invalid", "", new LocatorAssertions.HasAttributeOptions()
                    .setTimeout(15_000));
            Browser.screenshot(page, "housing-project-edit-invalid-zh");
            assertThat(page.locator("#edit-amount")).containsText("总投资应为大于0的金额");
            page.locator("#edit-amount input").fill("66000");
            page.locator("#dialog-confirm").click();
            assertThat(page.locator("#dialog-confirm")).hasCount(0);
            assertThat(page.locator("#housing-project")).containsText("崂山区株洲路188号", SLOW);
            assertEquals("崂山区株洲路188号", housing.withHandle(h -> h.createQuery("select location from project where id = :id")
                    .bind("id", id).mapTo(String.class).one()));
            assertThat(page.locator("#housing-project")).containsText("专班负责人 郑海涛");
            assertEquals("zjj-admin/郑海涛", housing.withHandle(h -> h.createQuery(
                    "select lead_login || '/' || lead_name from project where id = :id").bind("id", id)
                    .mapTo(String.class).one()), "the lead's login (for reminders) and name are stored");
            page.waitForTimeout(500);
            Browser.screenshot(page, "housing-project-edited-zh");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "housing-project-edit-failed");
            throw e;
        }

        Page en = platform.newPage();
        platform.signInInEnglish(en, "zhanghua");
        long id = platform.runtime().database().jdbi("housing").withHandle(h -> h.createQuery(
                "select min(id) from project").mapTo(Long.class).one());
        Browser.navigate(en, platform.baseUrl() + "/housing/projects/" + id);
        assertThat(en.locator("#plan-summary")).containsText(
                Pattern.compile("Baseline completion: \\d{4}-\\d{2}-\\d{2} · forecast completion: \\d{4}-\\d{2}-\\d{2}"), SLOW);
        Browser.openDialog(en, "project-edit", "#edit-location input");
        assertEquals("郑海涛 (Housing and Urban-Rural Development Bureau)", en.locator("#edit-lead input").inputValue(),
                "the saved lead is preselected, the department in English");
        // English dates are ISO (2026-01-04), never the US order (1/4/2026)
        assertEquals(startDate(id).toString(), en.locator("#edit-start input").inputValue());
        en.locator("#edit-start").scrollIntoViewIfNeeded();
        en.waitForTimeout(300);
        Browser.screenshot(en, "housing-project-edit-date-en");
        assertThat(en.locator("#edit-lead")).containsText("Pick from the platform's users");
        en.locator("#edit-lead input").fill("sun");
        assertThat(en.locator("vaadin-combo-box-item").first()).containsText("孙", SLOW);
        en.waitForTimeout(300);
        Browser.screenshot(en, "housing-project-lead-en");

        // a stored lead who is not among the users (here an unknown login) is shown by the stored name and kept
        Jdbi housing = platform.runtime().database().jdbi("housing");
        long other = housing.withHandle(h -> h.createQuery("select max(id) from project").mapTo(Long.class).one());
        housing.useHandle(h -> h.createUpdate("update project set lead_login = 'retired-lead', lead_name = '王老师' "
                + "where id = :id").bind("id", other).execute());
        Browser.navigate(en, platform.baseUrl() + "/housing/projects/" + other);
        Browser.openDialog(en, "project-edit", "#edit-location input");
        assertEquals("王老师", en.locator("#edit-lead input").inputValue());
        assertThat(en.locator("#edit-lead")).containsText("no longer among the platform's users");
        en.waitForTimeout(300);
        Browser.screenshot(en, "housing-project-lead-kept-en");
        en.locator("#dialog-confirm").click();
        assertThat(en.locator("#dialog-confirm")).hasCount(0);
        assertThat(en.locator("#housing-project")).containsText("王老师", SLOW);
        assertEquals("retired-lead/王老师", housing.withHandle(h -> h.createQuery(
                "select lead_login || '/' || lead_name from project where id = :id").bind("id", other)
                .mapTo(String.class).one()), "saving kept the stored lead");
    }

    /** A negative investment and a start date years ago are refused at their fields, not in a toast. */
    @Test
    void refusalsOfTheRegistrationAreShownAtTheirFields() {
        Page page = platform.newPage();
        try {
            platform.signIn(page, "zhanghua");
            Browser.open(page, platform.baseUrl() + "/housing/projects/new", "#project-save");
            page.locator("#project-name input").fill("负数投资测试项目");
            Browser.pickComboItem(page, "project-investor", "有限公司", "有限公司");
            page.locator("#project-amount input").fill("-5");
            page.locator("#project-location input").fill("株洲路");
            page.locator("#project-save").click();
            Locator amount = page.locator("#project-amount");
            assertThat(amount).hasAttribute("invalid", "");
            assertThat(amount.locator("[slot='error-message']")).containsText("大于0");
            assertEquals(0, page.locator("#housing-error").count(), "no toast for a field's refusal");
            amount.scrollIntoViewIfNeeded();
            Browser.screenshot(page, "housing-amount-refused-zh");

            page.locator("#project-amount input").fill("5000");
            Locator start = page.locator("#project-start");
            start.locator("input").fill("2020-03-01");
            start.locator("input").press("Enter");
            page.locator("#project-save").click();
            assertThat(start.locator("[slot='error-message']")).containsText("不能早于");
            assertTrue(amount.getAttribute("invalid") == null, "the corrected amount is no longer marked");
            start.scrollIntoViewIfNeeded();
            Browser.screenshot(page, "housing-start-refused-zh");
            assertTrue(page.url().endsWith("/housing/projects/new"), "nothing registered: " + page.url());
        } finally {
            page.close();
        }
    }
}
