package cn.gov.laoshan.district.servicehall.helpdesk.domain;

/** The item's result (labels {@code servicehall.helpdesk.result.<NAME>}). */
public enum HelpResult {
    /** 办结: granted, the licence or certificate handed to the person. */
    GRANTED,
    /** Not granted, with the department's reason. */
    REFUSED
}
