package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * 征点子 in Chromium on a demo home: an enterprise user (hailan-qy) submits a suggestion in 企业服务 and sees it
 * categorised and received; the policy staff (sunwei) analyse it — topic with the categoriser's confidence,
 * responsible department — and answer it; the enterprise reads the answer and rates it, and a colleague sees the
 * rated suggestion in English. Another enterprise's user cannot open it.
 */
class PolicySuggestionBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("policy").build();

    @Test
    void anEnterpriseSubmitsStaffAnswerTheEnterpriseRates() {
        String text = "希望区里对科技型中小企业的知识产权质押贷款给予贴息，缓解研发资金压力。浏览器测试";
        Page enterprise = platform.newPage();
        platform.signIn(enterprise, "hailan-qy");
        Browser.open(enterprise, platform.url("/policy/my-suggestions"), "#policy-mine-submit");
        enterprise.locator("#policy-mine-text textarea").fill(text);
        enterprise.locator("#policy-mine-submit").click();
        assertThat(enterprise.locator("#policy-mine-list")).containsText("科技型中小企业", SLOW);
        Browser.screenshot(enterprise, "policy-mine-submitted-zh");
        Browser.clickGridCell(enterprise, "#policy-mine-list", "科技型中小企业的知识产权");
        assertThat(enterprise.locator("#policy-suggestion-state")).containsText("已收到", SLOW);
        assertThat(enterprise.locator("#policy-suggestion-topic")).containsText("融资增信");
        assertThat(enterprise.locator("#policy-suggestion-confidence")).containsText("可信度");
        assertThat(enterprise.locator("#policy-suggestion-facts")).containsText("线上归集");
        String suggestionUrl = Browser.savedRecordUrl(enterprise);
        assertTrue(suggestionUrl.matches(".*/policy/suggestions/\\d+"), suggestionUrl);

        Page staff = platform.newPage();
        platform.signIn(staff, "sunwei");
        Browser.open(staff, suggestionUrl, "#policy-analyse-save");
        assertThat(staff.locator("#policy-suggestion-facts")).containsText("青岛海澜智联");
        Browser.pickComboItem(staff, "policy-analyse-department", "财政", "区财政局");
        staff.locator("#policy-analyse-save").click();
        assertThat(staff.locator("#policy-suggestion-state")).containsText("已分析", SLOW);
        staff.locator("#policy-respond-answer textarea").fill("已纳入区科技金融贴息政策，请于每季度末通过企业服务申报。");
        staff.locator("#policy-respond-save").click();
        assertThat(staff.locator("#policy-suggestion-state")).containsText("已答复", SLOW);
        assertThat(staff.locator("#policy-history")).containsText("答复");
        Browser.screenshot(staff, "policy-answered-zh");

        // the demo's two years of suggestions fill the inbox, and the widget gives the answer time and satisfaction
        Browser.open(staff, platform.url("/policy/suggestions"), "#policy-suggestions");
        assertThat(staff.locator("#policy-suggestions")).containsText("共 3,0",
                new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        Browser.screenshot(staff, "policy-inbox-zh");
        // the list as an Excel file, then only the late ones
        com.microsoft.playwright.Download export = staff.waitForDownload(() -> staff.locator("#policy-export").click());
        byte[] xlsx;
        try {
            xlsx = java.nio.file.Files.readAllBytes(export.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(xlsx.length > 100_000 && xlsx[0] == 'P' && xlsx[1] == 'K', "an .xlsx of 3,000 rows: " + xlsx.length);
        staff.locator("#policy-filter-overdue").click();
        assertThat(staff.locator("#policy-suggestions")).not().containsText("共 3,0", SLOW);
        assertThat(staff.locator("#policy-suggestions")).containsText("已超期");
        Browser.open(staff, platform.url("/"), "#policy-widget-rates");
        assertThat(staff.locator("#policy-widget-rates")).containsText("平均答复用时");
        System.out.println("policy widget (demo data): " + staff.locator("#policy-widget-rates").innerText());
        Browser.screenshot(staff, "policy-widget-zh");

        // the demo's groups (five confirmed) and the reserve library (three groups)
        Browser.open(staff, platform.url("/policy/groups"), "#policy-group-list");
        assertThat(staff.locator("#policy-group-list")).containsText("已确认", SLOW);
        Browser.screenshot(staff, "policy-groups-zh");
        Browser.open(staff, platform.url("/policy/reserve"), "#policy-reserve-list");
        assertThat(staff.locator("#policy-reserve-list")).containsText("相似问题组", SLOW);
        Browser.screenshot(staff, "policy-reserve-zh");
        // the enterprise page's section: the enterprise's four demo suggestions and the new one
        Browser.open(staff, platform.url("/registry/enterprises/91370212MA3C4XK2QQ"), "#tab-section-policy-suggestions");
        staff.locator("#tab-section-policy-suggestions").click();
        assertThat(staff.locator("#policy-enterprise-suggestions-count")).hasText("共 5 条");
        assertThat(staff.locator("#policy-enterprise-suggestions")).containsText("浏览器测试");

        // another enterprise's user does not get it
        Page other = platform.newPage();
        platform.signIn(other, "mingde-qy");
        other.navigate(suggestionUrl);
        other.waitForTimeout(2_000);
        assertTrue(other.locator("#policy-suggestion-text").count() == 0, "mingde-qy must not see hailan's suggestion");

        enterprise.navigate(suggestionUrl);
        assertThat(enterprise.locator("#policy-suggestion-answer")).containsText("科技金融贴息", SLOW);
        enterprise.locator("#policy-rate-rating vaadin-radio-button").nth(1).click();
        enterprise.locator("#policy-rate-save").click();
        assertThat(enterprise.locator("#policy-suggestion-state")).containsText("已反馈", SLOW);
        assertThat(enterprise.locator("#policy-suggestion-rating")).containsText("满意");
        Browser.screenshot(enterprise, "policy-rated-zh");

        // on 我的企业, the enterprise's own suggestions only (明德长青's four would make nine)
        Browser.open(enterprise, platform.url("/my-enterprise"), "#tab-section-policy-suggestions");
        enterprise.locator("#tab-section-policy-suggestions").click();
        assertThat(enterprise.locator("#policy-enterprise-suggestions-count")).hasText("共 5 条");
        Browser.screenshot(enterprise, "policy-my-enterprise-zh");

        Page colleague = platform.newPage();
        platform.signInInEnglish(colleague, "hailan-cw");
        Browser.open(colleague, suggestionUrl, "#policy-suggestion-state");
        assertThat(colleague.locator("#policy-suggestion-state")).containsText("Rated", SLOW);
        assertThat(colleague.locator("#policy-suggestion-topic")).containsText("Financing");
        Browser.screenshot(colleague, "policy-rated-en");
    }
}
