package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * Issue 21 items 3 and 4 in Chromium: scj-admin grades this month (progress shown), overrides 青岛海澜智联's grade to D
 * with a reason, draws with D at 100 % (so it is surely drawn), verifies the draw from its seed, and records a failed
 * inspection; hailan-qy then reads the published result on 我的企业 and on the public list — and no grade anywhere,
 * the grading screen refused to it.
 */
class MarketInspectionBrowserIT {

    static final String HAILAN = "91370212MA3C4XK2QQ";
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(180_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().build();

    @BeforeAll
    static void deployMarket() throws Exception {
        MarketRenewalBrowserIT.deployMarket(platform);
    }

    @Test
    void staffGradeDrawAndRecordTheEnterpriseSeesItsResultButNotItsGrade() {
        Page staff = platform.newPage();
        platform.signIn(staff, "scj-admin");
        Browser.open(staff, platform.url("/market/credit/grades"), "#market-credit-grid");
        staff.locator("#market-credit-run").click();
        assertThat(staff.locator("#market-credit-status")).containsText("分类完成", SLOW);
        Browser.screenshot(staff, "market-credit-grades-zh");

        staff.locator("#market-credit-uscc input").fill(HAILAN);
        Browser.clickGridCell(staff, "#market-credit-grid", HAILAN);
        staff.locator("#market-credit-override-save").waitFor();
        Browser.selectItem(staff, "market-credit-override-grade", "D级（信用风险高）");
        staff.locator("#market-credit-override-reason textarea").fill("群众举报其无证经营，列为重点检查对象");
        Browser.screenshot(staff, "market-credit-override-zh");
        staff.locator("#market-credit-override-save").click();
        assertThat(staff.locator("#market-credit-grid")).containsText("已调整");

        Browser.open(staff, platform.url("/market/credit/rule"), "#market-credit-rule-words");
        assertThat(staff.locator("#market-credit-rule-words")).containsText("抽查不合格");
        Browser.screenshot(staff, "market-credit-rule-zh");

        Browser.open(staff, platform.url("/market/inspection/draws"), "#market-draw-make");
        staff.locator("#market-draw-title input").fill("海澜智联专项双随机抽查");
        staff.locator("#market-draw-percent-D input").fill("100");
        staff.locator("#market-draw-make").click();
        staff.locator("#market-draw-targets").waitFor();
        staff.locator("#market-draw-verify").click();
        assertThat(staff.locator("#market-draw-verified")).containsText("复核一致");
        Browser.screenshot(staff, "market-draw-zh");

        staff.locator("#market-draw-target-search input").fill(HAILAN);
        staff.locator("#market-record-" + HAILAN).click();
        Browser.selectItem(staff, "market-record-result", "不合格");
        staff.locator("#market-record-findings textarea").fill("未取得食品经营许可从事餐饮服务");
        staff.locator("#market-record-save").click();
        assertThat(staff.locator("#market-draw-targets")).containsText("未取得食品经营许可从事餐饮服务");

        Page enterprise = platform.newPage();
        platform.signIn(enterprise, "hailan-qy");
        Browser.open(enterprise, platform.url("/my-enterprise"), "#district-enterprise-tabs");
        enterprise.locator("#tab-section-market-inspections").click();
        assertThat(enterprise.locator("#market-enterprise-inspections")).containsText("不合格");
        assertThat(enterprise.locator("#market-enterprise-inspections")).containsText("未取得食品经营许可从事餐饮服务");
        Browser.screenshot(enterprise, "market-my-inspections-zh");
        assertFalse(enterprise.locator("body").innerText().contains("D级"), "no grade on 我的企业");
        assertFalse(enterprise.locator("body").innerText().contains("信用风险"), "no grade on 我的企业");

        Browser.open(enterprise, platform.url("/market/inspection/results"), "#market-inspection-results-grid");
        enterprise.locator("#market-inspection-search input").fill(HAILAN);
        assertThat(enterprise.locator("#market-inspection-results-grid")).containsText("未取得食品经营许可从事餐饮服务");
        assertFalse(enterprise.locator("body").innerText().contains("D级"), "no grade in the published list");
        Browser.screenshot(enterprise, "market-inspection-results-zh");

        // the grading screen is not the enterprise user's, whatever the URL
        enterprise.navigate(platform.url("/market/credit/grades"));
        enterprise.waitForLoadState();
        assertFalse(enterprise.locator("#market-credit-grid").isVisible());
        assertFalse(enterprise.locator("body").innerText().contains(HAILAN + "\t"), "no grade list");
    }

    @Test
    void theScreensInEnglish() {
        Page staff = platform.newPage();
        platform.signInInEnglish(staff, "scj-admin");
        Browser.open(staff, platform.url("/market/credit/grades"), "#market-credit-grid");
        // the demo's month is graded: wait for its grades
        assertThat(staff.locator("#market-credit-counts")).containsText("enterprises: A", SLOW);
        Browser.screenshot(staff, "market-credit-grades-en");
        Browser.open(staff, platform.url("/market/credit/rule"), "#market-credit-rule-words");
        assertThat(staff.locator("#market-credit-rule-words")).containsText("Inspection failed");
        assertThat(staff.locator("#market-credit-rule-limits")).containsText("grade D");
        Browser.screenshot(staff, "market-credit-rule-en");
        Browser.open(staff, platform.url("/market/inspection/draws"), "#market-draws-grid");
        assertThat(staff.locator("#market-draws")).containsText("Random inspection draws");
        Browser.screenshot(staff, "market-draws-en");
        Browser.clickGridCell(staff, "#market-draws-grid", "双随机一公开抽查（第一批）");
        staff.locator("#market-draw-verify").click();
        assertThat(staff.locator("#market-draw-verified")).containsText("Verified");
        Browser.screenshot(staff, "market-draw-en");
        Browser.open(staff, platform.url("/market/inspection/inspectors"), "#market-inspectors-grid");
        Browser.screenshot(staff, "market-inspectors-en");
        Browser.open(staff, platform.url("/market/inspection/results"), "#market-inspection-results-grid");
        Browser.screenshot(staff, "market-inspection-results-en");
        Browser.open(staff, platform.url("/"), "#market-inspection-widget");
        Browser.screenshot(staff, "market-inspection-widget-en");
    }
}
