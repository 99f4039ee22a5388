package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * The housing journey in Chromium: a project officer registers a key project with an investor from the registry,
 * makes its plan from the approval service menu, tailors it (shorter construction, simulated approval), records an
 * item's actual dates, sees the forecast and the Gantt chart move, logs a blocking issue, resolves it at a dispatch
 * meeting and prints the minutes; the dashboard card counts it; the screens in English.
 */
class HousingJourneyBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("housing").build();

    /** Confirms the open dialog and waits until it is closed; a refusal fails the test with its message. */
    private static void confirm(Page page, String step) {
        HousingDialogs.confirm(page, "housing-refused-", step);
    }

    private static void settle(Page page) {
        page.waitForTimeout(800);
    }

    @Test
    void aProjectFromTheMenuToAResolvedIssue() throws Exception {
        Page page = platform.newPage();
        try {
            journey(page);
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "housing-journey-failed");
            throw e;
        }
    }

    private void journey(Page page) throws Exception {
        platform.signIn(page, "zhanghua");
        Browser.navigate(page, platform.baseUrl() + "/housing/projects/new");
        page.locator("#project-save").waitFor();
        page.locator("#project-name input").fill("崂山科创中心研发厂房");
        // the kit's enterprise picker: each item shows the name, the credit code and the registration status
        page.locator("#project-investor input").fill("有限公司");
        com.microsoft.playwright.Locator first = page.locator("vaadin-combo-box-item").first();
        assertThat(first).containsText(java.util.regex.Pattern.compile("[0-9A-Z]{18} · (存续|在业|吊销|注销|迁出)"), SLOW);
        Browser.screenshot(page, "housing-investor-picker-zh");
        Browser.pickComboItem(page, "project-investor", "有限公司", "有限公司");
        page.locator("#project-amount input").fill("52000");
        page.locator("#project-location input").fill("株洲路以南、科苑纬四路以西");
        page.locator("#project-team input").fill("施工许可工作专班");
        // the lead is picked from the platform's users: no login to type
        assertThat(page.locator("#project-lead-login")).hasCount(0);
        Browser.pickComboItem(page, "project-lead", "zhanghua", "张华（区住房和城乡建设局）");
        Browser.screenshot(page, "housing-register-zh");
        page.locator("#project-save").click();
        page.locator("#project-title, #housing-error, #housing-new-project [invalid]").first().waitFor();
        if (page.locator("#housing-error, #housing-new-project [invalid]").count() > 0) {
            Browser.screenshot(page, "housing-register-refused");
            throw new AssertionError("registration refused: " + page.locator("#housing-error, #housing-new-project [invalid]").first().innerText());
        }
        assertThat(page.locator("#project-title")).containsText("崂山科创中心研发厂房");
        assertThat(page.locator("#housing-project")).containsText("张华");
        String projectUrl = Browser.savedRecordUrl(page);

        // the menu of the project's kind of investment is proposed
        assertThat(page.locator("#plan-template")).containsText("社会投资工业厂房类");
        page.locator("#plan-create").click();
        assertThat(page.locator("#plan-summary")).containsText("预计完成", SLOW);
        assertThat(page.locator("#plan-days-saved")).containsText("提前 0");
        assertTrue(page.locator("#project-gantt svg rect.critical").count() > 5, "the critical path is drawn");
        String ganttBefore = page.locator("#project-gantt").innerHTML();
        settle(page);
        Browser.screenshot(page, "housing-plan-zh");

        // tailor: the owner commits to 150 instead of 180 working days of construction
        Browser.openDialog(page, "item-edit-G00", "#dialog-days input");
        page.locator("#dialog-days input").fill("150");
        confirm(page, "duration");
        assertThat(page.locator("#plan-days-saved")).containsText("提前 30", SLOW);
        // and simulated approval for the construction drawings review
        Browser.openDialog(page, "item-edit-D01", "#dialog-simulated");
        page.locator("#dialog-simulated").click();
        confirm(page, "simulate");
        assertThat(page.locator("#housing-project")).containsText("模拟审批", SLOW);

        // actuals: the company was registered on its first day instead of three
        Browser.openDialog(page, "item-actual-A01", "#dialog-actual-finish input");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        page.locator("#dialog-actual-finish input").fill(today.getYear() + "/" + today.getMonthValue() + "/"
                + today.getDayOfMonth());
        page.locator("#dialog-actual-finish input").press("Enter");
        confirm(page, "actual");
        assertThat(page.locator("#plan-stages")).containsText("1 / 1", SLOW);
        assertThat(page.locator("#project-timeline")).containsText("登记办结");
        String ganttAfter = page.locator("#project-gantt").innerHTML();
        assertNotEquals(ganttBefore, ganttAfter, "the Gantt chart moved");
        assertTrue(ganttAfter.contains("#2e7d32"), "a finished bar is drawn");
        assertTrue(page.locator("#project-gantt #gantt-today").count() == 1, "today's line");
        settle(page);
        Browser.screenshot(page, "housing-tailored-zh");

        // a blocking issue
        Browser.openDialog(page, "issue-raise", "#dialog-issue-title input");
        page.locator("#dialog-issue-title input").fill("施工临时用电容量不足");
        page.locator("#dialog-issue-owner input").fill("国网青岛市崂山区供电公司");
        confirm(page, "issue");
        assertThat(page.locator("#project-issues")).containsText("施工临时用电容量不足", SLOW);
        assertThat(page.locator("#project-issues")).containsText("待协调");

        // resolved at a dispatch meeting
        Browser.navigate(page, platform.baseUrl() + "/housing/meetings");
        Browser.openDialog(page, "meeting-hold", "#meeting-host input");
        page.locator("#meeting-host input").fill("区住建局局长");
        page.locator("#meeting-attendees textarea").fill("区住建局、国网青岛市崂山区供电公司、项目单位");
        page.locator("#meeting-decisions textarea").fill("供电公司先行施工临时箱变，保障项目按期开工。");
        // the demo projects have a similar issue: pick ours by the project's name
        Browser.pickComboItem(page, "action-issue-0", "崂山科创中心研发厂房", "崂山科创中心研发厂房：施工临时用电容量不足");
        page.locator("#action-description-0 input").fill("供电公司会上确定临时箱变方案");
        page.locator("#action-resolves-0").click();
        page.locator("#dialog-confirm").click();
        assertThat(page.locator("#meeting-action-list")).containsText("已销号", SLOW);
        settle(page);
        Browser.screenshot(page, "housing-meeting-zh");
        page.locator("#meeting-minutes").waitFor();
        String minutesUrl = platform.baseUrl() + "/" + page.locator("#meeting-minutes").getAttribute("href");
        Browser.navigate(page, minutesUrl);
        assertThat(page.locator("#housing-minutes")).containsText("调度会会议纪要", SLOW);
        assertThat(page.locator("#housing-minutes")).containsText("供电公司会上确定临时箱变方案");
        settle(page);
        Browser.screenshot(page, "housing-minutes-zh");

        Browser.navigate(page, projectUrl);
        // the grid renders its rows once it is scrolled into view
        page.locator("#issue-raise").scrollIntoViewIfNeeded();
        assertThat(page.locator("#project-issues")).containsText("已解决", SLOW);
        settle(page);
        Browser.screenshot(page, "housing-issue-resolved-zh");

        Browser.navigate(page, platform.baseUrl() + "/housing/issues");
        assertThat(page.locator("#housing-issues")).containsText("推进中", SLOW);
        settle(page);
        Browser.screenshot(page, "housing-issues-zh");

        Browser.navigate(page, platform.baseUrl() + "/");
        assertThat(page.locator("#housing-widget")).containsText("比计划提前", SLOW);
        assertTrue(page.locator("#housing-widget svg").count() > 0, "the chart is drawn");
        settle(page);
        Browser.screenshot(page, "housing-dashboard-zh");

        // the same screens in English
        Page en = platform.newPage();
        platform.signInInEnglish(en, "zhanghua");
        Browser.navigate(en, projectUrl);
        assertThat(en.locator("#plan-days-saved")).containsText("working days ahead of plan", SLOW);
        assertThat(en.locator("#project-gantt")).containsText("Critical path");
        settle(en);
        Browser.screenshot(en, "housing-plan-en");
        Browser.navigate(en, platform.baseUrl() + "/housing/projects");
        assertThat(en.locator("#housing-projects")).containsText("Social investment", SLOW);
        settle(en);
        Browser.screenshot(en, "housing-projects-en");
        Browser.navigate(en, platform.baseUrl() + "/");
        assertThat(en.locator("#housing-widget")).containsText("Working days ahead of plan", SLOW);
        settle(en);
        Browser.screenshot(en, "housing-dashboard-en");
    }
}
