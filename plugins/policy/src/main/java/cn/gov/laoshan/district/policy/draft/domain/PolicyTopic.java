package cn.gov.laoshan.district.policy.draft.domain;

/** What a policy supports, the policy list's topic filter (labels: {@code policy.list.topic.<NAME>}). */
public enum PolicyTopic {
    FINANCING, TALENT, RESEARCH, SPECIALISED, HIGH_TECH, BUILDING_ECONOMY, MARINE_ECONOMY, INDUSTRY, TOURISM,
    CONSUMPTION, OTHER
}
