package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.Bundle;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutLedger;
import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.api.payout.PayoutStatus;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * 免申即享's hand-off through a real platform, in Chromium: the demo's match run tells the delivery of 海澜智联's
 * matches (its software measure among them); finance staff set the budget of a published policy, the
 * finance plugin is stopped, 海澜智联's user sees the policy it was matched to under 企业服务 → 免申即享 and confirms it
 * with its bank account — the payout request waits in the outbox — and when finance is started again the request
 * arrives in finance's ledger (confirmed, with the account) and the entitlement shows finance's answer.
 */
class PolicyDeliveryBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SEEDED =
            new LocatorAssertions.ContainsTextOptions().setTimeout(240_000);
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final String FINANCE = "cn.gov.laoshan.district.plugin.finance";

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("finance").build();

    /** Deployed here: the policy demo (3,000 suggestions) takes longer than the fixture's minute on a loaded machine. */
    @BeforeAll
    static void deployPolicy() throws Exception {
        TestPlatform running = platform.testPlatform();
        running.deploy(PluginJars.named("district-plugin-policy"), "policy.jar");
        running.awaitPlugin("policy", "ACTIVE", Duration.ofSeconds(120));
        // every part: the published list, the rules and the first match run with its entitlements, the suggestions
        running.awaitDemoData("policy", Duration.ofMinutes(10));
    }

    @Test
    void theEnterpriseConfirmsWhileFinanceIsAwayAndThePayoutArrivesWhenItIsBack() throws Exception {
        // the policy's budget for the year, set by finance staff: without it finance refuses the request
        Page finance = platform.newPage();
        platform.signIn(finance, "czj-admin");
        Browser.open(finance, platform.url("/finance/budgets"), "#finance-budgets-grid");
        finance.locator("#finance-budget-code input").fill("LS-P3-001");
        finance.locator("#finance-budget-name input").fill("2025年第3批第1项政策");
        finance.locator("#finance-budget-amount input").fill("1000万");
        finance.locator("#finance-budget-save").click();
        assertThat(finance.locator("#finance-budgets-grid")).containsText("LS-P3-001", SLOW);

        Bundle plugin = Arrays.stream(platform.runtime().bundleContext().getBundles())
                .filter(b -> FINANCE.equals(b.getSymbolicName())).findFirst().orElseThrow();
        plugin.stop();
        AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
        TestPlatform.await(() -> platform.runtime().service(PayoutLedger.class).isEmpty(), Duration.ofSeconds(30),
                "the payout ledger to go with the finance plugin");

        Page enterprise = platform.newPage();
        platform.signIn(enterprise, "hailan-qy");
        Browser.open(enterprise, platform.url("/policy/my-entitlements"), "#policy-my-entitlements");
        // the demo's entitlements are made once the demo policy list is published, in the background
        // and the match run's first demo run tells the delivery of 海澜智联's match of the software measure
        for (int attempt = 0; attempt < 48 && !(enterprise.locator("#policy-entitlement-list").innerText()
                .contains("LS-P3-001") && enterprise.locator("#policy-entitlement-list").innerText()
                        .contains("软件和信息技术服务业")); attempt++) {
            enterprise.waitForTimeout(5_000);
            enterprise.reload();
            enterprise.locator("#policy-entitlement-list").waitFor();
        }
        assertThat(enterprise.locator("#policy-my-entitlements")).containsText("待确认", SEEDED);
        assertThat(enterprise.locator("#policy-my-entitlements")).containsText("软件和信息技术服务业");
        Browser.screenshot(enterprise, "policy-my-entitlements");
        Browser.clickGridCell(enterprise, "#policy-entitlement-list", "LS-P3-001");
        assertThat(enterprise.locator("#policy-state")).containsText("待确认", SLOW);
        // a wrong account number is refused at its field, and nothing changes
        enterprise.locator("#policy-bank input").fill("招商银行青岛崂山支行");
        enterprise.locator("#policy-account-number input").fill("6214-83ab");
        enterprise.locator("#policy-confirm").click();
        assertThat(enterprise.locator("#policy-account-number")).containsText("6 至 32 位数字", SLOW);
        assertThat(enterprise.locator("#policy-state")).containsText("待确认");
        enterprise.locator("#policy-account-number input").fill("6214 8302 1234 5678");
        enterprise.locator("#policy-confirm").click();
        assertThat(enterprise.locator("#policy-state")).containsText("已确认", SLOW);
        assertThat(enterprise.locator("#policy-handoff")).containsText("待发送财政");
        Browser.screenshot(enterprise, "policy-entitlement-waiting");

        // finance comes back: the ledger's appearance sends what waited
        plugin.start();
        PayoutKey key = new PayoutKey("LS-P3-001", "2026", HAILAN);
        TestPlatform.await(() -> platform.runtime().service(PayoutLedger.class)
                .flatMap(l -> access.asSystem(() -> l.status(key))).isPresent(), Duration.ofSeconds(90),
                "the waiting request to reach finance's ledger");
        PayoutStatus arrived = platform.runtime().service(PayoutLedger.class)
                .flatMap(l -> access.asSystem(() -> l.status(key))).orElseThrow();
        assertEquals(PayoutState.CONFIRMED, arrived.state());
        assertEquals("200000.00", arrived.amount().amount().toPlainString());
        enterprise.reload();
        assertThat(enterprise.locator("#policy-handoff")).containsText("财政已受理", SLOW);
        assertThat(enterprise.locator("#policy-payout-state")).containsText("已确认");
        assertThat(enterprise.locator("#policy-entitlement-history")).containsText("财政答复");
        Browser.screenshot(enterprise, "policy-entitlement-accepted");

        // finance staff see it in their ledger, from the policy plugin, confirmed with the account
        Page staff = platform.newPage();
        platform.signIn(staff, "chenjing");
        Browser.open(staff, platform.url("/finance/payouts"), "#finance-payouts-grid");
        assertThat(staff.locator("#finance-payouts-grid")).containsText("LS-P3-001", SLOW);
        Browser.screenshot(staff, "policy-payout-in-finance");

        // the staff figures and the list of entitlements
        Page officer = platform.newPage();
        platform.signIn(officer, "sunwei");
        Browser.open(officer, platform.url("/policy/delivery-figures"), "#policy-delivery-figures");
        assertThat(officer.locator("#policy-delivery-figures")).containsText("确认率");
        assertThat(officer.locator("#policy-delivery-figures-paid")).containsText("已受理", SLOW);
        Browser.screenshot(officer, "policy-delivery-figures");
        Browser.open(officer, platform.url("/policy/entitlements"), "#policy-entitlements");
        // the match run made many (every matched enterprise): the newest first
        assertThat(officer.locator("#policy-entitlements")).containsText("LS-P3-", SLOW);
        Browser.screenshot(officer, "policy-entitlements");
        Optional<Bundle> still = Arrays.stream(platform.runtime().bundleContext().getBundles())
                .filter(b -> FINANCE.equals(b.getSymbolicName())).findFirst();
        assertTrue(still.isPresent() && still.get().getState() == Bundle.ACTIVE);
    }
}
