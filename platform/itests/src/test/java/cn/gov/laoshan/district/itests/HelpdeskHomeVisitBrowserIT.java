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
 * the helper's screen of the done request, read again in English.
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
