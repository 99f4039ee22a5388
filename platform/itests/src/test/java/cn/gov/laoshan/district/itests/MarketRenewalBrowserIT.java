package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The market journey of issue 20: hailan-qy (青岛海澜智联) finds the reminder that its food business licence's renewal
 * window has opened in the bell (sent by the demo's first expiry scan), opens the licence in 企业服务 → 我的证照, sees
 * what minimal renewal saves, declares that nothing changed, commits, and is renewed at once; staff (scj-admin) see
 * the licences, the reminders log (their department's daily digest) and the types.
 */
class MarketRenewalBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(120_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().build();

    /**
     * The plugin deployed here rather than by the fixture: its demo writes some 29,000 licences, which on a loaded
     * machine takes longer than the fixture's one minute.
     */
    @BeforeAll
    static void deployMarket() throws Exception {
        deployMarket(platform);
    }

    /** Deploys the market plugin and waits for its demo data (the journeys of issue 20 share it). */
    static void deployMarket(BrowserPlatform platform) throws Exception {
        TestPlatform running = platform.testPlatform();
        running.deploy(PluginJars.named("district-plugin-market"), "market.jar");
        running.awaitPlugin("market", "ACTIVE", Duration.ofSeconds(60));
        running.awaitDemoData("market", Duration.ofMinutes(5));
    }

    /**
     * Opens 企业服务 → 我的证照 once the demo licences are there, checks the food business licence is in its window
     * ({@code type} and {@code inWindow} in the page's language) and opens it for renewal.
     */
    static void openLicenceInWindow(BrowserPlatform platform, Page page, String type, String inWindow) {
        Browser.open(page, platform.url("/market/my-licences"), "#market-my-licences");
        // the demo licences are written and scanned after the plugin starts: wait for them
        for (int i = 0; i < 60 && page.locator("#market-enterprise-licences vaadin-grid").count() == 0; i++) {
            page.waitForTimeout(2_000);
            page.reload();
            page.locator("#market-my-licences").waitFor();
        }
        assertThat(page.locator("#market-enterprise-licences")).containsText(type, SLOW);
        assertThat(page.locator("#market-enterprise-licences")).containsText(inWindow);
        page.locator("#market-enterprise-licences vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(inWindow)).first().click();
        page.locator("#market-renewal-submit").waitFor();
    }

    /** Declares that nothing changed, commits (the four boxes) and submits. */
    static void declareAndSubmit(Page page, String screenshot) {
        for (String box : new String[] {"premises", "scope", "staff", "commit"}) {
            page.locator("#market-renewal-" + box).click();
        }
        Browser.screenshot(page, screenshot);
        page.locator("#market-renewal-submit").click();
    }

    @Test
    void theHolderIsRemindedAndRenewsItsFoodLicenceMinimally() {
        Page page = platform.newPage();
        platform.signIn(page, "hailan-qy");
        Browser.open(page, platform.url("/"), "#district-bell-button");
        page.locator("#district-bell-button").click();
        Locator inbox = page.locator("vaadin-dialog-overlay");
        assertThat(inbox).containsText("食品经营许可证", SLOW);
        assertThat(inbox).containsText("续期申请期已开始");
        Browser.screenshot(page, "market-reminder-zh");
        page.keyboard().press("Escape");

        openLicenceInWindow(platform, page, "食品经营许可证", "续期申请期内");
        assertThat(page.locator("#market-renew-view")).containsText("少 2 个环节、少交 5 份材料，至少快 3 个工作日");
        declareAndSubmit(page, "market-minimal-renewal-zh");
        assertThat(page.locator("#market-renewal-outcome")).containsText("续期成功");
        assertThat(page.locator("#market-renewal-outcome")).containsText("JY370212");
        Browser.screenshot(page, "market-renewed-zh");

        Page staff = platform.newPage();
        platform.signIn(staff, "scj-admin");
        Browser.open(staff, platform.url("/market/reminders"), "#market-reminders vaadin-grid");
        // staff heard of the day's reminders in one digest per department (logged per licence, newest first)
        assertThat(staff.locator("#market-reminders")).containsText("今日许可证照到期提醒");
        Browser.screenshot(staff, "market-reminders-zh");
        Browser.open(staff, platform.url("/market/licences"), "#market-licences vaadin-grid");
        Browser.screenshot(staff, "market-licences-zh");
        Browser.open(staff, platform.url("/market/types"), "#market-types-grid");
        assertThat(staff.locator("#market-types")).containsText("第三类医疗器械经营许可证");
        Browser.screenshot(staff, "market-types-zh");
        Browser.open(staff, platform.url("/"), "#market-widget");
        Browser.screenshot(staff, "market-dashboard-zh");
    }
}
