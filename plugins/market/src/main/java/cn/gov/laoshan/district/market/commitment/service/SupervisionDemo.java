package cn.gov.laoshan.district.market.commitment.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.market.commitment.domain.WrittenNotice;
import cn.gov.laoshan.district.market.lenient.domain.Decision;
import cn.gov.laoshan.district.market.lenient.domain.Harm;
import cn.gov.laoshan.district.market.lenient.service.CaseService;
import cn.gov.laoshan.district.market.service.Market;

/**
 * Demo data of 事中事后监管 (run as the system, through the services): commitments of twelve registry enterprises —
 * most with their post-check due, some passed, two failed with rectification ordered (one rectified, one found not
 * rectified: revoked with the credit mark), one false — and eight violation cases, five decided. Never hailan's or
 * mingde's, which the browser journeys use. Carries on from what is there (a start killed half-way).
 */
public final class SupervisionDemo {

    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final String MINGDE = "91370212MA3D0WPHWP";
    static final List<String> ITEMS = List.of("SJ-001", "SJ-005", "WJ-001", "SJ-022", "JT-001", "SJ-019", "WL-002",
            "RS-001", "SJ-002", "JS-001", "NY-001", "XF-001");

    /**
     * The demo roles of 事中事后监管: the bureau's administrator (scj-admin) and the office's officer (liuyang) record
     * post-checks and cases; the platform's enterprise role gains applying by commitment.
     */
    public static final List<DemoRole> ROLES = List.of(
            DemoRole.staff("market-supervision-admin", "市场监管事中事后监管管理员",
                    "Market supervision administrator (post-checks, cases)", DemoRole.Scope.DEPARTMENT,
                    Market.DEPARTMENT, Set.of(Market.READ, CommitmentService.CHECK, CaseService.MANAGE),
                    List.of("scj-admin")),
            DemoRole.staff("market-supervision-officer", "市场监管所监管执法员", "Market supervision office inspector",
                    DemoRole.Scope.OWN, null, Set.of(Market.READ, CommitmentService.CHECK, CaseService.MANAGE),
                    List.of("liuyang")),
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of(Market.READ,
                    CommitmentService.APPLY), List.of()));

    private SupervisionDemo() {
    }

    public static String seed(CommitmentService commitments, CaseService cases, EnterpriseRegistry registry,
            BooleanSupplier stopping) {
        List<Enterprise> enterprises = registry.list(EnterpriseQuery.all().page(0, 40)).stream()
                .filter(e -> !HAILAN.equals(e.uscc().toString()) && !MINGDE.equals(e.uscc().toString())).limit(12)
                .toList();
        int made = commitments.commitments(null, 0, 1000).size();
        for (int i = made; i < Math.min(ITEMS.size(), enterprises.size()) && !stopping.getAsBoolean(); i++) {
            Enterprise e = enterprises.get(i);
            Commitment c;
            try {
                c = commitments.apply(new CommitmentService.Application(e.uscc().toString(), ITEMS.get(i),
                        e.legalRepresentative() == null ? "法定代表人" : e.legalRepresentative(),
                        WrittenNotice.VERSION, true));
            } catch (RefusedException refused) {
                continue; // an enterprise the route is closed to (its credit record): the demo skips it
            }
            long check = commitments.postCheckOf(c.id()).orElseThrow().id();
            switch (i) {
                case 3, 4 -> commitments.pass(check, "材料核查：与承诺一致");
                case 5 -> commitments.fail(check, "执业药师未在岗", commitments.today().plusDays(15));
                case 6 -> {
                    commitments.fail(check, "未落实实名上网登记措施", commitments.today().plusDays(10));
                    commitments.rectified(check, "复查：已安装实名登记系统");
                }
                case 7 -> {
                    commitments.fail(check, "经营场所面积不足", commitments.today().plusDays(20));
                    commitments.notRectified(check, "复查：仍未取得符合要求的经营场所");
                }
                case 8 -> commitments.falseCommitment(check, "现场核查：经营场所与承诺地址不符，系虚假承诺");
                default -> {
                }
            }
        }
        int cased = cases.cases(false, 0, 1000).stream().filter(c -> c.caseNo() != null).toList().size();
        int wanted = Math.min(8, enterprises.size());
        for (int i = cased; i < wanted && !stopping.getAsBoolean(); i++) {
            Enterprise e = enterprises.get(enterprises.size() - 1 - i);
            String uscc = e.uscc().toString();
            var today = cases.today();
            var c = switch (i) {
                case 0, 1 -> cases.record(new CaseService.Draft(uscc, "F01", "经营超过保质期的食品", "货架上发现超过保质期的"
                        + (i == 0 ? "面包3袋" : "酸奶6盒"), today.minusDays(3), new BigDecimal(i == 0 ? "24.00" : "59.40"),
                        Harm.SLIGHT, true, "立即下架、销毁", null));
                case 2 -> cases.record(new CaseService.Draft(uscc, "M01", "预包装食品标签瑕疵", "标签生产日期字体高度不足1.8毫米",
                        today.minusDays(10), null, Harm.NONE, true, "改正标签", today.minusDays(3)));
                case 3 -> cases.record(new CaseService.Draft(uscc, "F05", "未按规定明码标价", "部分商品未标示价格",
                        today.minusDays(6), null, Harm.SLIGHT, true, "立即明码标价", null));
                case 4 -> cases.record(new CaseService.Draft(uscc, "F01", "经营超过保质期的食品", "冷柜内超过保质期的熟食",
                        today.minusDays(2), new BigDecimal("860.00"), Harm.SLIGHT, true, "立即下架、销毁", null));
                case 5 -> cases.record(new CaseService.Draft(uscc, "F02", "未在醒目位置公示营业执照", "营业执照放置于后仓",
                        today.minusDays(1), null, Harm.NONE, null, "立即公示", today.plusDays(2)));
                case 6 -> cases.record(new CaseService.Draft(uscc, null, "无证经营", "未取得食品经营许可从事餐饮服务",
                        today.minusDays(4), new BigDecimal("3200.00"), Harm.SERIOUS, null, "立即停止经营", null));
                default -> cases.record(new CaseService.Draft(uscc, "F07", "使用未经检定的计量器具", "电子计价秤未按期检定",
                        today, null, null, null, "申请检定", today.plusDays(7)));
            };
            switch (i) {
                case 0, 1 -> {
                    cases.corrected(c.id(), c.foundOn());
                    cases.decide(c.id(), Decision.FIRST_OFFENCE, "两年内无同类违法记录，货值较小，当场下架销毁，进货查验记录完整");
                }
                case 2 -> {
                    cases.corrected(c.id(), today.minusDays(5));
                    cases.decide(c.id(), Decision.NO_PENALTY, "标签瑕疵不影响食品安全，未造成危害后果，已在期限内改正");
                }
                case 4 -> {
                    cases.corrected(c.id(), c.foundOn());
                    cases.decide(c.id(), Decision.PENALISE, "货值860元，超过首违不罚清单500元的限额");
                }
                case 6 -> cases.decide(c.id(), Decision.PENALISE, "不在免罚清单内，危害后果较重");
                default -> {
                }
            }
        }
        return commitments.commitments(null, 0, 1000).size() + " commitments, "
                + cases.cases(false, 0, 1000).stream().filter(c -> c.caseNo() != null).count() + " cases";
    }
}
