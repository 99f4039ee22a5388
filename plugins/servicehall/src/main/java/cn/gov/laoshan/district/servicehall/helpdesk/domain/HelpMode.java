package cn.gov.laoshan.district.servicehall.helpdesk.domain;

/** Where the help is given (labels {@code servicehall.helpdesk.mode.<NAME>}). */
public enum HelpMode {
    /** 入户办: a helper goes to the person's home. */
    HOME_VISIT,
    /** 帮办代办: a helper accompanies the person at the hall, or does the errand for them. */
    AT_HALL
}
