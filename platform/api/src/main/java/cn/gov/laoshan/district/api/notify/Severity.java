package cn.gov.laoshan.district.api.notify;

/** How the inbox shows a notification. */
public enum Severity {
    INFO, SUCCESS, WARNING, ERROR
}
