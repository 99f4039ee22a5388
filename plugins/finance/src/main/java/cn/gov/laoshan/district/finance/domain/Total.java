package cn.gov.laoshan.district.finance.domain;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * One line of the ledger's totals: a group (a policy, batch, department, industry, street or month), how many
 * payouts it holds (rejected ones left out), what they ask for, what was approved and what was paid.
 */
public record Total(String group, long payouts, Yuan requested, Yuan approved, Yuan paid) {

    /** What the totals are grouped by; the column each reads. */
    public enum By {
        POLICY("policy_code"), BATCH("batch_id"), DEPARTMENT("department_code"), INDUSTRY("industry_code"),
        STREET("street"), MONTH("request_month");

        private final String column;

        By(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }
}
