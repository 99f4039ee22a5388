package cn.gov.laoshan.district.policy.delivery.service;

import cn.gov.laoshan.district.policy.delivery.domain.EntitlementState;
import cn.gov.laoshan.district.policy.delivery.domain.HandOff;

/** What a list of entitlements is narrowed to; {@code null} parts do not narrow. */
public record EntitlementFilter(EntitlementState state, String uscc, String policyCode, HandOff handoff) {

    public static final EntitlementFilter ALL = new EntitlementFilter(null, null, null, null);

    public static EntitlementFilter of(EntitlementState state) {
        return new EntitlementFilter(state, null, null, null);
    }

    public static EntitlementFilter enterprise(String uscc) {
        return new EntitlementFilter(null, uscc, null, null);
    }
}
