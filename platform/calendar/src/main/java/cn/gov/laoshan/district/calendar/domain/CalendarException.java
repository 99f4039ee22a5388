package cn.gov.laoshan.district.calendar.domain;

/** Bad input for the calendar: {@link #key()} is a message key of the calendar module, shown to the user. */
public final class CalendarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public CalendarException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}
