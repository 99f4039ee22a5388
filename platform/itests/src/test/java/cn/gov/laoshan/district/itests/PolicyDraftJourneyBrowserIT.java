package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * 制单子 in Chromium, on a platform whose clock the test moves: the drafter writes a policy and is refused
 * publication with the missing review named; completes the fair-competition self-review (four categories, the
 * operators heard) and opens the 30-day comment period; an enterprise user reads the draft and comments; the
 * drafter may not submit it for legality review while the period runs; the clock passes the night after the last
 * day and the platform's job closes the notice; the drafter submits it, the legal reviewer (zhaomin, justice)
 * passes it, the drafter publishes it into batch 4 of the policy list, and the enterprise user finds it there.
 */
class PolicyDraftJourneyBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);
    private static final String TITLE = "崂山区支持企业数字化转型十条措施";

    @Test
    void aDraftThroughItsThreeReviewsIntoThePolicyList() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium is not installed");
        PublicNoticeIT.ShiftedClock clock = new PublicNoticeIT.ShiftedClock();
        LocalDate today = LocalDate.now(PublicNoticeIT.BEIJING);
        clock.jumpTo(LocalDateTime.now(PublicNoticeIT.BEIJING));
        try (TestPlatform platform = TestPlatform.start(RuntimeOptions.forHome(
                Files.createTempDirectory("district-policy-home")).withDemo(true), clock);
                Browser browser = Browser.launch()) {
            platform.deploy(PluginJars.named("district-plugin-policy"), "policy.jar");
            platform.awaitPlugin("policy", "ACTIVE", Duration.ofMinutes(2));
            DataSource policy = platform.runtime().database().dataSource("policy");
            // the demo: 209 published, 7 drafts at their steps, and the suggestions a draft is picked from — they
            // come in the demo's last part (after the first match run): wait for all of it
            TestPlatform.await(() -> count(policy, "select count(*) from policy_draft") >= 216, Duration.ofMinutes(3),
                    "the policy demo data");
            platform.awaitDemoData("policy", Duration.ofMinutes(10));

            Page staff = browser.newPage();
            signIn(platform, staff, "sunwei");
            Browser.open(staff, platform.baseUrl() + "/policy/drafts/new", "#policy-draft-save");
            staff.locator("#policy-draft-title input").fill(TITLE);
            Browser.pickComboItem(staff, "policy-draft-topic", "产业", "产业发展");
            staff.locator("#policy-draft-body textarea").fill("第一条 为加快中小企业数字化转型，制定本措施。\n第二条 ……");
            staff.locator("#policy-draft-benefits textarea").fill("按数字化改造投入的30%给予补助，最高200万元");
            staff.locator("#policy-draft-eligibility textarea").fill("在崂山区注册、实施数字化改造并通过验收的中小企业");
            fillDate(staff, "policy-draft-validFrom", today.plusMonths(3));
            fillDate(staff, "policy-draft-validTo", today.plusYears(3));
            staff.locator("#policy-draft-budget input").fill("2000万");
            // sources are picked by number (or words) among the suggestions sunwei may read
            pickSource(staff, "101");
            staff.locator("#policy-draft-suggestion-ids input").fill("贷款");
            staff.locator("vaadin-multi-select-combo-box-item").first().waitFor();
            Browser.screenshot(staff, "policy-draft-source-picker-zh");
            pickSource(staff, "117");
            staff.locator("#policy-draft-save").click();
            Locator state = staff.locator("[id='policy.draft-state']");
            assertThat(state).containsText("起草中", SLOW);
            assertThat(staff.locator("#policy-draft-content")).containsText("#101 ");
            assertThat(staff.locator("#policy-draft-content")).containsText("#117 ");
            staff.locator("#policy-draft-content").scrollIntoViewIfNeeded();
            Browser.screenshot(staff, "policy-draft-sources-zh");
            // the page shows the saved draft a moment before the browser's address changes from …/new to its id
            staff.waitForURL(java.util.regex.Pattern.compile(".*/policy/drafts/\\d+$"));
            String draftUrl = staff.url();

            // publication with no review at all: refused, the missing review named
            staff.locator("#policy-draft-publish").click();
            assertThat(staff.locator("vaadin-notification-card[theme~=error]").last()).containsText("缺少公平竞争审查");
            Browser.screenshot(staff, "policy-draft-publish-refused-zh");

            for (String category : new String[] {"MARKET_ENTRY_EXIT", "FREE_FLOW", "PRODUCTION_COSTS",
                    "BUSINESS_CONDUCT"}) {
                staff.locator("#policy-draft-reasons-" + category + " textarea")
                        .fill("支持对象以公开、普惠的条件确定，不指定或限定特定经营者。");
            }
            staff.locator("#policy-draft-operatorsHeard input").fill("区工商联、区软件行业协会、5家企业代表");
            staff.locator("#policy-draft-operatorsSaid textarea").fill("支持出台，建议提高补助上限。");
            staff.locator("#policy-draft-self-review").click();
            assertThat(state).containsText("已公平竞争审查", SLOW);
            staff.locator("#policy-draft-days input").fill("29");
            staff.locator("#policy-draft-open-comment").click();
            assertThat(staff.locator("#policy-draft-days")).hasAttribute("invalid", "");
            staff.locator("#policy-draft-days input").fill("30");
            staff.locator("#policy-draft-open-comment").click();
            assertThat(state).containsText("征求意见中", SLOW);
            Browser.screenshot(staff, "policy-draft-in-comment-zh");

            Page enterprise = browser.newPage();
            signIn(platform, enterprise, "hailan-qy");
            Browser.open(enterprise, platform.baseUrl() + "/policy/consult", "#policy-consult");
            Browser.clickGridCell(enterprise, "#policy-consult vaadin-grid", TITLE);
            enterprise.locator("#policy-draft-comment-text textarea").fill("建议将补助上限提高到300万元。");
            enterprise.locator("#policy-draft-comment-send").click();
            assertThat(enterprise.locator("#policy-consult-draft")).containsText("建议将补助上限提高到300万元", SLOW);
            assertThat(enterprise.locator("#policy-draft-edit")).hasCount(0);
            Browser.screenshot(enterprise, "policy-consult-commented-zh");
            // an enterprise user never opens the staff's draft page
            enterprise.navigate(draftUrl);
            assertThat(enterprise.locator("[id='policy.draft-state']")).hasCount(0);

            // the period runs: the step is refused with the last day
            staff.navigate(draftUrl);
            assertThat(staff.locator("#policy-draft-comments")).containsText("建议将补助上限提高到300万元", SLOW);
            staff.locator("[id='policy.draft-submit-legal']").click();
            assertThat(staff.locator("vaadin-notification-card[theme~=error]").last()).containsText("征求意见期尚未结束");

            // the night after the 30th day: the platform's daily job closes the notice
            long draftId = Long.parseLong(draftUrl.substring(draftUrl.lastIndexOf('/') + 1));
            clock.jumpTo(today.plusDays(30).atTime(0, 10, 30));
            PublicNotices notices = platform.runtime().service(PublicNotices.class).orElseThrow();
            AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
            TestPlatform.await(() -> access.asSystem(() -> notices.of("policy", "PolicyDraft", String.valueOf(draftId))
                    .stream().anyMatch(n -> n.state() == NoticeState.CLOSED)), Duration.ofSeconds(60),
                    "the notice to be closed");

            staff = browser.newPage();
            signIn(platform, staff, "sunwei");
            Browser.open(staff, draftUrl, "[id='policy.draft-submit-legal']");
            staff.locator("[id='policy.draft-submit-legal']").click();
            assertThat(staff.locator("[id='policy.draft-state']")).containsText("合法性审查中", SLOW);

            Page lawyer = browser.newPage();
            signIn(platform, lawyer, "zhaomin");
            Browser.open(lawyer, draftUrl, "[id='policy.draft-pass']");
            assertThat(lawyer.locator("#policy-draft-publish")).hasCount(0);
            lawyer.locator("[id='policy.draft-pass']").click();
            assertThat(lawyer.locator("[id='policy.draft-state']")).containsText("审查通过待发布", SLOW);

            staff.navigate(draftUrl);
            staff.locator("#policy-draft-batch input").fill("4");
            staff.locator("#policy-draft-publish").click();
            assertThat(staff.locator("[id='policy.draft-state']")).containsText("已发布", SLOW);
            assertThat(staff.locator("#policy-draft-history")).containsText("发布到政策清单");
            Browser.screenshot(staff, "policy-draft-published-zh");

            enterprise = browser.newPage();
            signIn(platform, enterprise, "hailan-qy");
            Browser.open(enterprise, platform.baseUrl() + "/policy/list", "#policy-list");
            assertThat(enterprise.locator("#policy-list")).containsText("共 210 项政策", SLOW);
            Browser.pickComboItem(enterprise, "policy-list-batch", "4", "第4批");
            assertThat(enterprise.locator("#policy-list")).containsText("共 1 项政策", SLOW);
            assertThat(enterprise.locator("#policy-list vaadin-grid")).containsText(TITLE);
            Browser.screenshot(enterprise, "policy-list-enterprise-zh");
            // the export is what is filtered: batch 4's one policy
            Page reader = enterprise;
            Download download = reader.waitForDownload(() -> reader.locator("#policy-list-export vaadin-button").click());
            assertEquals("政策清单.xlsx", download.suggestedFilename());
            java.nio.file.Path saved = java.nio.file.Path.of("target", "screenshots", "policy-list-batch-4.xlsx");
            download.saveAs(saved);
            String sheet = xlsxText(saved);
            assertTrue(sheet.contains(TITLE), "the exported sheet holds the published policy");
            assertFalse(sheet.contains("（2025年版）"), "and not the other batches");
            assertEquals(1, count(policy, "select count(*) from policy_draft where batch_no = 4"));
        }
    }

    private static void signIn(TestPlatform platform, Page page, String login) throws Exception {
        Browser.signIn(page, platform.baseUrl(), login, platform.demoPassword(login));
    }

    /** The text of every part of an .xlsx file (its XML, numeric character references resolved). */
    private static String xlsxText(java.nio.file.Path file) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (java.io.InputStream in = zip.getInputStream(e)) {
                    text.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        // the sheet writer may write characters beyond ASCII as references (&#23822;)
        return java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text).replaceAll(m -> new String(
                Character.toChars(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
    }

    private static void fillDate(Page page, String id, LocalDate day) {
        Locator input = page.locator("#" + id + " input");
        input.fill(day.toString());
        input.press("Enter");
    }

    private static long count(DataSource data, String sql) {
        try (Connection c = data.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    /** Picks suggestion {@code number} in the draft's source picker (typing the number, choosing its line). */
    private static void pickSource(Page page, String number) {
        page.locator("#policy-draft-suggestion-ids input").fill(number);
        Locator item = page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^#" + number + " ")))
                .first();
        item.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        item.click(new Locator.ClickOptions().setForce(true));
        page.keyboard().press("Escape");
    }
}
