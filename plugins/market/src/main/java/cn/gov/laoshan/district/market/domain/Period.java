package cn.gov.laoshan.district.market.domain;

import java.time.LocalDate;
import java.util.Objects;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;

/**
 * A period before a licence's expiry as the regulation states it: "90 个工作日" (working days on the official
 * calendar, holidays and 调休 counted), "60 日" (calendar days) or "6 个月" (months).
 */
public record Period(int amount, Unit unit) {

    /** Stored as one letter: D calendar days, W working days, M months. */
    public enum Unit {
        DAYS('D'), WORKING_DAYS('W'), MONTHS('M');

        private final char code;

        Unit(char code) {
            this.code = code;
        }

        public char code() {
            return code;
        }

        public static Unit of(String code) {
            for (Unit unit : values()) {
                if (code != null && code.length() == 1 && unit.code == code.charAt(0)) {
                    return unit;
                }
            }
            throw new IllegalArgumentException("no period unit '" + code + "'");
        }
    }

    public Period {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0 || amount > 1000) {
            throw new IllegalArgumentException("a period is 0 to 1000: " + amount);
        }
    }

    public static Period workingDays(int n) {
        return new Period(n, Unit.WORKING_DAYS);
    }

    public static Period days(int n) {
        return new Period(n, Unit.DAYS);
    }

    public static Period months(int n) {
        return new Period(n, Unit.MONTHS);
    }

    /**
     * The day this period before {@code day}: "90 working days before the expiry" is the 90th working day counted
     * backwards from it (the expiry day itself not counted, as the calendar counts every period).
     */
    public LocalDate before(LocalDate day, WorkingDayCalendar calendar) {
        return switch (unit) {
            case DAYS -> day.minusDays(amount);
            case MONTHS -> day.minusMonths(amount);
            case WORKING_DAYS -> amount == 0 ? day : calendar.addWorkingDays(day, -amount);
        };
    }

    /** Roughly in calendar days (a month as 30.4, five working days a week): to check a window opens before it closes. */
    public double approximateDays() {
        return switch (unit) {
            case DAYS -> amount;
            case MONTHS -> amount * 30.4;
            case WORKING_DAYS -> amount * 7.0 / 5.0;
        };
    }
}
