package cn.gov.laoshan.district.finance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * A grant-to-equity holding (拨改投): the government's fund invested {@code amount} in an enterprise for
 * {@code stake} percent, when the largest other shareholder held {@code largestOther} percent. {@code value} is the
 * latest valuation (the cost when none); an exit closes it with its kind and proceeds.
 */
public record Investment(long id, String uscc, String enterpriseName, String fund, Method method, Yuan amount,
        BigDecimal stake, BigDecimal largestOther, LocalDate investedOn, String departmentCode, LocalDate unicornOn,
        LocalDate listedOn, ExitKind exitKind, LocalDate exitedOn, Yuan proceeds, Yuan value) {

    /** How the money went in. */
    public enum Method {
        /** 直接投资 */
        DIRECT,
        /** 先投后股: invested first, equity later */
        INVEST_THEN_EQUITY,
        /** 拨投结合: grant plus investment */
        GRANT_PLUS_INVESTMENT,
        /** 股权联动: joint equity */
        JOINT_EQUITY
    }

    /** How a holding was left. */
    public enum ExitKind {
        /** 按原值转让 */
        AT_COST,
        /** 按市场价转让 */
        AT_MARKET,
        /** 企业回购 */
        BUYBACK,
        /** 核销 (Qingdao tolerates losses up to 100 % for guidance funds) */
        WRITE_OFF
    }

    public boolean exited() {
        return exitKind != null;
    }

    /** What was entered for a new investment. */
    public record Draft(String uscc, String enterpriseName, String fund, Method method, Yuan amount, BigDecimal stake,
            BigDecimal largestOther, LocalDate investedOn) {
    }
}
