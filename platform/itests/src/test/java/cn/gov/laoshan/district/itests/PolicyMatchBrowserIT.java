package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * 免申即享 in Chromium on the demo: sunwei (政策兑现专员 of the development bureau) opens a published policy of this
 * year's list that has no rule, builds one in the structured form (a condition left without a value is refused at
 * its field; the sentence reads the rule back as it grows), gives it a fixed benefit and saves it; runs the matching
 * (the progress bar, then finished); opens a match and sees it explained condition by condition with the actual
 * values; then hailan-qy finds the policy with its amount in its 政策计算器.
 */
class PolicyMatchBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Test
    void staffBuildARuleRunTheMatchingAndTheEnterpriseSeesItInItsCalculator() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Chromium is not installed");
        try (TestPlatform platform = TestPlatform.start(RuntimeOptions.forHome(
                Files.createTempDirectory("district-policy-match-home")).withDemo(true));
                Browser browser = Browser.launch()) {
            platform.deploy(PluginJars.named("district-plugin-policy"), "policy.jar");
            platform.awaitPlugin("policy", "ACTIVE", Duration.ofMinutes(2));
            DataSource policy = platform.runtime().database().dataSource("policy");
            // the demo: the published list, its rules and the first match run
            TestPlatform.await(() -> number(policy, "select count(*) from policy_match_run where state = 'FINISHED'", null) > 0,
                    Duration.ofMinutes(6), "the first match run of the policy demo");
            int year = LocalDate.now(PublicNoticeIT.BEIJING).getYear();
            String title = "企业上市挂牌奖励（" + year + "年版）";
            long id = number(policy, "select id from policy_draft where title = ?", title);
            assertTrue(id > 0, "this year's edition of the measure is published");
            assertTrue(number(policy, "select count(*) from policy_rule where policy_id = ?", String.valueOf(id)) == 0,
                    "and has no rule yet");

            Page staff = browser.newPage();
            Browser.signIn(staff, platform.baseUrl(), "sunwei", platform.demoPassword("sunwei"));
            Browser.open(staff, platform.baseUrl() + "/policy/matching/" + id, "#policy-rule-editor");
            assertThat(staff.locator("#policy-rule-sentence")).containsText("尚未设置");
            // a condition: the fact first, its value left empty and refused at the field
            staff.locator(".policy-rule-add-condition").first().click();
            // the new condition must be there before its select is looked for (else the last select is an older one)
            assertThat(staff.locator(".policy-rule-condition")).hasCount(1);
            pick(staff, staff.locator(".policy-rule-fact").last(), "所属行业");
            staff.locator("#policy-rule-save").click();
            assertThat(staff.locator(".policy-rule-condition vaadin-multi-select-combo-box[invalid]")).hasCount(1);
            assertThat(staff.locator(".policy-rule-condition")).containsText("至少选择一项");
            // then the industry and a second condition on the credit grade: the sentence follows
            choose(staff, "I65");
            assertThat(staff.locator("#policy-rule-sentence")).containsText("行业属于 I65", SLOW);
            staff.locator(".policy-rule-add-condition").first().click();
            assertThat(staff.locator(".policy-rule-condition")).hasCount(2);
            pick(staff, staff.locator(".policy-rule-fact").last(), "信用等级");
            choose(staff, "D");
            assertThat(staff.locator("#policy-rule-sentence")).containsText("行业属于 I65 且 信用等级不为 D", SLOW);
            Browser.selectItem(staff, "policy-benefit-kind", "固定金额");
            staff.locator("#policy-benefit-fixed input").fill("5万");
            Browser.screenshot(staff, "policy-rule-editor-zh");
            staff.locator("#policy-rule-save").click();
            assertThat(staff.locator("#policy-benefit")).containsText("每家 5万元 · 兑现年度 " + year, SLOW);
            assertTrue(number(policy, "select count(*) from policy_rule where policy_id = ?", String.valueOf(id)) == 1);

            // the matching, in the background with its progress
            Browser.open(staff, platform.baseUrl() + "/policy/matching", "#policy-match-run");
            staff.locator("#policy-match-run").click();
            // the status shows the demo's finished run until this one is under way: wait for sunwei's run itself
            TestPlatform.await(() -> number(policy, "select count(*) from policy_match_run where started_by = ? "
                    + "and state = 'FINISHED'", "sunwei") > 0, java.time.Duration.ofMinutes(3), "sunwei's match run");
            assertThat(staff.locator("#policy-match-status")).containsText("匹配完成", new LocatorAssertions.ContainsTextOptions()
                    .setTimeout(180_000));
            Browser.screenshot(staff, "policy-matching-zh");
            Browser.open(staff, platform.baseUrl() + "/policy/matching/" + id, "#policy-matches");
            // hundreds of software enterprises match: the filter finds hailan among them
            staff.locator("#policy-matches vaadin-grid").scrollIntoViewIfNeeded();
            staff.locator("#policy-matches vaadin-text-field input").fill("海澜智联");
            try {
                assertThat(staff.locator("#policy-matches")).containsText("共 1 家企业", SLOW);
            } catch (AssertionError e) {
                Browser.screenshot(staff, "policy-matches-failed");
                throw e;
            }
            assertThat(staff.locator("#policy-matches")).containsText("青岛海澜智联科技有限公司", SLOW);
            Browser.clickGridCell(staff, "#policy-matches", "青岛海澜智联科技有限公司");
            assertThat(staff.locator(".policy-match-explanation")).containsText("行业属于 I65（实际：I6510）", SLOW);
            assertThat(staff.locator(".policy-match-explanation")).containsText("信用等级不为 D（实际：A）");
            Browser.screenshot(staff, "policy-match-explanation-zh");

            Page enterprise = browser.newPage();
            Browser.signIn(enterprise, platform.baseUrl(), "hailan-qy", platform.demoPassword("hailan-qy"));
            Browser.open(enterprise, platform.baseUrl() + "/policy/calculator", "#policy-calculator");
            assertThat(enterprise.locator("#policy-calculator-qualified")).containsText(title, SLOW);
            assertThat(enterprise.locator("#policy-calculator-qualified")).containsText("测算金额 5万元");
            // the demo's measures: one it nearly qualifies for too
            assertThat(enterprise.locator("#policy-calculator-near")).containsText("总部企业落户奖励");
            Browser.screenshot(enterprise, "policy-calculator-zh");
        }
    }

    /** Types {@code value} into the last condition's multi-select and picks exactly that item. */
    private static void choose(Page page, String value) {
        Locator input = page.locator(".policy-rule-condition vaadin-multi-select-combo-box.policy-rule-value input").last();
        input.click();
        input.fill(value);
        Locator item = page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*" + value + "\\s*$"))).first();
        try {
            item.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            Browser.screenshot(page, "policy-rule-choose-failed");
            throw e;
        }
        item.click(new Locator.ClickOptions().setForce(true));
        page.keyboard().press("Escape");
    }

    /** Opens a Vaadin select found by {@code select} and picks the item showing {@code text}. */
    private static void pick(Page page, Locator select, String text) {
        Locator item = page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(text)).first();
        for (int attempt = 0; attempt < 5 && !item.isVisible(); attempt++) {
            select.click();
            try {
                item.waitFor(new Locator.WaitForOptions().setTimeout(4_000));
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                page.keyboard().press("Escape");
            }
        }
        item.click(new Locator.ClickOptions().setForce(true));
    }

    private static long number(DataSource data, String sql, String parameter) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }
}
