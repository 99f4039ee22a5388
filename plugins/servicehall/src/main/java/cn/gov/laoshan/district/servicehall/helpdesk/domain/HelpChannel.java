package cn.gov.laoshan.district.servicehall.helpdesk.domain;

/** How a request came in (labels {@code servicehall.helpdesk.channel.<NAME>}). */
public enum HelpChannel {
    /** By telephone (the centre's hotline or a community's line), typed in by staff. */
    PHONE,
    /** At a hall's window, typed in by the clerk. */
    WINDOW,
    /** Online, by the resident. */
    ONLINE
}
