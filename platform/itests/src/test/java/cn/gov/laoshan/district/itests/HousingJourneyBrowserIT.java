package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The housing journey in Chromium: a project officer registers a key project with an investor from the registry,
 * makes its plan from the approval service menu, tailors it (shorter construction, simulated approval), records an
 * item's actual dates, sees the forecast and the Gantt chart move, logs a blocking issue, resolves it at a dispatch
 * meeting and prints the minutes; the dashboard card counts it; the screens in English.
 */
class HousingJourneyBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    private static TestPlatform platform;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "Chromium is not installed (.ci/run installs it)");
        platform = TestPlatform.start(RuntimeOptions.forHome(Files.createTempDirectory("district-housing-journey"))
                .withDemo(true));
        platform.deploy(PluginJars.named("district-plugin-housing"), "housing.jar");
        platform.awaitPlugin("housing", "ACTIVE", Duration.ofSeconds(60));
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
    }




    /** Confirms the open dialog and waits until it is closed; a refusal fails the test with its message. */
    private static void confirm(Page page, String step) {
        page.locator("#dialog-confirm").click();
        for (int i = 0; i < 100 && page.locator("#dialog-confirm").count() > 0; i++) {
            if (page.locator("#housing-error").count() > 0) {
                Browser.screenshot(page, "housing-refused-" + step);
                throw new AssertionError(step + " refused: " + page.locator("#housing-error").innerText());
            }
            page.waitForTimeout(200);
        }
        assertThat(page.locator("#dialog-confirm")).hasCount(0);
    }

    /** Clicks a button that opens a dialog until the dialog's field shows (a re-rendered grid may swallow a click). */
    private static void open(Page page, String buttonId, String field) {
        for (int attempt = 1;; attempt++) {
            page.locator("#" + buttonId).click();
            try {
                page.locator(field).waitFor(new Locator.WaitForOptions().setTimeout(5_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                if (attempt == 4) {
                    throw notYet;
                }
            }
        }
    }

    /** Navigates; a navigation aborted by the page's own (sign-in) redirect is tried again. */
    private static void go(Page page, String url) {
        for (int attempt = 1;; attempt++) {
            try {
                page.navigate(url);
                return;
            } catch (com.microsoft.playwright.PlaywrightException e) {
                if (attempt == 3) {
                    throw e;
                }
                page.waitForTimeout(1500);
            }
        }
    }

    private static void settle(Page page) {
        page.waitForTimeout(800);
    }

    @Test
    void aProjectFromTheMenuToAResolvedIssue() throws Exception {
        Page page = browser.newPage();
        try {
            journey(page);
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "housing-journey-failed");
            throw e;
        }
    }

    private void journey(Page page) throws Exception {
        Browser.signIn(page, platform.baseUrl(), "zhanghua", platform.demoPassword("zhanghua"));
        go(page, platform.baseUrl() + "/housing/projects/new");
        page.locator("#project-save").waitFor();
        page.locator("#project-name input").fill("崂山科创中心研发厂房");
        Browser.pickComboItem(page, "project-investor", "有限公司", "有限公司");
        page.locator("#project-amount input").fill("52000");
        page.locator("#project-location input").fill("株洲路以南、科苑纬四路以西");
        page.locator("#project-team input").fill("施工许可工作专班");
        page.locator("#project-lead input").fill("张华");
        page.locator("#project-lead-login input").fill("zhanghua");
        page.locator("#project-save").click();
        page.locator("#project-title, #housing-error").first().waitFor();
        if (page.locator("#housing-error").count() > 0) {
            Browser.screenshot(page, "housing-register-refused");
            throw new AssertionError("registration refused: " + page.locator("#housing-error").innerText());
        }
        assertThat(page.locator("#project-title")).containsText("崂山科创中心研发厂房");
        String projectUrl = page.url();

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
        open(page, "item-edit-G00", "#dialog-days input");
        page.locator("#dialog-days input").fill("150");
        confirm(page, "duration");
        assertThat(page.locator("#plan-days-saved")).containsText("提前 30", SLOW);
        // and simulated approval for the construction drawings review
        open(page, "item-edit-D01", "#dialog-simulated");
        page.locator("#dialog-simulated").click();
        confirm(page, "simulate");
        assertThat(page.locator("#housing-project")).containsText("模拟审批", SLOW);

        // actuals: the company was registered on its first day instead of three
        open(page, "item-actual-A01", "#dialog-actual-finish input");
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
        open(page, "issue-raise", "#dialog-issue-title input");
        page.locator("#dialog-issue-title input").fill("施工临时用电容量不足");
        page.locator("#dialog-issue-owner input").fill("国网青岛市崂山区供电公司");
        confirm(page, "issue");
        assertThat(page.locator("#project-issues")).containsText("施工临时用电容量不足", SLOW);
        assertThat(page.locator("#project-issues")).containsText("待协调");

        // resolved at a dispatch meeting
        go(page, platform.baseUrl() + "/housing/meetings");
        open(page, "meeting-hold", "#meeting-host input");
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
        go(page, minutesUrl);
        assertThat(page.locator("#housing-minutes")).containsText("调度会会议纪要", SLOW);
        assertThat(page.locator("#housing-minutes")).containsText("供电公司会上确定临时箱变方案");
        settle(page);
        Browser.screenshot(page, "housing-minutes-zh");

        go(page, projectUrl);
        // the grid renders its rows once it is scrolled into view
        page.locator("#issue-raise").scrollIntoViewIfNeeded();
        assertThat(page.locator("#project-issues")).containsText("已解决", SLOW);
        settle(page);
        Browser.screenshot(page, "housing-issue-resolved-zh");

        go(page, platform.baseUrl() + "/housing/issues");
        assertThat(page.locator("#housing-issues")).containsText("推进中", SLOW);
        settle(page);
        Browser.screenshot(page, "housing-issues-zh");

        go(page, platform.baseUrl() + "/");
        assertThat(page.locator("#housing-widget")).containsText("比计划提前", SLOW);
        assertTrue(page.locator("#housing-widget svg").count() > 0, "the chart is drawn");
        settle(page);
        Browser.screenshot(page, "housing-dashboard-zh");

        // the same screens in English
        Page en = browser.newPage();
        go(en, platform.baseUrl() + "/login");
        en.locator("#lang-en").click();
        en.waitForTimeout(1500);
        try {
            Browser.signIn(en, platform.baseUrl(), "zhanghua", platform.demoPassword("zhanghua"));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            en.waitForTimeout(1500);
            Browser.signIn(en, platform.baseUrl(), "zhanghua", platform.demoPassword("zhanghua"));
        }
        go(en, projectUrl);
        assertThat(en.locator("#plan-days-saved")).containsText("working days ahead of plan", SLOW);
        assertThat(en.locator("#project-gantt")).containsText("Critical path");
        settle(en);
        Browser.screenshot(en, "housing-plan-en");
        go(en, platform.baseUrl() + "/housing/projects");
        assertThat(en.locator("#housing-projects")).containsText("Social investment", SLOW);
        settle(en);
        Browser.screenshot(en, "housing-projects-en");
        go(en, platform.baseUrl() + "/");
        assertThat(en.locator("#housing-widget")).containsText("Working days ahead of plan", SLOW);
        settle(en);
        Browser.screenshot(en, "housing-dashboard-en");
    }
}
