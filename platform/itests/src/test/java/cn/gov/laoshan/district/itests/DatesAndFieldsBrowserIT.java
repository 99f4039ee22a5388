package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * What a clerk meets first, in Chromium, zh-CN and English: an impossible date is refused at its field (marked, the
 * bound named under it, no toast) and the mark goes when it is corrected; leaving or closing a form with unsaved
 * changes warns; a deadline that reaches into a year whose holiday arrangement is not entered is marked "按周末估算",
 * and importing that arrangement on the calendar screen recomputes it and says how many dates moved.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatesAndFieldsBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("mediation").build();

    @Test
    @Order(1)
    void anImpossibleDateIsRefusedAtTheFieldAndClearedWhenCorrected() {
        Page page = platform.newPage();
        platform.signIn(page, "lixiumei");
        Browser.open(page, platform.url("/mediation/cases/new"), "#new-save");
        Browser.selectItem(page, "new-type", "物业纠纷");
        page.locator("#new-applicant-name input").fill("张三");
        page.locator("#new-applicant-phone input").fill("12345");
        page.locator("#new-respondent-kind vaadin-radio-button").first().click();
        page.locator("#new-respondent-name input").fill("李四");
        page.locator("#new-facts textarea").fill("楼上漏水，双方就维修费用发生争议。");
        Locator applied = page.locator("#new-applied-on");
        applied.locator("input").fill("2020-03-01");
        applied.locator("input").press("Enter");
        page.locator("#new-save").click();

        // the date: marked at the field with the bound, and no toast in the middle of the screen
        assertThat(applied).hasAttribute("invalid", "");
        assertThat(applied.locator("[slot='error-message']")).containsText("不能早于");
        assertEquals(0, page.locator("#new-error").count(), "no notification for a field's refusal");
        applied.scrollIntoViewIfNeeded();
        Browser.screenshot(page, "fields-date-refused-zh");

        // corrected: the mark goes; the next refusal is the phone number, at its field
        applied.locator("input").fill(today().toString());
        applied.locator("input").press("Enter");
        page.locator("#new-save").click();
        Locator phone = page.locator("#new-applicant-phone");
        assertThat(phone).hasAttribute("invalid", "");
        assertThat(phone.locator("[slot='error-message']")).containsText("0532-88888888");
        assertTrue(applied.getAttribute("invalid") == null, "the corrected date is no longer marked");
        phone.scrollIntoViewIfNeeded();
        Browser.screenshot(page, "fields-phone-refused-zh");
        assertTrue(page.url().endsWith("/mediation/cases/new"), "nothing was registered: " + page.url());

        Page english = platform.newPage();
        platform.signInInEnglish(english, "lixiumei");
        Browser.open(english, platform.url("/mediation/cases/new"), "#new-save");
        Browser.selectItem(english, "new-type", "Property-management dispute");
        english.locator("#new-applicant-name input").fill("Zhang San");
        english.locator("#new-respondent-kind vaadin-radio-button").first().click();
        english.locator("#new-respondent-name input").fill("Li Si");
        english.locator("#new-facts textarea").fill("Water leak from the flat above.");
        Locator date = english.locator("#new-applied-on");
        date.locator("input").fill("2020-03-01");
        date.locator("input").press("Enter");
        english.locator("#new-save").click();
        assertThat(date.locator("[slot='error-message']")).containsText("Must not be before");
        assertEquals(0, english.locator("#new-error").count(), "no notification for a field's refusal");
        date.scrollIntoViewIfNeeded();
        Browser.screenshot(english, "fields-date-refused-en");
    }

    @Test
    @Order(2)
    void anEmptyCurrentPasswordIsRequiredNotWrong() {
        Page page = platform.newPage();
        platform.signIn(page, "lixiumei");
        Browser.open(page, platform.url("/password"), "#password-save");
        page.locator("#password-new input").fill("Another-Passw0rd-2026");
        page.locator("#password-repeat input").fill("Another-Passw0rd-2026");
        page.locator("#password-save").click();
        Locator current = page.locator("#password-current");
        assertThat(current).hasAttribute("invalid", "");
        assertThat(current.locator("[slot='error-message']")).hasText("必填");
        assertTrue(page.url().endsWith("/password"), "nothing changed: " + page.url());
        Browser.screenshot(page, "fields-password-required-zh");
    }

    @Test
    @Order(3)
    void unsavedChangesWarnBeforeLeavingAndBeforeClosing() {
        Page page = platform.newPage();
        platform.signIn(page, "lixiumei");
        Browser.open(page, platform.url("/mediation/cases/new"), "#new-save");
        page.locator("#new-facts textarea").fill("尚未保存的纠纷事实");
        page.locator("#new-facts textarea").press("Tab");
        Locator cases = page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("全部案件"));
        cases.first().click();
        assertThat(page.locator("#unsaved-stay")).isVisible();
        assertThat(page.locator("vaadin-confirm-dialog-overlay")).containsText("有未保存的修改");
        Browser.screenshot(page, "fields-unsaved-warning-zh");
        Page english = platform.newPage();
        platform.signInInEnglish(english, "lixiumei");
        Browser.open(english, platform.url("/mediation/cases/new"), "#new-save");
        english.locator("#new-facts textarea").fill("not saved yet");
        english.locator("#new-facts textarea").press("Tab");
        english.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("All cases")).first()
                .click();
        assertThat(english.locator("vaadin-confirm-dialog-overlay")).containsText("Unsaved changes");
        Browser.screenshot(english, "fields-unsaved-warning-en");
        page.locator("#unsaved-stay").click();
        assertTrue(page.url().endsWith("/mediation/cases/new"), "stayed: " + page.url());
        assertEquals("尚未保存的纠纷事实", page.locator("#new-facts textarea").inputValue());

        // closing or reloading the tab: the browser's own question (beforeunload)
        AtomicReference<String> asked = new AtomicReference<>();
        page.onDialog(dialog -> {
            asked.set(dialog.type());
            dialog.accept();
        });
        page.close(new Page.CloseOptions().setRunBeforeUnload(true));
        // Playwright delivers the dialog event while it waits on something: wait on another page
        Page pump = platform.newPage();
        for (int i = 0; i < 50 && asked.get() == null; i++) {
            pump.waitForTimeout(200);
        }
        assertEquals("beforeunload", asked.get());

        // leaving for real after "leave": no question any more
        Page again = platform.newPage();
        platform.signIn(again, "lixiumei");
        Browser.open(again, platform.url("/mediation/cases/new"), "#new-save");
        again.locator("#new-facts textarea").fill("又一次未保存");
        again.locator("#new-facts textarea").press("Tab");
        again.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("全部案件")).first().click();
        again.locator("#unsaved-leave").click();
        again.waitForURL("**/mediation/cases");
    }

    @Test
    @Order(4)
    void aDeadlineIntoAYearWithoutArrangementIsMarkedAndImportingItRecomputes() throws IOException {
        // a 30-working-day deadline from today reaches into next year from November on (when the notice is due)
        Assumptions.assumeTrue(today().getMonthValue() >= 11, "run in November or December");
        Page page = platform.newPage();
        platform.signIn(page, "lixiumei");
        Browser.open(page, platform.url("/mediation/cases/new"), "#new-save");
        Browser.selectItem(page, "new-type", "物业纠纷");
        page.locator("#new-applicant-name input").fill("王五");
        page.locator("#new-applicant-phone input").fill("0532-88888888");
        page.locator("#new-respondent-kind vaadin-radio-button").first().click();
        page.locator("#new-respondent-name input").fill("赵六");
        page.locator("#new-facts textarea").fill("物业费与维修责任争议。");
        page.locator("#new-save").click();
        assertThat(page.locator("#case-number")).containsText("崂调〔", SLOW);
        assertThat(page.locator("#case-deadline-provisional")).containsText("按周末估算");
        String before = page.locator("#case-dates").innerText();
        Browser.screenshot(page, "calendar-provisional-deadline-zh");

        Page english = platform.newPage();
        platform.signInInEnglish(english, "lixiumei");
        Browser.open(english, page.url(), "#case-dates");
        assertThat(english.locator("#case-deadline-provisional")).containsText("estimated from weekends");
        Browser.screenshot(english, "calendar-provisional-deadline-en");

        // the State Council's notice for next year, imported as CSV on the calendar screen
        Page admin = platform.newPage();
        platform.signInAsAdmin(admin);
        Browser.open(admin, platform.url("/calendar/days"), "#calendar-import");
        admin.locator("#calendar-import input[type=file]").setInputFiles(csv());
        Locator notice = admin.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("已导入"));
        assertThat(notice).containsText("已重新计算", SLOW);
        assertThat(notice).containsText("调解案件期限");
        Browser.screenshot(admin, "calendar-imported-zh");

        page.reload();
        assertThat(page.locator("#case-dates")).isVisible();
        assertEquals(0, page.locator("#case-deadline-provisional").count(), "the deadline is final now");
        assertNotEquals(before, page.locator("#case-dates").innerText(), "New Year's Day moved the deadline");
        Browser.screenshot(page, "calendar-recomputed-deadline-zh");
    }

    /**
     * Next year's arrangement as the State Council's notice would be transcribed: the first two weeks of January
     * off on every weekday (more than any real notice, so that any deadline into January moves).
     */
    private static Path csv() throws IOException {
        int year = today().getYear() + 1;
        StringBuilder text = new StringBuilder("# 国务院办公厅关于" + year + "年部分节假日安排的通知（测试用）\n"
                + "date,kind,name_zh,name_en\n");
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getDayOfMonth() <= 14; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                text.append(d).append(",放假,元旦及寒假测试,Test holiday\n");
            }
        }
        Path file = Files.createTempFile("arrangement-" + year, ".csv");
        Files.writeString(file, text.toString());
        return file;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
