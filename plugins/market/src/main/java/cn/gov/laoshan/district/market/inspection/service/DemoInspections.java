package cn.gov.laoshan.district.market.inspection.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.market.credit.domain.GradingRun;
import cn.gov.laoshan.district.market.credit.service.CreditGrading;
import cn.gov.laoshan.district.market.inspection.domain.Draw;
import cn.gov.laoshan.district.market.inspection.domain.DrawRequest;
import cn.gov.laoshan.district.market.inspection.domain.Inspection;
import cn.gov.laoshan.district.market.inspection.domain.InspectionResult;

/**
 * The demo's credit grading and random inspections: eight officers of the bureau (one related to 青岛明德长青, who is
 * therefore never drawn to inspect it), this month graded over the demo enterprises, a draw over all of them with the
 * default percents, and results for about two thirds of its targets — never for 青岛海澜智联's or 青岛明德长青's, which
 * the journeys use. Runs after the licence demo (the grading reads the licences), as the system.
 */
public final class DemoInspections {

    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final String MINGDE = "91370212MA3D0WPHWP";
    /** Demo officers: liuyang has an account (沙子口所); the others are names only, as a real officer list is. */
    static final List<String[]> OFFICERS = List.of(new String[] {"liuyang", "刘洋"},
            new String[] {"scj-jc01", "王海峰"}, new String[] {"scj-jc02", "李晓燕"}, new String[] {"scj-jc03", "张国栋"},
            new String[] {"scj-jc04", "赵明辉"}, new String[] {"scj-jc05", "陈丽娟"}, new String[] {"scj-jc06", "周建军"},
            new String[] {"scj-jc07", "吴秀英"});
    private static final String[] FINDINGS = {"经营场所卫生状况不符合要求，已责令限期整改", "未按规定公示营业执照，已当场责令改正",
        "超范围经营，未取得相应许可，依法立案调查", "进货查验记录不全，已责令整改"};

    private DemoInspections() {
    }

    public static boolean seededBefore(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from inspection_draw").mapTo(Integer.class).one())
                > 0;
    }

    public static String seed(Jdbi jdbi, CreditGrading credit, InspectionService inspections,
            BooleanSupplier stopping) {
        // the licence demo seeds in the same bundle, off its own thread: grade once its data (and first scan) is in
        while (!licencesSeeded(jdbi)) {
            if (stopping.getAsBoolean()) {
                return "stopped";
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        if (inspections.inspectors().isEmpty()) {
            for (String[] officer : OFFICERS) {
                inspections.addInspector(officer[0], officer[1]);
            }
            inspections.relate("scj-jc03", MINGDE, "配偶在该企业任职（申报回避）");
        }
        GradingRun graded = credit.run();
        if (stopping.getAsBoolean()) {
            return "graded " + graded.enterprises();
        }
        Map<CreditGrade, Integer> percents = new EnumMap<>(CreditGrade.class);
        percents.put(CreditGrade.A, 2);
        percents.put(CreditGrade.B, 10);
        percents.put(CreditGrade.C, 30);
        percents.put(CreditGrade.D, 80);
        Draw draw = inspections.draw(new DrawRequest(credit.today().getYear() + "年度双随机一公开抽查（第一批）", null, null,
                null, percents, 2));
        int recorded = 0;
        List<Inspection> targets = inspections.targets(draw.id());
        for (int i = 0; i < targets.size(); i++) {
            Inspection target = targets.get(i);
            if (i % 3 == 2 || target.uscc().equals(HAILAN) || target.uscc().equals(MINGDE)) {
                continue;
            }
            InspectionResult result = i % 7 == 0 ? InspectionResult.FAILED : i % 4 == 1 ? InspectionResult.PROBLEMS
                    : InspectionResult.PASSED;
            inspections.record(target.id(), result, result == InspectionResult.PASSED ? null
                    : FINDINGS[i % FINDINGS.length], credit.today());
            recorded++;
        }
        return "graded " + graded.enterprises() + " enterprises (A " + graded.gradeA() + ", B " + graded.gradeB()
                + ", C " + graded.gradeC() + ", D " + graded.gradeD() + "); draw of " + draw.drawn() + " from "
                + draw.population() + ", " + recorded + " results";
    }

    private static boolean licencesSeeded(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from demo_seeding where name = "
                + "'market-demo-licences' and finished = 1").mapTo(Integer.class).one()) > 0;
    }
}
