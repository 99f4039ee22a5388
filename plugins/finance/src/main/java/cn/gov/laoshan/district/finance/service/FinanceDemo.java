package cn.gov.laoshan.district.finance.service;

import java.util.ArrayList;
import java.util.List;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.payout.BankAccount;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutRequest;
import cn.gov.laoshan.district.finance.domain.Investment;

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

    private static final String[] SECTORS = { "海洋生物", "集成电路", "人工智能", "新材料", "医疗器械", "工业互联网",
            "虚拟现实", "氢能", "生物医药", "智能装备", "检验检测", "新能源汽车配件" };
    private static final String[] FUNDS = { "崂山区科技创新引导基金", "崂山区产业投资基金", "青岛市天使投资引导基金" };

    private FinanceDemo() {
    }

    /**
     * Forty-two investments from 2018 to 2026 over the four methods, each valued once or twice since, a few exited
     * (at cost, at market, bought back, written off); 9 portfolio companies flagged unicorns and 15 listed, as in the
     * seed. Seeded, so every demo home has the same portfolio.
     */
    private static java.time.LocalDate earlier(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static int portfolio(EquityService equity) {
        java.util.Random random = new java.util.Random(2018);
        Investment.Method[] methods = Investment.Method.values();
        int made = 0;
        for (int i = 0; i < 42; i++) {
            String uscc = cn.gov.laoshan.district.api.enterprise.Uscc.withCheck(
                    String.format("91370212MA%07d", 7_100_000 + i)).value();
            int year = 2018 + i % 9;
            java.time.LocalDate on = java.time.LocalDate.of(year, 1 + random.nextInt(year == 2026 ? 10 : 12),
                    1 + random.nextInt(28));
            Yuan amount = Yuan.ofWan(java.math.BigDecimal.valueOf(200 + random.nextInt(30) * 100L));
            java.math.BigDecimal stake = java.math.BigDecimal.valueOf(3 + random.nextInt(20));
            Investment inv = equity.invest(new Investment.Draft(uscc, "青岛" + SECTORS[i % SECTORS.length] + "科技有限公司"
                    + (i / SECTORS.length == 0 ? "" : "（" + (i / SECTORS.length + 1) + "）"), FUNDS[i % FUNDS.length],
                    methods[i % methods.length], amount, stake, stake.add(java.math.BigDecimal.valueOf(10)), on));
            made++;
            java.time.LocalDate later = on.plusMonths(6 + random.nextInt(18));
            if (!later.isAfter(java.time.LocalDate.of(2026, 11, 30))) {
                // growth from a write-down to five times the cost, whole yuan
                long cost = amount.fen() / 100;
                equity.value(inv.id(), later, Yuan.of(cost * (20 + random.nextInt(480)) / 100), "年度估值");
            }
            java.time.LocalDate cutoff = java.time.LocalDate.of(2026, 11, 30);
            if (i < 9) {
                equity.flag(inv.id(), earlier(on.plusYears(1), cutoff), i < 6 ? earlier(on.plusYears(2), cutoff) : null);
            } else if (i < 18) {
                equity.flag(inv.id(), null, earlier(on.plusYears(1), cutoff));
            }
            if (i >= 36 && i < 40 && on.getYear() < 2026) {
                Investment.ExitKind kind = Investment.ExitKind.values()[i - 36];
                equity.exit(inv.id(), kind, on.plusMonths(3), kind == Investment.ExitKind.AT_MARKET
                        ? amount.plus(amount) : amount);
            }
        }
        return made;
    }

    /** The policy plugin's 点菜单 third batch: its payout codes {@code LS-P3-001} … {@code LS-P3-069}. */
    static final int MENU_BATCH = 3;
    static final int MENU_ITEMS = 69;

    /**
     * Budgets of this year (the clock's, not a fixed one) for the policy plugin's third 点菜单 batch, whose payout
     * requests arrive with the codes {@code PolicyDraft.payoutCode()} gives ({@code LS-P3-001} …) and the year as
     * period: 2 to 20 million yuan each in steps of 500,000, the same on every demo home.
     */
    public static int menuBudgets(Budgets budgets, int year) {
        java.util.Random random = new java.util.Random(MENU_BATCH * 1_000L + MENU_ITEMS);
        for (int item = 1; item <= MENU_ITEMS; item++) {
            String code = String.format("LS-P%d-%03d", MENU_BATCH, item);
            long amount = 2_000_000L + 500_000L * random.nextInt(37);
            budgets.setBudget(code, String.format("点菜单政策 第%d批-%03d", MENU_BATCH, item), year, null,
                    Yuan.of(amount), 5);
        }
        return MENU_ITEMS;
    }

    /** Runs as the platform (demo seeding). Returns what it made, for the log. */
    public static String seed(Budgets budgets, PayoutIntake intake, PayoutService payouts,
            EquityService equity) {
        for (String[] p : POLICIES) {
            budgets.setBudget(p[0], p[1], 2026, null, Yuan.parse(p[2]), 5);
        }
        List<PayoutRequest> requests = new ArrayList<>();
        requests.add(new PayoutRequest(new PayoutKey("LS-2026-001", "2026", HAILAN), "青岛海澜智联科技有限公司",
                Yuan.parse("200000"), null, null, "policy"));
        requests.add(new PayoutRequest(new PayoutKey("LS-2026-003", "2026", HAILAN), "青岛海澜智联科技有限公司",
                Yuan.parse("356800.50"), null, null, "policy"));
        requests.add(new PayoutRequest(new PayoutKey("LS-2026-002", "2026", MINGDE), "青岛明德长青海洋生物科技有限公司",
                Yuan.parse("100000"), new BankAccount("中国农业银行青岛崂山支行", "青岛明德长青海洋生物科技有限公司",
                        "6228480039876543210"), "mingde-cw", "policy"));
        // a seeding interrupted half-way runs again: what is there already is not made twice
        int made = payouts.count(cn.gov.laoshan.district.finance.domain.PayoutFilter.ALL) > 0 ? 0
                : intake.importRequests(requests);
        int investments = equity.list().isEmpty() ? portfolio(equity) : 0;
        return POLICIES.length + " budgets, " + made + " payouts, " + investments + " investments";
    }
}
