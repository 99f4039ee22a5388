package cn.gov.laoshan.district.finance.domain;

import java.util.List;

/** A bank product for a demand with the reasons: each check met or not; it matches when every one is met. */
public record ProductMatch(BankProduct product, Bank bank, List<Check> checks) {

    public ProductMatch {
        checks = List.copyOf(checks);
    }

    public boolean matches() {
        return checks.stream().allMatch(Check::met);
    }

    public long failed() {
        return checks.stream().filter(c -> !c.met()).count();
    }
}
