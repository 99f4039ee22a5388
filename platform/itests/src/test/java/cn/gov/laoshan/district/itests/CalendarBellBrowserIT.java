package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/** The 工作日历 screen and the notification bell in a real browser, in Chinese and English. */
class CalendarBellBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().build();

    @Test
    void calendarScreenInChineseWithValidation() {
        Page page = platform.newPage();
        platform.signInAsAdmin(page);
        assertThat(page.locator("vaadin-side-nav-item[data-route='calendar/days']")).isVisible();
        page.navigate(platform.baseUrl() + "/calendar/days");
        assertThat(page.locator("#calendar-summary")).containsText("2026年：放假 33 天，调休上班 6 天，全年工作日 248 天");
        assertThat(page.locator("#calendar-grid")).containsText("2026年2月14日（周六）");
        assertThat(page.locator("#calendar-grid")).containsText("春节调休上班");
        assertThat(page.locator(".district-view-title")).hasText("工作日历");
        Browser.screenshot(page, "calendar-days-zh");

        // a day without its name is refused with a clear message, and nothing is added
        page.locator("#calendar-add").click();
        page.locator("#calendar-edit-date input").fill("2026/12/31");
        page.locator("#calendar-edit-date input").press("Enter");
        Browser.screenshot(page, "calendar-edit-zh");
        page.locator("#calendar-edit-save").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("请填写中文名称");
        Browser.screenshot(page, "calendar-edit-error-zh");
        // with the name it is saved and listed
        page.locator("#calendar-edit-name-zh input").fill("年终结算日");
        page.locator("#calendar-edit-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("已保存");
        assertThat(page.locator("#calendar-summary")).containsText("放假 34 天");
    }

    @Test
    void theBellCountsNewNotificationsByPushAndTheInboxMarksThemRead() {
        Page page = platform.newPage();
        platform.signInAsAdmin(page);
        assertThat(page.locator("#district-bell-button")).isVisible();
        if (java.time.MonthDay.now(java.time.ZoneId.of("Asia/Shanghai")).getMonthValue() >= 11) {
            // from November the calendar's daily job announces that next year's arrangement is missing (once):
            // read it first, so that the bell starts empty
            assertThat(page.locator("#district-bell-count")).hasText("1",
                    new LocatorAssertions.HasTextOptions().setTimeout(WAIT.toMillis()));
            page.locator("#district-bell-button").click();
            assertThat(page.locator("vaadin-dialog-overlay")).containsText("节假日安排尚未录入");
            Browser.screenshot(page, "calendar-next-year-notice-zh");
            page.locator("#district-inbox-all-read").click();
            page.keyboard().press("Escape");
        }
        assertThat(page.locator("#district-bell-count")).isHidden();

        Notifications notifications = platform.runtime().service(Notifications.class).orElseThrow();
        notifications.send(Recipient.user("admin"), new Message("market", "营业执照即将到期",
                "青岛崂山某某科技有限公司的许可证将于30天后到期。", "calendar/days", Severity.WARNING));
        notifications.send(Recipient.user("admin"), Message.info("notify", "系统维护通知", "本周六 22:00 至 23:00 进行系统维护。"));
        notifications.send(Recipient.user("someone-else"), Message.info("notify", "不是给管理员的", ""));
        assertThat(page.locator("#district-bell-count")).hasText("2",
                new LocatorAssertions.HasTextOptions().setTimeout(WAIT.toMillis()));
        Browser.screenshot(page, "bell-zh");

        page.locator("#district-bell-button").click();
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("营业执照即将到期");
        Browser.screenshot(page, "inbox-zh");
        page.locator(".district-inbox-mark-read").first().click();
        assertThat(page.locator("#district-bell-count")).hasText("1");
        page.locator("#district-inbox-all-read").click();
        assertThat(page.locator("#district-bell-count")).isHidden();
        // the inbox lists what the bell counts (the unread); all of them on request
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("没有未读通知");
        assertThat(page.locator("vaadin-dialog-overlay .district-inbox-mark-read:visible")).hasCount(0);
        page.locator("#district-inbox-unread-only").click();
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("营业执照即将到期");
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("系统维护通知");
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("通知与提醒");
    }

    @Test
    void englishScreens() {
        Page page = platform.newPage();
        platform.signInAsAdminInEnglish(page);
        page.navigate(platform.baseUrl() + "/calendar/days");
        assertThat(page.locator("#calendar-summary")).containsText("holiday days, 6 make-up working days");
        assertThat(page.locator("#calendar-grid")).containsText("Make-up working day");
        assertThat(page.locator("#calendar-grid")).containsText("2026-02-14 (Sat)");
        Browser.screenshot(page, "calendar-days-en");
        platform.runtime().service(Notifications.class).orElseThrow().send(Recipient.permission("calendar.edit"),
                Message.info("calendar", "2027 holiday arrangement published", "Enter it on the working-day calendar."));
        page.locator("#district-bell-button").click();
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("2027 holiday arrangement published");
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("Mark all read");
        // the time it was sent, ISO in English, in Beijing time, and the sender by name (not "calendar")
        assertThat(page.locator("vaadin-dialog-overlay")).containsText(
                Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} · Working-day calendar"));
        Browser.screenshot(page, "inbox-en");
    }
}
