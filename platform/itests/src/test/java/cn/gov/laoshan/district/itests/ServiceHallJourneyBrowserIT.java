package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

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
 * The service hall's journeys in Chromium. A resident without an account books a Saturday slot on the public page
 * (the one-time code read from the demo's text outbox, as a test reads an SMS gateway stub), sees the QR
 * confirmation; that booking is checked in by its number at the hall, called at window 5 by the demo's clerk and
 * team leader {@code sunli}, served, rated 不满意, and the rectification is verified, assigned, fixed, the rater called
 * back and the result reported back. Also: a walk-in through the same rectification, and the public page in English.
 * The platform believes {@code X-Forwarded-For} from 127.0.0.1 (a trusted proxy), so the page's rate limit counts
 * the address the browser's "proxy" names.
 */
class ServiceHallJourneyBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("servicehall")
            .options(o -> o.withTrustedProxies(List.of("127.0.0.1"))).build();

    @Test
    void aResidentBooksASaturdaySlotWithoutSigningInAndTheBookingIsCheckedInCalledRatedAndRectified() {
        LocalDate saturday = nextRestSaturday();
        Page resident = behindProxy("203.0.113.77");
        String mobile = "13912340077";
        String number = book(resident, saturday, "居民张三", idNumber("37021219900303007"), mobile,
                DateTimeFormatter.ofPattern("yyyy年M月d日").format(saturday), "预约成功");
        assertTrue(number.matches("ZX\\d{6}-\\d{6}"), number);
        Browser.screenshot(resident, "servicehall-public-confirmation-zh");
        Jdbi hall = platform.runtime().database().jdbi("servicehall");
        assertEquals(List.of("203.0.113.77"), hall.withHandle(h -> h.createQuery("select distinct address from "
                + "code_request where mobile = :m").bind("m", mobile).mapTo(String.class).list()),
                "the client's address behind the trusted proxy, from the platform");
        assertEquals(saturday, hall.withHandle(h -> h.createQuery("select day from booking where booking_no = :n")
                .bind("n", number).mapTo(LocalDate.class).one()));

        // the Saturday comes: the plugin runs on the real clock, so the booking's day and slot are made today's (a
        // slot begun five minutes ago) in the data, as if the week had passed
        LocalDateTime now = LocalDateTime.now(BEIJING).withSecond(0).withNano(0).minusMinutes(5);
        hall.useHandle(h -> h.createUpdate("update booking set day = :day, starts = :starts where booking_no = :n")
                .bind("day", now.toLocalDate()).bind("starts", java.sql.Time.valueOf(now.toLocalTime()))
                .bind("n", number).execute());

        Page clerk = platform.newPage();
        platform.signIn(clerk, "sunli");
        // the demo's text outbox, readable by the hall's staff, holds the text the resident got
        Browser.open(clerk, platform.baseUrl() + "/servicehall/outbox", "#servicehall-outbox-list");
        assertThat(clerk.locator("#servicehall-outbox-list")).containsText(mobile, SLOW);
        Browser.open(clerk, platform.baseUrl() + "/servicehall/queue", "#servicehall-queue-call");
        // the QR code holds the booking number: a scanner types it into the check-in field, with Enter
        clerk.locator("#servicehall-check-in-number input").fill(number);
        clerk.locator("#servicehall-check-in-number input").press("Enter");
        assertThat(clerk.locator("vaadin-notification-card").first()).containsText("排队号 B", SLOW);
        String ticket = clerk.locator("vaadin-notification-card").first().textContent().replaceAll(".*排队号 (B\\d+).*",
                "$1").strip();
        clerk.locator("#servicehall-queue-window input").fill("5");
        clerk.locator("#servicehall-queue-call").click();
        assertThat(clerk.locator("#servicehall-queue-current")).containsText(ticket, SLOW);
        assertThat(clerk.locator("#servicehall-queue-current")).containsText("已叫号", SLOW);
        serveAndRate(clerk, "预约时段已到仍等候较久");
        rectify(clerk, "预约时段已到仍等候较久", "预约号优先规则已向窗口重申");
        Browser.screenshot(clerk, "servicehall-public-rectified-zh");
    }

    @Test
    void theAnonymousPageShowsNothingOfTheStaffsShellAndAStaffScreenAsksForSignIn() {
        Page visitor = platform.newPage();
        Browser.open(visitor, platform.baseUrl() + "/servicehall/book", "#servicehall-public");
        assertThat(visitor.locator("#district-public-name")).containsText("崂山区");
        assertThat(visitor.locator("#district-nav")).hasCount(0);
        assertThat(visitor.locator("vaadin-app-layout")).hasCount(0);
        assertThat(visitor.locator("vaadin-side-nav-item")).hasCount(0);
        // the demo's bookings (a month of them) are nowhere on the page: no names, no numbers
        assertFalse(visitor.content().contains("ZX2"), "no booking number on the public page");
        // every other screen of the plugin still needs a sign-in
        visitor.navigate(platform.baseUrl() + "/servicehall/bookings");
        visitor.waitForURL("**/login");
        assertThat(visitor.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void theCentresAdministratorKeepsAHallsHoursAndExportsTheRatings() throws Exception {
        Page admin = platform.newPage();
        platform.signInAsAdmin(admin);
        Browser.open(admin, platform.baseUrl() + "/servicehall/halls", "#servicehall-halls-windows");
        Browser.pickComboItem(admin, "servicehall-hall", "中韩", "中韩街道便民服务中心");
        admin.locator("#servicehall-hours-6 input").fill("9 to 11");
        admin.locator("#servicehall-hours-save-6").click();
        assertThat(admin.locator("#servicehall-hours-6")).containsText("开放时间格式为", SLOW);
        admin.locator("#servicehall-hours-6 input").fill("09:00-11:00");
        admin.locator("#servicehall-hours-save-6").click();
        assertThat(admin.locator("vaadin-notification-card").first()).containsText("已保存", SLOW);
        assertEquals("09:00-11:00", admin.locator("#servicehall-hours-6 input").inputValue());
        Browser.screenshot(admin, "servicehall-halls-zh");

        Browser.open(admin, platform.baseUrl() + "/servicehall/rectifications", "#servicehall-ratings-export");
        com.microsoft.playwright.Download export = admin.waitForDownload(
                () -> admin.locator("#servicehall-ratings-export vaadin-button").click());
        assertEquals("好差评明细.xlsx", export.suggestedFilename());
        byte[] xlsx = java.nio.file.Files.readAllBytes(export.path());
        assertTrue(xlsx.length > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K', "an .xlsx (a zip)");
    }

    @Test
    void aResidentBooksInEnglish() {
        LocalDate saturday = nextRestSaturday();
        Page resident = behindProxy("203.0.113.78");
        Browser.open(resident, platform.baseUrl() + "/servicehall/book", "#servicehall-public");
        resident.locator("#lang-en").click();
        assertThat(resident.locator("#servicehall-public")).containsText("Book an appointment", SLOW);
        String number = book(resident, saturday, "Li Si", idNumber("37021219850505005"), "13912340078",
                saturday.toString(), "Booked");
        assertThat(resident.locator("#servicehall-public-confirmation")).containsText(number);
        Browser.screenshot(resident, "servicehall-public-confirmation-en");
    }

    /** Books CRJ-002 (a 周六预约 item) on the public page in {@code saturday}'s first slot; the booking number. */
    private static String book(Page page, LocalDate saturday, String name, String idNumber, String mobile,
            String dayText, String confirmed) {
        if (!page.url().contains("/servicehall/book")) {
            Browser.open(page, platform.baseUrl() + "/servicehall/book", "#servicehall-public");
        }
        // the district centre, which the demo gives places for the coming week
        Browser.pickComboItem(page, "servicehall-book-hall", "崂山区政务服务中心", "崂山区政务服务中心");
        Browser.pickComboItem(page, "servicehall-book-item", "CRJ-002", "CRJ-002");
        Browser.pickComboItem(page, "servicehall-book-day", dayText, dayText);
        Browser.pickComboItem(page, "servicehall-book-slot", ":", ":"); // its first time
        page.locator("#servicehall-book-name input").fill(name);
        page.locator("#servicehall-book-id input").fill(idNumber);
        page.locator("#servicehall-book-mobile input").fill(mobile);
        page.locator("#servicehall-public-send-code").click();
        String code = codeSentTo(mobile);
        page.locator("#servicehall-public-code input").fill(code);
        page.locator("#servicehall-book-save").click();
        assertThat(page.locator("#servicehall-public-confirmation")).containsText(confirmed, SLOW);
        assertThat(page.locator("#servicehall-public-qr")).isVisible();
        assertTrue(page.locator("#servicehall-public-qr").getAttribute("src").startsWith("data:image/svg+xml"));
        return page.locator("#servicehall-public-number").textContent().replaceAll(".*(ZX[0-9-]+).*", "$1").strip();
    }

    /** The coming Saturday, when it is a rest day (a 调休 Saturday is a working day: no Saturday hours). */
    private static LocalDate nextRestSaturday() {
        LocalDate saturday = LocalDate.now(BEIJING).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        Assumptions.assumeFalse(OfficialSchedules.calendar().isWorkingDay(saturday), "next Saturday is a 调休 day");
        return saturday;
    }

    /** A page whose requests come through the trusted proxy (127.0.0.1), which names the client {@code address}. */
    private static Page behindProxy(String address) {
        Page page = platform.newPage();
        page.setExtraHTTPHeaders(Map.of("X-Forwarded-For", address));
        return page;
    }

    /** The newest one-time code in the demo's text outbox for {@code mobile}, waiting for it to arrive. */
    private static String codeSentTo(String mobile) {
        Jdbi hall = platform.runtime().database().jdbi("servicehall");
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            java.util.Optional<String> body = hall.withHandle(h -> h.createQuery("select body from text_outbox where "
                    + "mobile = :m order by id desc fetch first 1 rows only").bind("m", mobile).mapTo(String.class)
                    .findOne());
            java.util.regex.Matcher code = java.util.regex.Pattern.compile("验证码为 (\\d{6})")
                    .matcher(body.orElse(""));
            if (code.find()) {
                return code.group(1);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no code was sent to " + mobile);
    }

    /** The ID number {@code first17} with its GB 11643 check character. */
    static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

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
        serveAndRate(clerk, "叫号系统说明不清楚");
        rectify(clerk, "叫号系统说明不清楚", "叫号屏增加办理指引");
        Browser.screenshot(clerk, "servicehall-rectification-zh");
    }

    /** The called person is served and rates 不满意 with {@code reason} on the window's pad. */
    private static void serveAndRate(Page clerk, String reason) {
        clerk.locator("#servicehall-queue-start").click();
        assertThat(clerk.locator("#servicehall-queue-current")).containsText("办理中", SLOW);
        clerk.locator("#servicehall-queue-finish").click();
        assertThat(clerk.locator("#servicehall-rating-pad")).containsText("请您对本次服务作出评价", SLOW);
        clerk.locator("#servicehall-rating-reasons input").fill(reason);
        Browser.screenshot(clerk, "servicehall-rating-pad-zh");
        clerk.locator("#servicehall-rate-dissatisfied").click();
        assertThat(clerk.locator("#servicehall-queue-current")).containsText("当前没有办理中的号", SLOW);
    }

    /** The rectification of the rating with {@code reason}: verified, assigned, fixed, called back, reported back. */
    private static void rectify(Page clerk, String reason, String fix) {
        Browser.open(clerk, platform.baseUrl() + "/servicehall/rectifications", "#servicehall-rectification-list");
        clerk.locator("#servicehall-rectification-list vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(reason)).first().click();
        assertThat(clerk.locator("#servicehall-state")).containsText("待核实", SLOW);
        step(clerk, "verify", "调阅录像，情况属实", "已核实");
        step(clerk, "assign", "出入境窗口", "已交办");
        step(clerk, "fix", fix, "已整改");
        // a real-name rating: no reporting back before the rater was called back
        assertThat(clerk.locator("#servicehall-report")).hasCount(0);
        assertThat(clerk.locator("#servicehall-rectifications")).containsText("尚未回访");
        clerk.locator("#servicehall-callback-note input").fill("已电话回访，群众认可");
        clerk.locator("#servicehall-callback").click();
        step(clerk, "report", "整改情况已反馈评价人", "已反馈办结");
    }

    private static void step(Page page, String action, String note, String state) {
        page.locator("#servicehall-reason input").fill(note);
        page.locator("#servicehall-" + action).click();
        assertThat(page.locator("#servicehall-state")).containsText(state, SLOW);
    }
}
