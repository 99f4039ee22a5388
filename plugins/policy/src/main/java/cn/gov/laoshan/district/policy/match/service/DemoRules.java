package cn.gov.laoshan.district.policy.match.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiFunction;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.eligibility.domain.Condition;
import cn.gov.laoshan.district.policy.eligibility.domain.Condition.Range;
import cn.gov.laoshan.district.policy.eligibility.domain.Rule;
import cn.gov.laoshan.district.policy.match.domain.Benefit;

/**
 * Rules and benefits for the demo list's measures whose conditions are data the registry holds (高新技术企业奖励,
 * 研发投入后补助, 专精特新, 规上工业, …), for every yearly edition: the figures of the year before the edition, the
 * qualifications valid on the edition's first day. The other measures stay without a rule (their conditions are not
 * all data: the fast-apply route). 海澜智联 (software, small, grade A, 1,000万元 capital) matches the software
 * measure and nearly matches the headquarters one (it is not medium or large), so the journey shows both.
 */
public final class DemoRules {

    private static final Rule NOT_D = Rule.not(new Condition.Credit(EnumSet.of(CreditGrade.D)));
    private static final EnumSet<EnterpriseSize> SME = EnumSet.of(EnterpriseSize.MEDIUM, EnterpriseSize.SMALL, EnterpriseSize.MICRO);

    /** A measure's title (without the edition) and how its rule and benefit follow from the edition's year. */
    record Template(String title, BiFunction<Integer, LocalDate, Rule> rule, BiFunction<Integer, LocalDate, Benefit> benefit) {
    }

    static final List<Template> TEMPLATES = List.of(
            new Template("高新技术企业首次认定奖励", (y, d) -> Rule.all(new Condition.Qualified("HNTE", d), NOT_D),
                    (y, d) -> Benefit.fixed(wan(20))),
            new Template("高新技术企业重新认定奖励", (y, d) -> Rule.all(new Condition.Qualified("HNTE", d),
                    new Condition.Founded(null, LocalDate.of(y - 4, 12, 31)), NOT_D), (y, d) -> Benefit.fixed(wan(10))),
            new Template("企业研发投入奖励", (y, d) -> Rule.all(new Condition.Figure(FigureKind.RND_SPENDING, y - 1, Range.atLeast(3_000_000)),
                    new Condition.Industry(List.of("C", "I", "M")), NOT_D),
                    (y, d) -> Benefit.percentage(BigDecimal.TEN, FigureKind.RND_SPENDING, y - 1, wan(100))),
            new Template("专精特新中小企业梯度培育奖励", (y, d) -> Rule.all(new Condition.Qualified("SRDI", d), new Condition.Size(SME), NOT_D),
                    (y, d) -> Benefit.fixed(wan(30))),
            new Template("瞪羚独角兽企业奖励", (y, d) -> Rule.all(Rule.any(new Condition.Qualified("GAZELLE", d),
                    new Condition.Qualified("LITTLE_GIANT", d)), NOT_D), (y, d) -> Benefit.fixed(wan(50))),
            new Template("科技型中小企业入库奖励", (y, d) -> Rule.all(new Condition.Qualified("TSME", d), new Condition.Size(SME)),
                    (y, d) -> Benefit.fixed(wan(5))),
            new Template("软件和信息技术服务业奖励", (y, d) -> Rule.all(new Condition.Industry(List.of("I64", "I65")),
                    new Condition.Size(SME), NOT_D),
                    (y, d) -> Benefit.percentage(BigDecimal.TEN, FigureKind.TAX_PAID, y - 1, wan(50))),
            new Template("总部企业落户奖励", (y, d) -> Rule.all(new Condition.Size(EnumSet.of(EnterpriseSize.LARGE, EnterpriseSize.MEDIUM)),
                    new Condition.Capital(Range.atLeast(10_000_000)), NOT_D), (y, d) -> Benefit.fixed(wan(100))),
            new Template("限上商贸企业升规奖励", (y, d) -> Rule.all(new Condition.Industry(List.of("F51", "F52")),
                    new Condition.Figure(FigureKind.OPERATING_REVENUE, y - 1, Range.atLeast(20_000_000))),
                    (y, d) -> Benefit.fixed(wan(10))),
            // 规上工业: industrial enterprises with 2,000万元 of revenue
            new Template("绿色低碳改造补助", (y, d) -> Rule.all(new Condition.Industry(List.of("C")),
                    new Condition.Figure(FigureKind.OPERATING_REVENUE, y - 1, Range.atLeast(20_000_000)), NOT_D),
                    (y, d) -> Benefit.fixed(wan(20))),
            new Template("海洋生物医药产业化扶持", (y, d) -> Rule.all(new Condition.Industry(List.of("C27")),
                    new Condition.Figure(FigureKind.RND_SPENDING, y - 1, Range.atLeast(1_000_000))),
                    (y, d) -> Benefit.percentage(BigDecimal.valueOf(5), FigureKind.RND_SPENDING, y - 1, wan(200))),
            new Template("外贸企业稳订单补贴", (y, d) -> Rule.all(new Condition.Figure(FigureKind.EXPORT_VALUE, y - 1,
                    Range.atLeast(5_000_000)), NOT_D), (y, d) -> Benefit.percentage(BigDecimal.ONE, FigureKind.EXPORT_VALUE, y - 1, wan(50))),
            new Template("企业法律体检服务", (y, d) -> Rule.all(new Condition.Size(EnumSet.of(EnterpriseSize.SMALL, EnterpriseSize.MICRO))),
                    (y, d) -> Benefit.NONE));

    private DemoRules() {
    }

    private static Yuan wan(long wan) {
        return Yuan.ofWan(BigDecimal.valueOf(wan));
    }

    /** Gives each published demo policy of a known measure its rule, once (as the system); returns how many. */
    public static int seed(MatchService service, List<PolicyDraft> published) {
        int made = 0;
        for (PolicyDraft policy : published) {
            for (Template t : TEMPLATES) {
                if (policy.title().startsWith(t.title() + "（") && service.repository().rule(policy.id()).isEmpty()) {
                    int year = policy.validFrom().getYear();
                    LocalDate day = policy.validFrom();
                    service.saveRule(policy.id(), policy.departmentCode(), t.rule().apply(year, day),
                            t.benefit().apply(year, day), year);
                    made++;
                }
            }
        }
        return made;
    }
}
