package cn.gov.laoshan.district.finance.service;

import java.util.ArrayList;
import java.util.List;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.payout.BankAccount;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutRequest;

/**
 * Demo data for homes started with it: budgets for policy codes of the kind a district policy list has, and
 * payouts for the two demo enterprises' users to see — 海澜智联's waiting for its confirmation, 明德长青's
 * confirmed — so that the journey confirm → list → approve → pay can be walked from the quick start.
 */
public final class FinanceDemo {

    /** The demo enterprises of the identity and registry seed data. */
    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final String MINGDE = "91370212MA3D0WPHWP";

    private static final String[][] POLICIES = {
            { "LS-2026-001", "高新技术企业认定奖励", "30000000" },
            { "LS-2026-002", "专精特新中小企业培育奖励", "12000000" },
            { "LS-2026-003", "研发投入后补助", "45000000" },
            { "LS-2026-004", "首台（套）技术装备奖励", "8000000" },
            { "LS-2026-005", "规模以上工业企业新增奖励", "6000000" },
            { "LS-2026-006", "稳岗就业补贴", "15000000" } };

    private FinanceDemo() {
    }

    /** Runs as the platform (demo seeding). Returns what it made, for the log. */
    public static String seed(PayoutService payouts) {
        for (String[] p : POLICIES) {
            payouts.setBudget(p[0], p[1], 2026, null, Yuan.parse(p[2]), 5);
        }
        List<PayoutRequest> requests = new ArrayList<>();
        requests.add(new PayoutRequest(new PayoutKey("LS-2026-001", "2026", HAILAN), "青岛海澜智联科技有限公司",
                Yuan.parse("200000"), null, null, "policy"));
        requests.add(new PayoutRequest(new PayoutKey("LS-2026-003", "2026", HAILAN), "青岛海澜智联科技有限公司",
                Yuan.parse("356800.50"), null, null, "policy"));
        requests.add(new PayoutRequest(new PayoutKey("LS-2026-002", "2026", MINGDE), "青岛明德长青海洋生物科技有限公司",
                Yuan.parse("100000"), new BankAccount("中国农业银行青岛崂山支行", "青岛明德长青海洋生物科技有限公司",
                        "6228480039876543210"), "mingde-cw", "policy"));
        int made = payouts.importRequests(requests);
        return POLICIES.length + " budgets, " + made + " payouts";
    }
}
