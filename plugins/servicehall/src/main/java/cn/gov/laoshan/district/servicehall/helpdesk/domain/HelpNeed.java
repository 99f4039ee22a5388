package cn.gov.laoshan.district.servicehall.helpdesk.domain;

/** Why the person needs help (labels {@code servicehall.helpdesk.need.<NAME>}). */
public enum HelpNeed {
    /** 老年人. */
    ELDERLY,
    /** 残疾人. */
    DISABLED,
    /** Anyone else the centre helps (e.g. an ill person, a family away). */
    OTHER
}
