package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * 告知承诺制 (issue 21 item 1) in Chromium: hailan-qy (青岛海澜智联) reads the written notice of the food business licence,
 * signs and is approved at once; the same item is then refused while its post-check runs; the market bureau's
 * administrator (scj-admin) finds the post-check flagged as commitment-based, records it failed and orders
 * rectification by a day; the re-check finds it not rectified (acted by state: the plugin reads the real clock, the
 * daily job's revocation after the day is {@code CommitmentDataTest}'s), so the approval is revoked and the credit mark
 * 承诺失信 is written; the mark shows on the enterprise's page (the registry's facts, in English too) and in 我的承诺.
 * Then a violation case with the decision helper (issue 21 item 2): a first offence of expired food, each condition
 * shown, corrected, decided without penalty.
 */
class MarketCommitmentBrowserIT {

    static final String HAILAN = "91370212MA3C4XK2QQ";
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(120_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().build();

    @BeforeAll
    static void deployMarket() throws Exception {
        MarketRenewalBrowserIT.deployMarket(platform);
    }

    @Test
    void anEnterpriseAppliesByCommitmentFailsItsPostCheckIsRevokedAndMarked() {
        Page enterprise = platform.newPage();
        platform.signIn(enterprise, "hailan-qy");
        Browser.open(enterprise, platform.url("/market/my-commitment"), "#market-commitment-item");
        Browser.pickComboItem(enterprise, "market-commitment-item", "SJ-001", "食品经营许可（新办）");
        assertThat(enterprise.locator("#market-commitment-notice")).containsText("告知承诺书", SLOW);
        assertThat(enterprise.locator("#market-commitment-notice")).containsText("1个月内进行现场核查");
        enterprise.locator("#market-commitment-signer input").fill("林海澜");
        enterprise.locator("#market-commitment-sign").click();
        assertThat(enterprise.locator("vaadin-notification-card").last()).containsText("请阅读告知承诺书并勾选承诺", SLOW);
        enterprise.locator("#market-commitment-agree").click();
        Browser.screenshot(enterprise, "market-commitment-apply-zh");
        enterprise.locator("#market-commitment-sign").click();
        assertThat(enterprise.locator("#market-commitment-state")).containsText("已审批（核查中）", SLOW);
        assertThat(enterprise.locator("#market-post-check-state")).containsText("待核查");
        String commitmentUrl = enterprise.url();
        Browser.screenshot(enterprise, "market-commitment-approved-zh");
        // the same item again while its post-check runs: refused, with the reason
        Browser.open(enterprise, platform.url("/market/my-commitment"), "#market-commitment-item");
        Browser.pickComboItem(enterprise, "market-commitment-item", "SJ-001", "食品经营许可（新办）");
        assertThat(enterprise.locator("#market-commitment-refused")).containsText("尚未核查完毕", SLOW);

        Page staff = platform.newPage();
        platform.signIn(staff, "scj-admin");
        Browser.open(staff, platform.url("/market/post-checks"), "#market-post-check-grid");
        Browser.clickGridCell(staff, "#market-post-check-grid", "青岛海澜智联科技有限公司");
        staff.locator("#market-check-fail").waitFor();
        assertThat(staff.locator("#market-commitment-notice")).containsText("青岛海澜智联科技有限公司");
        assertThat(staff.locator("#market-commitment-signer-value input")).hasValue(
                java.util.regex.Pattern.compile("林海澜（hailan-qy.*"));
        staff.locator("#market-check-finding textarea").fill("现场核查：未设置专用清洗消毒设施");
        LocalDate rectifyBy = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
        staff.locator("#market-check-rectify-by input").fill(rectifyBy.toString());
        staff.locator("#market-check-rectify-by input").press("Enter");
        staff.locator("#market-check-fail").click();
        assertThat(staff.locator("#market-post-check-state")).containsText("整改中", SLOW);
        assertThat(staff.locator("#market-post-check-state")).containsText("整改期限");
        Browser.screenshot(staff, "market-commitment-rectifying-zh");
        staff.locator("#market-check-finding textarea").fill("复查：仍未设置清洗消毒设施，逾期不能整改");
        staff.locator("#market-check-not-rectified").click();
        assertThat(staff.locator("#market-commitment-state")).containsText("已撤销", SLOW);
        assertThat(staff.locator("#market-commitment-marks")).containsText("承诺失信");
        assertThat(staff.locator("#market-commitment-history")).containsText("撤销审批，记入信用记录");
        Browser.screenshot(staff, "market-commitment-revoked-zh");

        // the credit mark on the enterprise's page (the registry's facts), read in English by the administrator
        Page english = platform.newPage();
        platform.signInAsAdminInEnglish(english);
        Browser.open(english, platform.url("/registry/enterprises/" + HAILAN), "#registry-page-record");
        english.locator("#tab-facts").click();
        assertThat(english.locator(".registry-facts-mark").first()).containsText("承诺失信", SLOW);
        Browser.screenshot(english, "market-commitment-enterprise-page-en");
        Browser.open(english, commitmentUrl, "#market-commitment-state");
        assertThat(english.locator("#market-commitment-state")).containsText("Revoked");
        assertThat(english.locator("#market-post-check-state")).containsText("Revoked");
        assertThat(english.locator("#market-commitment-history")).containsText("Approval revoked, credit mark written");
        Browser.screenshot(english, "market-commitment-revoked-en");

        Browser.open(enterprise, platform.url("/market/my-commitments"), "#market-my-commitment-grid");
        assertThat(enterprise.locator("#market-my-commitment-grid")).containsText("已撤销", SLOW);
        Browser.screenshot(enterprise, "market-my-commitments-zh");
    }

    @Test
    void aFirstOffenceIsExplainedConditionByConditionAndDecidedWithoutPenalty() {
        Page staff = platform.newPage();
        platform.signIn(staff, "scj-admin");
        Browser.open(staff, platform.url("/market/cases/new"), "#market-case-save");
        Browser.pickComboItem(staff, "market-case-uscc", "明德长青", "青岛明德长青海洋生物科技有限公司");
        Browser.pickComboItem(staff, "market-case-item", "F01", "经营超过保质期的食品");
        staff.locator("#market-case-facts textarea").fill("货架上发现超过保质期的海苔2袋（浏览器测试）");
        staff.locator("#market-case-goods-value input").fill("36");
        Browser.pickComboItem(staff, "market-case-harm", "轻微", "危害后果轻微");
        Browser.pickComboItem(staff, "market-case-item-conditions", "符合", "符合");
        staff.locator("#market-case-correction input").fill("立即下架、销毁");
        staff.locator("#market-case-save").click();
        assertThat(staff.locator("#market-case-conditions")).containsText("两年内无同类违法记录", SLOW);
        assertThat(staff.locator("#market-case-suggested")).containsText("尚有条件待核实");
        assertThat(staff.locator("#market-case-harm-value input")).hasValue("危害后果轻微");
        assertThat(staff.locator("#market-case-goods-value-value input")).hasValue("36");
        staff.locator("#market-case-corrected-on input").fill(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        staff.locator("#market-case-corrected-on input").press("Enter");
        staff.locator("#market-case-corrected").click();
        assertThat(staff.locator("#market-case-suggested")).containsText("首违不罚", SLOW);
        Browser.screenshot(staff, "market-case-helper-zh");
        Browser.selectItem(staff, "market-case-decision", "首违不罚（可以不予处罚）");
        staff.locator("#market-case-reasons textarea").fill("两年内无同类违法，货值36元，当场下架销毁");
        staff.locator("#market-case-decide").click();
        assertThat(staff.locator("#market-case-decision-view")).containsText("两年内无同类违法，货值36元", SLOW);
        assertThat(staff.locator("#market-case-decision-view")).containsText("首违不罚");
        Browser.screenshot(staff, "market-case-decided-zh");
        String caseUrl = staff.url();
        Page english = platform.newPage();
        platform.signInAsAdminInEnglish(english);
        Browser.open(english, caseUrl, "#market-case-conditions");
        assertThat(english.locator("#market-case-conditions")).containsText("No same-type violation in the last two years");
        assertThat(english.locator("#market-case-decision-view")).containsText("First offence, not penalised");
        Browser.screenshot(english, "market-case-decided-en");
        Browser.open(english, platform.url("/market/commitment-items"), "#market-commitment-item-grid");
        assertThat(english.locator("#market-commitment-items")).containsText("90 of them by commitment");
        Browser.screenshot(english, "market-commitment-items-en");
        Browser.open(english, platform.url("/market/lenient-lists"), "#market-lenient-grid");
        Browser.screenshot(english, "market-lenient-lists-en");
        Browser.open(staff, platform.url("/"), "#market-supervision-widget");
        assertThat(staff.locator("#market-supervision-widget")).containsText("本月案件决定");
        Browser.screenshot(staff, "market-dashboard-supervision-zh");
    }
}
