package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * The service hall's main journey in Chromium, as the demo's clerk and team leader {@code sunli}: a caller is booked
 * on the bookings screen; at window 5 a walk-in (with a mobile: a real-name rating) is called, served and rates the
 * service 不满意 on the rating pad; on 好差评整改 the rectification is verified, assigned, fixed, the rater called back
 * and the result reported back.
 */
class ServiceHallJourneyBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("servicehall").build();

    @Test
    void aWalkInIsCalledServedRatedDissatisfiedAndTheRectificationIsReportedBack() {
        // walk-in tickets are drawn on days the centre opens for every item (the plugin runs on the real clock)
        Assumptions.assumeTrue(OfficialSchedules.calendar().isWorkingDay(LocalDate.now(ZoneId.of("Asia/Shanghai"))),
                "the centre is closed today");
        Page clerk = platform.newPage();
        platform.signIn(clerk, "sunli");

        Browser.open(clerk, platform.baseUrl() + "/servicehall/queue", "#servicehall-queue-call");
        Browser.pickComboItem(clerk, "servicehall-walk-in-item", "CRJ-002", "普通护照换发");
        clerk.locator("#servicehall-walk-in-mobile input").fill("13912349999");
        clerk.locator("#servicehall-walk-in").click();
        assertThat(clerk.locator("vaadin-notification-card").first()).containsText("排队号 B", SLOW);
        clerk.locator("#servicehall-queue-window input").fill("5");
        clerk.locator("#servicehall-queue-call").click();
        assertThat(clerk.locator("#servicehall-queue-current")).containsText("已叫号", SLOW);
        Browser.screenshot(clerk, "servicehall-called-zh");
        clerk.locator("#servicehall-queue-start").click();
        assertThat(clerk.locator("#servicehall-queue-current")).containsText("办理中", SLOW);
        clerk.locator("#servicehall-queue-finish").click();
        assertThat(clerk.locator("#servicehall-rating-pad")).containsText("请您对本次服务作出评价", SLOW);
        clerk.locator("#servicehall-rating-reasons input").fill("叫号系统说明不清楚");
        Browser.screenshot(clerk, "servicehall-rating-pad-zh");
        clerk.locator("#servicehall-rate-dissatisfied").click();
        assertThat(clerk.locator("#servicehall-queue-current")).containsText("当前没有办理中的号", SLOW);

        Browser.open(clerk, platform.baseUrl() + "/servicehall/rectifications", "#servicehall-rectification-list");
        clerk.locator("#servicehall-rectification-list vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("叫号系统说明不清楚")).first().click();
        assertThat(clerk.locator("#servicehall-state")).containsText("待核实", SLOW);
        step(clerk, "verify", "调阅录像，情况属实", "已核实");
        step(clerk, "assign", "出入境窗口", "已交办");
        step(clerk, "fix", "叫号屏增加办理指引", "已整改");
        // a real-name rating: no reporting back before the rater was called back
        assertThat(clerk.locator("#servicehall-report")).hasCount(0);
        assertThat(clerk.locator("#servicehall-rectifications")).containsText("尚未回访");
        clerk.locator("#servicehall-callback-note input").fill("已电话回访，群众认可");
        clerk.locator("#servicehall-callback").click();
        step(clerk, "report", "整改情况已反馈评价人", "已反馈办结");
        Browser.screenshot(clerk, "servicehall-rectification-zh");
    }

    private static void step(Page page, String action, String note, String state) {
        page.locator("#servicehall-reason input").fill(note);
        page.locator("#servicehall-" + action).click();
        assertThat(page.locator("#servicehall-state")).containsText(state, SLOW);
    }
}
