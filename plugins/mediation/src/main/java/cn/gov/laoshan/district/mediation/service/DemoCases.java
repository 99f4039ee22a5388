package cn.gov.laoshan.district.mediation.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.IntakeChannel;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.MediationGroup;
import cn.gov.laoshan.district.mediation.domain.Party;
import cn.gov.laoshan.district.mediation.domain.PartyRole;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * Demo data for a platform started with demo data: the district's mediation groups with the demo mediators, and a
 * few hundred realistic cases over the last twelve months, moved through the real workflow (as the platform
 * itself) with the clock set to each step's day, so that deadlines, outcomes and figures look like real work. The last
 * few are the cases of the enterprises the demo's enterprise accounts act for ({@link #ACCOUNT_ENTERPRISES}), each
 * a party to three cases in different states, so that their 我的企业 shows cases of their own.
 */
public final class DemoCases {

    /**
     * The enterprises of the demo's enterprise accounts (identity's demo users hailan-qy and hailan-cw, mingde-qy and
     * mingde-cw; the registry's demo holds both): 青岛海澜智联科技有限公司 and 青岛明德长青海洋生物科技有限公司.
     */
    static final List<String> ACCOUNT_ENTERPRISES = List.of("91370212MA3C4XK2QQ", "91370212MA3D0WPHWP");

    /** Where a case of an account enterprise is left. */
    private enum Stop { REGISTERED, ASSIGNED, IN_MEDIATION, AGREED, AGREED_CLOSED, FAILED_CLOSED }

    /**
     * A case of an account enterprise ({@code enterprise}: its index in {@link #ACCOUNT_ENTERPRISES}) in {@code role};
     * the other party another enterprise of the registry, or a person (an employee's labour claim).
     */
    private record AccountCase(int enterprise, PartyRole role, CaseType type, boolean otherIsEnterprise, String facts,
            String claims, int amountYuan, int daysAgo, Stop stop) {
    }

    private static final List<AccountCase> ACCOUNT_CASES = List.of(
            new AccountCase(0, PartyRole.APPLICANT, CaseType.ARREARS, true,
                    "申请人为被申请人开发智慧园区管理系统，系统已验收合格，尾款45万元逾期半年未付。", "支付软件开发尾款及逾期利息",
                    450_000, 150, Stop.AGREED_CLOSED),
            new AccountCase(0, PartyRole.RESPONDENT, CaseType.LABOUR, false,
                    "申请人系被申请人软件测试工程师，双方协商解除劳动合同，就经济补偿金额发生争议。", "支付解除劳动合同经济补偿",
                    36_000, 9, Stop.IN_MEDIATION),
            new AccountCase(0, PartyRole.APPLICANT, CaseType.INTELLECTUAL_PROPERTY, true,
                    "申请人认为被申请人销售的楼宇控制软件与其已登记的计算机软件著作权高度近似。", "停止侵权并赔偿损失",
                    200_000, 1, Stop.REGISTERED),
            new AccountCase(1, PartyRole.RESPONDENT, CaseType.ENTERPRISE, true,
                    "申请人向被申请人供应海藻原料，双方就一批货物的质量及剩余货款支付发生争议。", "支付剩余货款",
                    180_000, 90, Stop.FAILED_CLOSED),
            new AccountCase(1, PartyRole.RESPONDENT, CaseType.LABOUR, false,
                    "申请人在被申请人处从事实验室技术员工作，主张被拖欠加班工资。", "支付加班工资",
                    18_000, 40, Stop.AGREED),
            new AccountCase(1, PartyRole.APPLICANT, CaseType.FINANCIAL, true,
                    "申请人以融资租赁方式购置发酵罐设备，双方就提前还款违约金的计算发生争议。", "重新核定提前还款违约金",
                    60_000, 6, Stop.ASSIGNED));

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "林", "何", "高", "罗"};
    private static final String[] GIVEN = {"建国", "秀英", "海涛", "丽娟", "志强", "晓燕", "明", "静", "伟", "芳", "磊", "洋", "敏", "军", "霞", "鹏", "婷", "浩然", "雪梅", "国华"};
    private static final String[][] FACTS = {
            {"申请人于2025年入职被申请人处，被拖欠工资三个月，多次催要未果。", "支付拖欠工资", "LABOUR"},
            {"申请人在工作中受伤，双方就工伤待遇及解除劳动合同经济补偿发生争议。", "支付工伤待遇和经济补偿", "LABOUR"},
            {"小区电梯长期故障，业主以物业服务不到位为由拒交物业费，物业公司要求补缴。", "补缴物业费并维修电梯", "PROPERTY"},
            {"楼上住户漏水致楼下房屋受损，双方就维修及赔偿协商未果。", "维修并赔偿损失", "PROPERTY"},
            {"供货合同履行中，双方就货物质量及货款支付发生争议。", "支付剩余货款", "ENTERPRISE"},
            {"被申请人承接工程后未按约支付分包款，申请人要求清偿欠款。", "清偿工程欠款", "ARREARS"},
            {"中小企业为大型企业供货，货款逾期一年未付。", "清偿货款及逾期利息", "ARREARS"},
            {"申请人认为被申请人产品包装使用了其注册商标近似标识。", "停止侵权并赔偿损失", "INTELLECTUAL_PROPERTY"},
            {"借款到期后借款企业未按期还本付息，双方就展期方案协商。", "制定还款计划", "FINANCIAL"},
            {"客户认为理财产品销售时风险提示不充分，要求赔偿损失。", "赔偿投资损失", "FINANCIAL"}};

    private DemoCases() {
    }

    /** The groups: labour, property, commercial (enterprise, arrears, IP, finance); demo mediators as members. */
    public static List<MediationGroup> groups() {
        return List.of(
                new MediationGroup(0, "劳动争议调解组", "Labour dispute group", CaseType.LABOUR, true, List.of(
                        new MediationGroup.Member("wangjianguo", "王建国", true, null),
                        new MediationGroup.Member("lixiumei", "李秀梅", false, null))),
                new MediationGroup(0, "物业纠纷调解组", "Property dispute group", CaseType.PROPERTY, true, List.of(
                        new MediationGroup.Member("lixiumei", "李秀梅", true, null))),
                new MediationGroup(0, "商事调解组", "Commercial mediation group", CaseType.ENTERPRISE, true, List.of(
                        new MediationGroup.Member("wangjianguo", "王建国", true, null))));
    }

    /**
     * Seeds {@code count} cases into an empty schema; {@code service} is made with {@code clock}. Stops after the case
     * under way when {@code stopping} says so (the plugin is stopping). Returns how many were seeded.
     */
    public static int seed(CaseService service, CaseRepository repository, EnterpriseRegistry registry,
            SettableClock clock, int count, BooleanSupplier stopping) {
        List<MediationGroup> groups = repository.groups().all();
        List<Enterprise> enterprises = registry.list(EnterpriseQuery.all().page(0, 200));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // carries on after a start that was killed half-way: every case is registered first, in a transaction of its
        // own, so the cases there are the ones made (the last one perhaps in an earlier state than planned)
        int from = repository.count(CaseFilter.all(today));
        Random random = new Random(370212L + from);
        // the account enterprises' cases are the last ones made (when the registry holds those enterprises)
        List<Enterprise> accounts = ACCOUNT_ENTERPRISES.stream().map(code -> registry.find(Uscc.parse(code)))
                .flatMap(java.util.Optional::stream).toList();
        List<Enterprise> others = enterprises.stream()
                .filter(e -> !ACCOUNT_ENTERPRISES.contains(e.uscc().toString())).toList();
        int firstAccountCase = accounts.size() == ACCOUNT_ENTERPRISES.size() && !others.isEmpty()
                ? Math.max(0, count - ACCOUNT_CASES.size()) : count;
        for (int i = from; i < count; i++) {
            if (stopping.getAsBoolean()) {
                return i;
            }
            if (i >= firstAccountCase) {
                int k = i - firstAccountCase;
                AccountCase a = ACCOUNT_CASES.get(k);
                accountCase(a, accounts.get(a.enterprise()), others.get((7 * k + 3) % others.size()), service, groups,
                        clock, today, new Random(370212L * 31 + k));
                continue;
            }
            String[] fact = FACTS[random.nextInt(FACTS.length)];
            CaseType type = CaseType.valueOf(fact[2]);
            LocalDate applied = today.minusDays(random.nextInt(360));
            clock.set(applied);
            List<Party> parties = new ArrayList<>();
            parties.add(Party.person(PartyRole.APPLICANT, person(random), idNumber(random),
                    "139" + String.format("%08d", random.nextInt(100_000_000))));
            // the account enterprises are parties to their own cases only: their users see the six made for them
            if (!others.isEmpty() && type != CaseType.PROPERTY) {
                Enterprise e = others.get(random.nextInt(others.size()));
                parties.add(Party.enterprise(PartyRole.RESPONDENT, e.name(), e.uscc().toString(), null));
            } else {
                parties.add(Party.person(PartyRole.RESPONDENT, person(random), null, null));
            }
            BigDecimal amount = BigDecimal.valueOf(2_000 + random.nextInt(300_000)).setScale(2);
            MediationCase c = service.register(new CaseService.NewCase(type, IntakeChannel.values()[random.nextInt(5)],
                    applied, parties, fact[0], fact[1], amount));
            long age = today.toEpochDay() - applied.toEpochDay();
            if (age < 2 && random.nextBoolean()) {
                continue;
            }
            if (random.nextInt(20) == 0) {
                service.decline(c.id(), "已向人民法院起诉，不属于人民调解受理范围");
                continue;
            }
            clock.set(applied.plusDays(1));
            service.accept(c.id());
            MediationGroup group = groups.stream().filter(g -> g.speciality() == type).findFirst()
                    .orElse(groups.get(groups.size() - 1));
            service.assign(c.id(), group.id(), group.members().get(random.nextInt(group.members().size())).login());
            if (age < 5) {
                continue;
            }
            clock.set(applied.plusDays(3));
            service.recordSession(c.id(), applied.plusDays(3).atTime(9 + random.nextInt(7), 0), "崂山区社会治理中心调解室",
                    false, parties.get(0).name() + "、被申请人代表、调解员", "双方陈述意见，调解员释法明理。");
            int outcome = random.nextInt(10);
            LocalDate outcomeDay = applied.plusDays(4 + random.nextInt(Math.max(1, (int) Math.min(age - 4, 25))));
            clock.set(outcomeDay.isAfter(today) ? today : outcomeDay);
            if (age < 12 && outcome < 5) {
                continue;
            }
            if (outcome < 7) {
                BigDecimal agreed = amount.multiply(BigDecimal.valueOf(60 + random.nextInt(41))).movePointLeft(2)
                        .setScale(2, java.math.RoundingMode.HALF_UP);
                service.agree(c.id(), "被申请人于履行期限内分期支付" + agreed.toPlainString() + "元，申请人放弃其他请求。",
                        agreed, outcomeDay.plusDays(30), outcome == 0);
                if (age > 60) {
                    clock.set(outcomeDay.plusDays(35).isAfter(today) ? today : outcomeDay.plusDays(35));
                    service.followUp(c.id(), random.nextInt(10) > 0, "电话回访，当事人确认已按协议履行。");
                    service.close(c.id());
                }
            } else if (outcome < 9) {
                service.fail(c.id(), type == CaseType.LABOUR ? "ARBITRATION" : "COURT", "双方分歧较大，未能达成一致");
                if (age > 30) {
                    service.close(c.id());
                }
            } else {
                service.withdraw(c.id(), "双方自行和解，申请人撤回申请");
                service.close(c.id());
            }
        }
        return count;
    }

    /** Registers the case of an account enterprise and moves it to where it is to stop, each step on its own day. */
    private static void accountCase(AccountCase a, Enterprise own, Enterprise other, CaseService service,
            List<MediationGroup> groups, SettableClock clock, LocalDate today, Random random) {
        LocalDate applied = today.minusDays(a.daysAgo());
        clock.set(applied);
        PartyRole otherRole = a.role() == PartyRole.APPLICANT ? PartyRole.RESPONDENT : PartyRole.APPLICANT;
        Party ours = Party.enterprise(a.role(), own.name(), own.uscc().toString(), null);
        Party theirs = a.otherIsEnterprise() ? Party.enterprise(otherRole, other.name(), other.uscc().toString(), null)
                : Party.person(otherRole, person(random), idNumber(random),
                        "139" + String.format("%08d", random.nextInt(100_000_000)));
        BigDecimal amount = BigDecimal.valueOf(a.amountYuan()).setScale(2);
        MediationCase c = service.register(new CaseService.NewCase(a.type(), IntakeChannel.WALK_IN, applied,
                a.role() == PartyRole.APPLICANT ? List.of(ours, theirs) : List.of(theirs, ours), a.facts(), a.claims(),
                amount));
        if (a.stop() == Stop.REGISTERED) {
            return;
        }
        clock.set(applied.plusDays(1));
        service.accept(c.id());
        MediationGroup group = groups.stream().filter(g -> g.speciality() == a.type()).findFirst()
                .orElse(groups.get(groups.size() - 1));
        service.assign(c.id(), group.id(), group.members().get(0).login());
        if (a.stop() == Stop.ASSIGNED) {
            return;
        }
        LocalDate session = applied.plusDays(3);
        clock.set(session);
        service.recordSession(c.id(), session.atTime(9, 30), "崂山区社会治理中心调解室", false,
                "双方当事人、企业委托代理人、调解员", "双方陈述意见并提交证据，调解员释法明理，约定下次调解时间。");
        if (a.stop() == Stop.IN_MEDIATION) {
            return;
        }
        LocalDate outcome = applied.plusDays(10);
        clock.set(outcome);
        if (a.stop() == Stop.FAILED_CLOSED) {
            service.fail(c.id(), "COURT", "双方对货物质量检测结论分歧较大，未能达成一致，引导通过诉讼解决");
            clock.set(outcome.plusDays(2));
            service.close(c.id());
            return;
        }
        BigDecimal agreed = amount.multiply(BigDecimal.valueOf(80)).movePointLeft(2).setScale(2,
                java.math.RoundingMode.HALF_UP);
        service.agree(c.id(), "双方确认金额" + agreed.toPlainString() + "元，于履行期限内一次性支付，申请人放弃其他请求。", agreed,
                outcome.plusDays(30), false);
        if (a.stop() == Stop.AGREED) {
            return;
        }
        clock.set(outcome.plusDays(35));
        service.followUp(c.id(), true, "电话回访，双方确认已按协议履行。");
        service.close(c.id());
    }

    private static String person(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    /** A valid Laoshan ID number (370212, a birth date, a sequence, the check digit). */
    private static String idNumber(Random random) {
        LocalDate birth = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = "370212" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
