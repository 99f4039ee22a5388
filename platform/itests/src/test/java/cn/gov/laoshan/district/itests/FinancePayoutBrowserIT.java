package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.notice.PublicNotice;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The payout journey in Chromium on the demo data: 海澜智联's user confirms its payout and bank account on 我的企业,
 * finance staff list it publicly (公示), the platform's daily job closes the notice once the clock passes its end
 * (the test moves the platform's clock, as {@link PublicNoticeIT} does), the approver approves the listed batch,
 * staff record the payment, and the enterprise sees it paid.
 */
class FinancePayoutBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    static final PublicNoticeIT.ShiftedClock CLOCK = new PublicNoticeIT.ShiftedClock();

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("finance").clock(CLOCK).build();

    @Test
    void anEnterpriseConfirmsTheApproverApprovesTheListedBatchAndTheEnterpriseSeesItPaid() throws Exception {
        // the plugin seeds in three parts (this year's menu budgets first): the platform's wait for demo data can
        // see the first one finished before the others have started, so wait for hailan's payouts themselves
        javax.sql.DataSource finance = platform.runtime().database().dataSource("finance");
        TestPlatform.await(() -> {
            try (java.sql.Connection c = finance.getConnection();
                    java.sql.ResultSet r = c.createStatement().executeQuery(
                            "select count(*) from payout where uscc = '91370212MA3C4XK2QQ'")) {
                return r.next() && r.getInt(1) > 0;
            } catch (java.sql.SQLException notYet) {
                return false;
            }
        }, Duration.ofMinutes(5), "hailan's demo payouts");
        Page enterprise = platform.newPage();
        platform.signIn(enterprise, "hailan-qy");
        openPayouts(enterprise);
        assertThat(enterprise.locator("#finance-enterprise-payouts-grid")).containsText("待企业确认", SLOW);
        enterprise.locator("#finance-confirm-LS-2026-001-2026").click();
        enterprise.locator("#finance-confirm-bank input").fill("中国农业银行青岛崂山支行");
        enterprise.locator("#finance-confirm-account-number input").fill("6228 4800 1234 5678 901");
        enterprise.locator("#finance-confirm-ok").click();
        assertThat(enterprise.locator("#finance-enterprise-payouts-grid")).containsText("企业已确认", SLOW);
        Browser.screenshot(enterprise, "finance-enterprise-confirmed");

        Page staff = platform.newPage();
        platform.signIn(staff, "chenjing");
        Browser.open(staff, platform.url("/finance/payouts"), "#finance-payouts-grid");
        // one payout per policy in the demo data: the row of LS-2026-001 is 海澜智联's, confirmed just now
        assertThat(staff.locator("#finance-payouts-grid")).containsText("LS-2026-001", SLOW);
        selectPayout(staff, "#finance-list").click();
        assertThat(staff.locator("#finance-payouts-grid")).containsText("公示中", SLOW);

        // the notice runs its working days; the night after its end the platform's daily job closes it
        AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
        PublicNotices notices = platform.runtime().service(PublicNotices.class).orElseThrow();
        List<PublicNotice> open = access.asSystem(() -> notices.current("finance"));
        assertEquals(1, open.size());
        PublicNotice notice = open.get(0);
        Page approver = platform.newPage();
        platform.signIn(approver, "czj-admin");
        Browser.open(approver, platform.url("/finance/payouts"), "#finance-payouts-grid");
        assertThat(approver.locator("#finance-payouts-grid")).containsText("公示中", SLOW);
        selectPayout(approver, "#finance-approve-batch").click();
        assertThat(approver.locator("vaadin-notification-card").last()).containsText("公示期未结束", SLOW);

        CLOCK.jumpTo(LocalDateTime.of(notice.endDate().plusDays(1), java.time.LocalTime.of(0, 10, 30)));
        TestPlatform.await(() -> access.asSystem(() -> notices.find(notice.id())).orElseThrow().state()
                == NoticeState.CLOSED, Duration.ofSeconds(60), "the daily job to close the payout notice");

        // days later: the sessions of before have been signed out for idleness on the platform's clock
        approver = platform.newPage();
        platform.signIn(approver, "czj-admin");
        Browser.open(approver, platform.url("/finance/payouts"), "#finance-payouts-grid");
        assertThat(approver.locator("#finance-payouts-grid")).containsText("公示中", SLOW);
        selectPayout(approver, "#finance-approve-batch").click();
        assertThat(approver.locator("#finance-payouts-grid")).containsText("已审批", SLOW);
        Browser.screenshot(approver, "finance-approved");
        // the plugin keeps the platform's time (api.plugin PlatformInfo.clock()), not the system's: the approval is
        // dated after the notice's end, where the platform's clock now is — the real today is before that end
        try (java.sql.Connection c = finance.getConnection();
                java.sql.ResultSet r = c.createStatement().executeQuery("select approved_at from payout "
                        + "where uscc = '91370212MA3C4XK2QQ' and approved_at is not null")) {
            assertTrue(r.next(), "the approved payout");
            assertFalse(r.getTimestamp(1).toInstant().isBefore(CLOCK.instant().minus(Duration.ofHours(1))),
                    "approved at " + r.getTimestamp(1) + ", the platform's clock at " + CLOCK.instant());
        }

        staff = platform.newPage();
        platform.signIn(staff, "chenjing");
        Browser.open(staff, platform.url("/finance/payouts"), "#finance-payouts-grid");
        assertThat(staff.locator("#finance-payouts-grid")).containsText("已审批", SLOW);
        selectPayout(staff, "#finance-pay");
        Browser.openDialog(staff, "finance-pay", "#finance-pay-voucher input");
        staff.locator("#finance-pay-voucher input").fill("记-2026-12-001");
        staff.locator("#finance-pay-ok").click();
        assertThat(staff.locator("#finance-payouts-grid")).containsText("已拨付", SLOW);

        enterprise = platform.newPage();
        platform.signIn(enterprise, "hailan-qy");
        openPayouts(enterprise);
        assertThat(enterprise.locator("#finance-enterprise-payouts-grid")).containsText("已拨付", SLOW);
        assertThat(enterprise.locator("#finance-enterprise-payouts-grid")).containsText("记-2026-12-001");
        Browser.screenshot(enterprise, "finance-enterprise-paid");

        // the other screens on the same data: the reconciliation shows the payment, the batch its closed notice,
        // the portfolio the demo investments
        Browser.open(staff, platform.url("/finance/budgets"), "#finance-budgets-grid");
        assertThat(staff.locator("#finance-budgets-grid")).containsText("20万元", SLOW);
        Browser.screenshot(staff, "finance-budgets");
        Browser.open(staff, platform.url("/finance/batches"), "#finance-batches-grid");
        Browser.clickGridCell(staff, "#finance-batches-grid", "LS-2026-001");
        assertThat(staff.locator("#finance-batch-notice")).containsText("已结束", SLOW);
        Browser.open(staff, platform.url("/finance/equity"), "#finance-portfolio");
        assertThat(staff.locator("#finance-portfolio")).containsText("共 42 笔投资", SLOW);
        assertThat(staff.locator("#finance-portfolio")).containsText("独角兽 9 家，上市 15 家");
        Browser.screenshot(staff, "finance-equity");
    }

    private static void openPayouts(Page page) {
        Browser.open(page, platform.url("/my-enterprise"), "#district-enterprise-tabs");
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("政策兑现")).first().click();
        page.locator("#finance-enterprise-payouts-grid").waitFor();
    }

    /**
     * Selects the LS-2026-001 row and returns the step button it should show. The first click on the ledger's grid
     * after the page opened often selects nothing (seen in most runs since 2026-12-07 11:50, on the plugin's own
     * branch too; the cause is not found yet, see the session note): the row is clicked again, at most three times,
     * before the test gives up. In the fifth session (f2, 14:25 UTC, load ~28) every first click selected, 4 of 4:
     * at each the grid had no {@code loading} attribute, one cell matched and no Flow request was in flight — so the
     * cause is none of those; the re-click stays until it is found.
     */
    private static Locator selectPayout(Page page, String button) {
        Locator step = page.locator(button);
        for (int attempt = 1; ; attempt++) {
            Browser.clickGridCell(page, "#finance-payouts-grid", "LS-2026-001");
            try {
                step.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
                return step;
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 3) {
                    Browser.screenshot(page, "finance-no-step-" + button.substring(1));
                    throw e;
                }
            }
        }
    }
}
