package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * 入户办 in Chromium (issue 26): {@code sunli} at the centre takes an elderly resident's home-visit request by phone
 * (her son calls for her); the address routes it to 沙子口社区's helpers; she assigns it to the community's helper
 * {@code maqin}, who records the visit and the materials; the submission on the resident's behalf is not offered
 * before her consent is recorded (who, how, when), then it is submitted and the item's result recorded — in zh-CN;
 * the helper's screen of the done request, read again in English. On the same platform, the free agency for
 * new enterprises from the founder's one-tap order to the seals' hand-over.
 */
class HelpdeskHomeVisitBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("servicehall").build();

    @Test
    void anElderlyResidentsHomeVisitTakenByPhoneIsRoutedVisitedConsentedSubmittedAndCompleted() {
        Jdbi hall = platform.runtime().database().jdbi("servicehall");
        // the demo makes the community's helpers (a part of its own seeding): wait for maqin's group
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        while (hall.withHandle(h -> h.createQuery("select count(*) from helper_member where login = 'maqin' and "
                + "group_code = 'BB-SZK-01'").mapTo(Integer.class).one()) == 0) {
            assertTrue(Instant.now().isBefore(until), "the demo's helpers within 5 minutes");
            pause();
        }

        Page centre = platform.newPage();
        platform.signIn(centre, "sunli");
        Browser.open(centre, platform.url("/servicehall/helpdesk"), "#servicehall-helpdesk-save");
        centre.locator("#servicehall-helpdesk-caller input").fill("王建华");
        centre.locator("#servicehall-helpdesk-caller-mobile input").fill("13806391234");
        centre.locator("#servicehall-helpdesk-person input").fill("刘桂芳");
        centre.locator("#servicehall-helpdesk-relation input").fill("母亲");
        centre.locator("#servicehall-helpdesk-id-number input").fill("37021219380516222" + check("37021219380516222"));
        Browser.pickComboItem(centre, "servicehall-helpdesk-item", "HJ-002", "居民身份证换领");
        centre.locator("#servicehall-helpdesk-address input").fill("崂山区沙子口街道沙子口社区南姜路12号2单元301");
        centre.locator("#servicehall-helpdesk-save").click();
        assertThat(centre.locator("#servicehall-helpdesk-title")).containsText("已分派到帮办组", SLOW);
        assertThat(centre.locator("#servicehall-helpdesk-detail")).containsText("沙子口社区帮办员");
        // the ID number shows masked
        assertThat(centre.locator("#servicehall-helpdesk-detail")).containsText("370212********");
        String number = centre.locator("#servicehall-helpdesk-title").textContent().split(" ")[0].strip();
        assertTrue(number.matches("BB\\d{6}-\\d{6}"), number);
        Browser.screenshot(centre, "helpdesk-taken-zh");

        Browser.selectItem(centre, "servicehall-helpdesk-helper", "maqin");
        centre.locator("#servicehall-helpdesk-assign").click();
        assertThat(centre.locator("#servicehall-helpdesk-title")).containsText("帮办员已接单", SLOW);

        Page helper = platform.newPage();
        platform.signIn(helper, "maqin");
        Browser.open(helper, platform.url("/servicehall/helpdesk"), "#servicehall-helpdesk-list");
        Browser.clickGridCell(helper, "#servicehall-helpdesk-list", number);
        assertThat(helper.locator("#servicehall-helpdesk-title")).containsText(number, SLOW);
        helper.locator("#servicehall-helpdesk-materials textarea").fill("居民身份证原件、户口簿；上门采集照片和指纹");
        helper.locator("#servicehall-helpdesk-visit").click();
        assertThat(helper.locator("#servicehall-helpdesk-title")).containsText("已走访", SLOW);
        // no consent on record: submitting on her behalf is not offered
        assertThat(helper.locator("#servicehall-helpdesk-submit")).hasCount(0);
        Browser.selectItem(helper, "servicehall-helpdesk-consent-how", "按手印授权");
        helper.locator("#servicehall-helpdesk-consent").click();
        assertThat(helper.locator("#servicehall-helpdesk-consent-record")).containsText("刘桂芳", SLOW);
        assertThat(helper.locator("#servicehall-helpdesk-consent-record")).containsText("按手印授权");
        helper.locator("#servicehall-helpdesk-submission-ref input").fill("SQ20261209-0001");
        helper.locator("#servicehall-helpdesk-submit").click();
        assertThat(helper.locator("#servicehall-helpdesk-title")).containsText("已代为申报", SLOW);
        Browser.selectItem(helper, "servicehall-helpdesk-result", "已办结");
        helper.locator("#servicehall-helpdesk-result-note input").fill("新证已送达本人");
        helper.locator("#servicehall-helpdesk-complete").click();
        assertThat(helper.locator("#servicehall-helpdesk-title")).containsText("已办结", SLOW);
        assertThat(helper.locator("#servicehall-helpdesk-timeline")).containsText("记录本人授权");
        Browser.screenshot(helper, "helpdesk-completed-zh");

        // the data: consent recorded before the submission, by the helper
        assertEquals(Integer.valueOf(1), hall.<Integer, RuntimeException>withHandle(h -> h.createQuery("select count(*) from help_request where request_no = :n "
                + "and state = 'COMPLETED' and consent_recorded_by = 'maqin' and consent_at <= submitted_at")
                .bind("n", number).mapTo(Integer.class).one()));

        // one step read in English: the same request on the helper's screen
        Page english = platform.newPage();
        platform.signInInEnglish(english, "maqin");
        Browser.open(english, platform.url("/servicehall/helpdesk"), "#servicehall-helpdesk-list");
        Browser.clickGridCell(english, "#servicehall-helpdesk-list", number);
        assertThat(english.locator("#servicehall-helpdesk-title")).containsText("Completed", SLOW);
        assertThat(english.locator("#servicehall-helpdesk-consent-record")).containsText("Fingerprint on the "
                + "authorisation");
        Browser.screenshot(english, "helpdesk-completed-en");
    }

    /**
     * The free agency (the second half of issue 26, on the same platform): a founder orders on the public page without
     * an account (the code read from the demo's text outbox), the contracted agency {@code zhengxin-db} takes the
     * order, registers the enterprise and orders the free seals, the engraver {@code yinzhang-kz} confirms production
     * and hand-over; the centre's figure counts the enterprise.
     */
    @Test
    void aFounderOrdersTheFreeAgencyOnlineTheAgencyRegistersAndTheEngraverHandsTheSealsOver() {
        Jdbi hall = platform.runtime().database().jdbi("servicehall");
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        while (hall.withHandle(h -> h.createQuery("select count(*) from founding_contract").mapTo(Integer.class)
                .one()) < 2) {
            assertTrue(Instant.now().isBefore(until), "the demo's contracts within 5 minutes");
            pause();
        }
        Page founder = platform.newPage();
        Browser.open(founder, platform.url("/servicehall/founding-order"), "#servicehall-founding-public");
        founder.locator("#servicehall-founding-founder input").fill("陈思远");
        founder.locator("#servicehall-founding-mobile input").fill("13912340088");
        founder.locator("#servicehall-founding-proposed input").fill("青岛思远测试科技有限公司");
        founder.locator("#servicehall-founding-address input").fill("崂山区海尔路178号");
        founder.locator("#servicehall-founding-send-code").click();
        founder.locator("#servicehall-founding-code input").fill(codeSentTo(hall, "13912340088"));
        founder.locator("#servicehall-founding-order").click();
        assertThat(founder.locator("#servicehall-founding-confirmation")).containsText("已下单", SLOW);
        String number = founder.locator("#servicehall-founding-confirmation").textContent()
                .replaceAll(".*(DB\\d{6}-\\d{5}).*", "$1").strip();
        assertTrue(number.matches("DB\\d{6}-\\d{5}"), number);
        Browser.screenshot(founder, "founding-ordered-zh");

        Page agency = platform.newPage();
        platform.signIn(agency, "zhengxin-db");
        Browser.open(agency, platform.url("/servicehall/agency-orders"), "#servicehall-partner-order-list");
        Browser.clickGridCell(agency, "#servicehall-partner-order-list", number);
        agency.locator("#servicehall-founding-take").click();
        assertThat(agency.locator("#servicehall-founding-title")).containsText("代办机构已接单", SLOW);
        agency.locator("#servicehall-founding-uscc input").fill("91370212MA3K00001" + usccCheck("91370212MA3K00001"));
        agency.locator("#servicehall-founding-register").click();
        assertThat(agency.locator("#servicehall-founding-title")).containsText("已完成设立登记", SLOW);
        agency.locator("#servicehall-founding-order-seals").click();
        assertThat(agency.locator("#servicehall-founding-title")).containsText("已下单刻章", SLOW);
        Browser.screenshot(agency, "founding-agency-zh");

        Page engraver = platform.newPage();
        platform.signIn(engraver, "yinzhang-kz");
        Browser.open(engraver, platform.url("/servicehall/seal-orders"), "#servicehall-partner-order-list");
        Browser.clickGridCell(engraver, "#servicehall-partner-order-list", number);
        engraver.locator("#servicehall-founding-seals-made").click();
        assertThat(engraver.locator("#servicehall-founding-title")).containsText("公章已刻制", SLOW);
        engraver.locator("#servicehall-founding-handed-to input").fill("陈思远");
        engraver.locator("#servicehall-founding-hand-over").click();
        assertThat(engraver.locator("#servicehall-founding-title")).containsText("公章已交付", SLOW);
        Browser.screenshot(engraver, "founding-engraver-zh");

        assertEquals(Integer.valueOf(1), hall.<Integer, RuntimeException>withHandle(h -> h.createQuery("select "
                + "count(*) from founding_order where order_no = :n and state = 'HANDED_OVER' and agency_cost = 450 "
                + "and seal_cost = 198.5").bind("n", number).mapTo(Integer.class).one()));
        Page centre = platform.newPage();
        platform.signIn(centre, "sunli");
        Browser.open(centre, platform.url("/servicehall/founding"), "#servicehall-founding-saved");
        assertThat(centre.locator("#servicehall-founding-saved")).containsText("为企业节约成本");
        Browser.screenshot(centre, "founding-centre-zh");
    }

    /** The newest one-time code in the demo's text outbox for {@code mobile}, waiting for it to arrive. */
    private static String codeSentTo(Jdbi hall, String mobile) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            java.util.regex.Matcher code = java.util.regex.Pattern.compile("验证码为 (\\d{6})").matcher(hall.withHandle(
                    h -> h.createQuery("select body from text_outbox where mobile = :m order by id desc fetch first 1 "
                            + "rows only").bind("m", mobile).mapTo(String.class).findOne()).orElse(""));
            if (code.find()) {
                return code.group(1);
            }
            pause();
        }
        throw new AssertionError("no code was sent to " + mobile);
    }

    /** GB 32100's check character of a USCC's first seventeen. */
    static char usccCheck(String first17) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += chars.indexOf(first17.charAt(i)) * weights[i];
        }
        return chars.charAt((31 - sum % 31) % 31);
    }

    /** A poll's pause while the demo seeds (not a wait for the page: those are Playwright's own). */
    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GB 11643's check character. */
    static char check(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
