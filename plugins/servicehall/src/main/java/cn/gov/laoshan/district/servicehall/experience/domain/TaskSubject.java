package cn.gov.laoshan.district.servicehall.experience.domain;

/** What an experience task tries: a service item, a policy or a hall (labels: {@code servicehall.experience.subject.<NAME>}). */
public enum TaskSubject {
    ITEM, POLICY, HALL
}
