package cn.gov.laoshan.district.policy.draft.service;

import cn.gov.laoshan.district.policy.draft.domain.PolicyTopic;

/** The policy list's filters; {@code null} is "any". */
public record PolicyListFilter(Integer batchNo, String issuer, PolicyTopic topic) {

    public static final PolicyListFilter ALL = new PolicyListFilter(null, null, null);
}
