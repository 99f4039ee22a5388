package cn.gov.laoshan.district.registry.service;

import java.util.List;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.ImportReport.Problem;

/**
 * A registered enterprise's credit grade changes only with a reason, through the facts service
 * ({@code EnterpriseFactsService.setCreditGrade}, audited with its reason). The registration's own paths — the edit
 * form ({@code update}) and the import — keep it: a different grade there is refused with this problem.
 * <p>
 * Why the import refuses rather than records the change with an "import" reason: a registration file (the
 * 市场监管 registration export a clerk loads) carries no reason for a grade, and a grade is a credit decision about
 * one enterprise (a penalty, the yearly rating) that the clerk who loads registration data does not expect to move
 * as a side effect. So a changed grade is a problem of its row like any other (all or nothing: the clerk sees every
 * such row and where to make the change), an empty cell keeps the registered grade, the same grade is no change
 * (an export imports back), and a new enterprise comes with the grade its file gives (as {@code create} does).
 */
final class GradeChange {

    private GradeChange() {
    }

    /** The problem of a grade that differs from the registered one ({@code row} 0 outside an import). */
    static Problem problem(int row, CreditGrade registered, CreditGrade given) {
        String zhRegistered = registered == null ? "未评定" : registered.name();
        String enRegistered = registered == null ? "none" : registered.name();
        String zhGiven = given == null ? "空" : given.name();
        String enGiven = given == null ? "none" : given.name();
        if (row == 0) {
            return new Problem(0, Column.CREDIT_GRADE.zh(), "信用等级不随登记信息修改（登记为" + zhRegistered + "，此处为" + zhGiven
                    + "）：请在企业页面的“企业事实”中附理由调整。", "The credit grade is not changed with the registration (registered: "
                            + enRegistered + ", here: " + enGiven + "): set it with a reason under Enterprise facts on the "
                            + "enterprise's page.");
        }
        return new Problem(row, Column.CREDIT_GRADE.zh(), "信用等级登记为" + zhRegistered + "，文件中为" + zhGiven
                + "：导入不改变已登记企业的信用等级。请在企业页面的“企业事实”中附理由调整，或将此格"
                + (registered == null ? "留空" : "改回" + zhRegistered + "或留空") + "。", "The credit grade registered is " + enRegistered + ", the file says "
                        + enGiven + ": an import does not change a registered enterprise's grade. Set it with a reason under "
                        + "Enterprise facts on the enterprise's page, or " + (registered == null ? "leave the cell empty."
                                : "put " + enRegistered + " back or leave the cell empty."));
    }

    /** Grades of registered enterprises that a write would change; nothing was written (the transaction rolls back). */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Each change: the code, the registered grade, the given grade (names, or null). */
        final transient List<String[]> changes;

        Refused(List<String[]> changes) {
            super(changes.size() + " credit grades would change");
            this.changes = List.copyOf(changes);
        }
    }
}
