package cn.gov.laoshan.district.finance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * A loan product of a bank: rate range (percent a year), term range (months), amount range, eligibility in words
 * and as {@link Criterion}s, and, when it differs from the bank's, the working days the bank commits to answer in
 * (a credit loan 3, a mortgage loan 7).
 */
public record BankProduct(long id, long bankId, String bankName, String name, Kind kind, BigDecimal rateMin,
        BigDecimal rateMax, int termMin, int termMax, Yuan amountMin, Yuan amountMax, String eligibility,
        List<Criterion> criteria, Integer responseDays, boolean active) {

    /** 信用贷 / 抵押贷 / 担保贷 / 知识产权质押 / 供应链金融 / 政府增信（政银担）. */
    public enum Kind {
        CREDIT, MORTGAGE, GUARANTEE, IP_PLEDGE, SUPPLY_CHAIN, POLICY
    }

    public BankProduct {
        criteria = List.copyOf(criteria);
    }

    /** The reasons for a demand of {@code enterprise}: its amount and term against the ranges, then each criterion. */
    public List<Check> checks(FinancingDemand demand, EnterpriseProfile enterprise) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("amount", demand.amount().compareTo(amountMin) >= 0
                && demand.amount().compareTo(amountMax) <= 0, amountMin.amount().toPlainString() + "–"
                        + amountMax.amount().toPlainString(), demand.amount().amount().toPlainString()));
        checks.add(new Check("term", demand.termMonths() >= termMin && demand.termMonths() <= termMax,
                termMin + "–" + termMax, String.valueOf(demand.termMonths())));
        criteria.forEach(c -> checks.add(c.check(enterprise)));
        return checks;
    }

    /** The working days the bank answers this product's demands in. */
    public int responseDays(Bank bank) {
        return responseDays != null ? responseDays : bank.responseDays();
    }
}
