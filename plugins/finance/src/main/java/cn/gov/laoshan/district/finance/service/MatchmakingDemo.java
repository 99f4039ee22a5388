package cn.gov.laoshan.district.finance.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.finance.domain.Bank;
import cn.gov.laoshan.district.finance.domain.BankProduct;
import cn.gov.laoshan.district.finance.domain.Criterion;
import cn.gov.laoshan.district.finance.domain.DemandPush;
import cn.gov.laoshan.district.finance.domain.FinancingDemand;
import cn.gov.laoshan.district.finance.domain.ProductMatch;

/**
 * Matchmaking's demo: three banks of the district (two with a loan officer in identity's demo cast), six products
 * with their criteria, and eight demands of the registry's account enterprises over the last seven weeks — granted,
 * declined, answered late, one overdue, one open in time, two not yet pushed — made by the service itself on the
 * days they happened, so the figures, timelines and audit are those of real use.
 */
public final class MatchmakingDemo {

    static final String QDBANK = "91370212MA3F0QDB83";
    static final String QNSH = "91370212MA3F1NC85A";
    static final String ABC = "91370212MA3F2AB62A";
    static final String HAILAN = FinanceDemo.HAILAN;
    static final String MINGDE = FinanceDemo.MINGDE;
    static final String LAOFENG = "91370212MA3D7LF8T7";
    static final String LANWAN = "91370212MA3E2HB5N7";

    private MatchmakingDemo() {
    }

    /** Runs as the platform. Returns what it made, for the log; nothing when banks exist already. */
    public static String seed(BankDirectory directory, FinancingService financing) {
        if (!directory.banks().isEmpty()) {
            return "0 banks";
        }
        Bank qd = directory.saveBank(QDBANK, "青岛银行股份有限公司崂山支行", 3);
        Bank qn = directory.saveBank(QNSH, "青岛农村商业银行股份有限公司崂山支行", 3);
        Bank abc = directory.saveBank(ABC, "中国农业银行股份有限公司青岛崂山支行", 5);
        List<BankProduct> products = List.of(
                product(qd, "科创信用贷", BankProduct.Kind.CREDIT, "3.450", "4.350", 6, 36, "500000", "10000000",
                        "崂山区科技型中小企业，成立满2年，信用等级非D级，上年营业收入不低于300万元；纯信用，无需抵押。",
                        "size:MEDIUM,SMALL,MICRO\ncredit-not:D\nyears:2\nrevenue:3000000", 3),
                product(qd, "高企人才贷", BankProduct.Kind.CREDIT, "3.200", "3.900", 12, 36, "1000000", "20000000",
                        "持有有效高新技术企业证书的企业，信用等级A或B。", "qualification:HNTE\ncredit-not:C,D", 3),
                product(qn, "小微易贷", BankProduct.Kind.CREDIT, "3.850", "5.200", 3, 24, "100000", "3000000",
                        "小型、微型企业，成立满1年，信用等级A或B；随借随还。", "size:SMALL,MICRO\ncredit-not:C,D\nyears:1", 3),
                product(qn, "政银担·惠企贷", BankProduct.Kind.POLICY, "3.500", "4.000", 12, 36, "1000000", "10000000",
                        "由区融资担保公司提供担保，担保费率不高于1%；信用等级非D级。", "credit-not:D", 5),
                product(abc, "厂房设备抵押贷", BankProduct.Kind.MORTGAGE, "3.600", "4.600", 12, 120, "2000000",
                        "50000000", "以自有厂房、土地使用权或设备抵押，抵押率不超过评估值的70%；成立满3年。",
                        "years:3\ncredit-not:D", 7),
                product(abc, "知识产权质押贷", BankProduct.Kind.IP_PLEDGE, "3.700", "4.500", 12, 36, "1000000",
                        "10000000", "以发明专利、商标专用权质押；中小微企业，信用等级非D级。",
                        "size:MEDIUM,SMALL,MICRO\ncredit-not:D", 5));
        products.forEach(directory::saveProduct);
        LocalDate today = financing.today();
        int made = 0;
        made += history(financing, today, HAILAN, "3000000", 12, "研发投入及流动资金周转", null, "法定代表人连带责任保证",
                48, 2, "grant");
        made += history(financing, today, LAOFENG, "500000", 12, "春茶收购及加工设备更新", "茶园经营权", null,
                40, 3, "grant");
        made += history(financing, today, LANWAN, "8000000", 36, "海洋生物提取生产线设备购置", "生产设备（评估价约900万元）", null,
                33, 4, "decline");
        made += history(financing, today, MINGDE, "2000000", 24, "扩大海参育苗产能", null, "区融资担保公司担保",
                26, 9, "grant");
        made += history(financing, today, HAILAN, "1000000", 6, "项目备货", null, null, 12, -1, null);
        made += history(financing, today, LANWAN, "5000000", 24, "知识产权质押融资扩产", "发明专利3项", null, 1, -1, null);
        made += history(financing, today, LAOFENG, "300000", 12, "茶叶电商渠道建设", null, null, 0, -1, "none");
        made += history(financing, today, MINGDE, "1500000", 12, "冷链仓储改造", "冷库设备", null, 0, -1, "none");
        return "3 banks, " + products.size() + " products, " + made + " demands";
    }

    private static BankProduct product(Bank bank, String name, BankProduct.Kind kind, String rateMin, String rateMax,
            int termMin, int termMax, String amountMin, String amountMax, String eligibility, String criteria,
            int responseDays) {
        return new BankProduct(0, bank.id(), bank.name(), name, kind, new BigDecimal(rateMin), new BigDecimal(rateMax),
                termMin, termMax, Yuan.parse(amountMin), Yuan.parse(amountMax), eligibility, Criterion.parse(criteria),
                responseDays == bank.responseDays() ? null : responseDays, true);
    }

    /**
     * A demand submitted {@code daysAgo} calendar days ago (a working day at or before), pushed the same day to the
     * best matching product, answered {@code answerAfter} working days later ({@code grant} or {@code decline}), or
     * left open ({@code null}) or not pushed ({@code none}). Returns 1 if made.
     */
    private static int history(FinancingService financing, LocalDate today, String uscc, String amount, int term,
            String purpose, String collateral, String guarantee, int daysAgo, int answerAfter, String answer) {
        LocalDate on = today.minusDays(daysAgo);
        while (daysAgo > 0 && !financing.calendar().isWorkingDay(on)) {
            on = on.minusDays(1);
        }
        FinancingService then = financing.at(clockOn(on));
        FinancingDemand demand;
        try {
            demand = then.submit(new FinancingDemand.Draft(uscc, Yuan.parse(amount), term, purpose, collateral,
                    guarantee));
        } catch (RuntimeException e) {
            // an enterprise the registry lacks (a registry without its demo data): no demand
            return 0;
        }
        if ("none".equals(answer)) {
            return 1;
        }
        Optional<ProductMatch> best = then.matches(demand.id()).stream().filter(ProductMatch::matches).findFirst();
        if (best.isEmpty()) {
            return 1;
        }
        DemandPush push = then.push(demand.id(), best.get().product().id());
        if (answer == null) {
            return 1;
        }
        LocalDate answered = financing.calendar().addWorkingDays(on, answerAfter);
        if (answered.isAfter(today)) {
            return 1;
        }
        FinancingService later = financing.at(clockOn(answered));
        if (answer.equals("grant")) {
            later.grant(push.id(), push.amount(), best.get().product().rateMin().add(new BigDecimal("0.200")),
                    answered);
        } else {
            later.decline(push.id(), "抵押设备为专用设备，变现能力弱，评估可抵押额度不足申请金额的一半；建议改用知识产权质押贷。");
        }
        return 1;
    }

    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(LocalTime.of(10, 0)).atZone(FinancingService.ZONE).toInstant(),
                FinancingService.ZONE);
    }
}
