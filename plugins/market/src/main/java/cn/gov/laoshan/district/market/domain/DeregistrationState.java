package cn.gov.laoshan.district.market.domain;

/**
 * Where a simple deregistration (简易注销) is (labels {@code market.dereg.state.<NAME>}): running — an enterprise's
 * 20-day public notice (公示中) and the days to apply after it, an individual business's 10 days for the departments'
 * objections (异议期中) —; blocked (a condition found or an objection: the notice runs on, the enterprise refiles once
 * cleared); deregistered; lapsed (not applied for within the days after the notice).
 */
public enum DeregistrationState {
    NOTICE, BLOCKED, DONE, LAPSED
}
