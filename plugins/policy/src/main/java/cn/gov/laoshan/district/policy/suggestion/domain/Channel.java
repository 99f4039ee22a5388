package cn.gov.laoshan.district.policy.suggestion.domain;

/**
 * 四线征点: the four lines along which suggestions reach the policy staff. Each names its sub-source in
 * {@link Suggestion#source()} — the forum (民营企业参政议政平台, a salon, a round table), the hotline or window that
 * entered it (online: blank when the enterprise submitted it itself in 企业服务), the visit and the liaison officer
 * (楼宇专员), the association or alliance (兴商护航联盟, 建筑业协会, 房地产业协会). Labels: {@code policy.channel.<NAME>}.
 */
public enum Channel {
    /** 线下发声: forums, salons, round tables. */
    FORUM,
    /** 线上归集: an enterprise user in 企业服务, or the hotline / window staff for them. */
    ONLINE,
    /** 走访跑线: recorded by a staff member or building liaison officer during a visit. */
    VISIT,
    /** 行业专线: an industry association or alliance, for its members. */
    INDUSTRY;

    /** Whether staff must say where it came from (every line but an enterprise's own online submission). */
    public boolean needsSource() {
        return this != ONLINE;
    }
}
