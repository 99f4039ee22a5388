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
 * itself) with the clock set to each step's day, so that deadlines, outcomes and figures look like real work.
 */
public final class DemoCases {

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
        List<MediationGroup> groups = repository.groups();
        List<Enterprise> enterprises = registry.list(EnterpriseQuery.all().page(0, 200));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // carries on after a start that was killed half-way: every case is registered first, in a transaction of its
        // own, so the cases there are the ones made (the last one perhaps in an earlier state than planned)
        int from = repository.count(CaseFilter.all(today));
        Random random = new Random(370212L + from);
        for (int i = from; i < count; i++) {
            if (stopping.getAsBoolean()) {
                return i;
            }
            String[] fact = FACTS[random.nextInt(FACTS.length)];
            CaseType type = CaseType.valueOf(fact[2]);
            LocalDate applied = today.minusDays(random.nextInt(360));
            clock.set(applied);
            List<Party> parties = new ArrayList<>();
            parties.add(Party.person(PartyRole.APPLICANT, person(random), idNumber(random),
                    "139" + String.format("%08d", random.nextInt(100_000_000))));
            if (!enterprises.isEmpty() && type != CaseType.PROPERTY) {
                Enterprise e = enterprises.get(random.nextInt(enterprises.size()));
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
