package cn.gov.laoshan.district.api.notice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A public notice as stored.
 *
 * @param id             its id
 * @param plugin         the plugin whose record it is
 * @param recordType     the kind of record
 * @param recordId       the record's id in the plugin
 * @param title          its title
 * @param text           its text
 * @param period         how long it runs
 * @param startDate      its first public day
 * @param endDate        its last public day (objections are taken up to the end of it)
 * @param state          open, closed or withdrawn
 * @param outcome        a closed notice's outcome, else {@code null}
 * @param objections     how many objections it received
 * @param openedBy       the login of who opened it
 * @param openedAt       when
 * @param closedAt       when it was closed or withdrawn, else {@code null}
 * @param closeNote      the reason given for a withdrawal, else {@code null}
 * @param permission     the permission that may withdraw it and read its objections
 * @param departmentCode where that permission must be held, or {@code null} for anywhere
 */
public record PublicNotice(long id, String plugin, String recordType, String recordId, String title, String text,
        NoticePeriod period, LocalDate startDate, LocalDate endDate, NoticeState state, NoticeOutcome outcome,
        int objections, String openedBy, Instant openedAt, Instant closedAt, String closeNote, String permission,
        String departmentCode) {

    /** Whether objections are taken on {@code day}: open, and the day within its period. */
    public boolean takesObjectionsOn(LocalDate day) {
        return state == NoticeState.OPEN && !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
