package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * Financing matchmaking (金企通) in Chromium on the demo data: 海澜智联's user submits a demand in 企业服务, finance
 * staff see the products it matches with their reasons and push it to the one it meets, the bank's loan officer
 * (an external user of 青岛农商银行崂山支行) sees it among the demands pushed to that bank only and grants it — in
 * English — and the enterprise sees the outcome; the dashboard card shows the matchmaking figures.
 */
class FinanceMatchmakingBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);
    /** Unique to this run's demand: the demo's demands have other purposes. */
    private static final String PURPOSE = "智能网关备货（浏览器旅程）";

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("finance").build();

    @Test
    void anEnterpriseAsksStaffPushTheBankGrantsAndTheEnterpriseSeesIt() {
        Page enterprise = platform.newPage();
        platform.signIn(enterprise, "hailan-qy");
        Browser.open(enterprise, platform.url("/finance/my-financing"), "#finance-demand-form");
        // 300,000 yuan for 12 months: only 小微易贷 (100,000–3,000,000, small and micro, grade A or B) takes it
        enterprise.locator("#finance-demand-amount input").fill("300000");
        enterprise.locator("#finance-demand-term input").fill("12");
        enterprise.locator("#finance-demand-purpose textarea").fill(PURPOSE);
        enterprise.locator("#finance-demand-guarantee input").fill("法定代表人连带责任保证");
        enterprise.locator("#finance-demand-submit").click();
        assertThat(enterprise.locator("#finance-my-demands")).containsText(PURPOSE, SLOW);
        assertThat(enterprise.locator("#finance-my-demands")).containsText("已提交");
        Browser.screenshot(enterprise, "finance-matchmaking-submitted");

        Page staff = platform.newPage();
        platform.signIn(staff, "chenjing");
        Browser.open(staff, platform.url("/finance/financing"), "#finance-demands");
        assertThat(staff.locator("#finance-financing-figures")).containsText("对接成功率", SLOW);
        select(staff, "#finance-demands", PURPOSE, "#finance-demand-matches");
        Locator matches = staff.locator("#finance-demand-matches");
        assertThat(matches).containsText("小微易贷", SLOW);
        // the reasons: what was met and what not (科创信用贷 starts at 500,000)
        assertThat(matches).containsText("融资金额30万元");
        assertThat(matches).containsText("不在产品额度");
        Browser.screenshot(staff, "finance-matchmaking-matches");
        Locator push = staff.locator("#finance-demand-matches vaadin-button[id^='finance-match-push-']:not([disabled])");
        assertThat(push).hasCount(1);
        push.click();
        assertThat(staff.locator("#finance-demand-pushes")).containsText("青岛农村商业银行股份有限公司崂山支行", SLOW);
        assertThat(staff.locator("#finance-demand-pushes")).containsText("待答复");
        assertThat(staff.locator("#finance-demand-timeline")).containsText("推送银行", SLOW);

        // the bank's loan officer, in English: only its bank's demands
        Page bank = platform.newPage();
        platform.signInInEnglish(bank, "qnsh-kj");
        Browser.open(bank, platform.url("/finance/bank-demands"), "#finance-bank-pushes");
        assertThat(bank.locator("#finance-bank-pushes")).containsText("青岛海澜智联科技有限公司", SLOW);
        // the demo pushed 青岛银行's and 农业银行's demands elsewhere: none of them is here
        assertThat(bank.locator("#finance-bank-pushes")).not().containsText("科创信用贷");
        assertThat(bank.locator("#finance-bank-pushes")).not().containsText("厂房设备抵押贷");
        select(bank, "#finance-bank-pushes", "¥300,000", "#finance-grant");
        assertThat(bank.locator("#finance-bank-push-reasons")).containsText("Amount", SLOW);
        bank.locator("#finance-grant-rate input").fill("4.05");
        Browser.screenshot(bank, "finance-matchmaking-bank-en");
        bank.locator("#finance-grant").click();
        assertThat(bank.locator("#finance-bank-push-answer")).containsText("Granted", SLOW);
        assertThat(bank.locator("#finance-bank-push-answer")).containsText("4.05% a year");

        enterprise = platform.newPage();
        platform.signIn(enterprise, "hailan-qy");
        Browser.open(enterprise, platform.url("/finance/my-financing"), "#finance-my-demands");
        select(enterprise, "#finance-my-demands", PURPOSE, "#finance-demand-pushes");
        assertThat(enterprise.locator("#finance-demand-facts")).containsText("已放款", SLOW);
        assertThat(enterprise.locator("#finance-demand-pushes")).containsText("年利率 4.05%", SLOW);
        // the enterprise sees no matching and no push buttons
        assertThat(enterprise.locator("#finance-demand-matches")).hasCount(0);
        Browser.screenshot(enterprise, "finance-matchmaking-granted");

        // the dashboard card: the payouts, the portfolio and the matchmaking figures with their charts
        Browser.open(staff, platform.url("/"), "#finance-widget");
        assertThat(staff.locator("#finance-widget-matchmaking")).containsText("成功率", SLOW);
        assertThat(staff.locator("#finance-widget-response-chart")).hasCount(1);
        assertThat(staff.locator("#finance-widget-portfolio-chart")).hasCount(1);
        Browser.screenshot(staff, "finance-widget");
    }

    /** Clicks the grid's row with {@code text} until {@code shown} appears (a click before the grid settled). */
    private static void select(Page page, String grid, String text, String shown) {
        assertThat(page.locator(grid)).containsText(text, SLOW);
        for (int attempt = 1; ; attempt++) {
            Browser.clickGridCell(page, grid, text);
            try {
                page.locator(shown).first().waitFor(new Locator.WaitForOptions().setTimeout(5_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
