package cn.gov.laoshan.district.finance.domain;

import java.math.BigDecimal;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * The portfolio's figures: what was invested, what the holdings are worth now (latest valuations), what exits
 * brought, the multiple ((current value + exit proceeds) / invested, 2 decimals), and how many portfolio companies
 * are unicorns or listed.
 */
public record Portfolio(int investments, int held, int exits, Yuan invested, Yuan currentValue, Yuan proceeds,
        BigDecimal multiple, int unicorns, int listed) {
}
