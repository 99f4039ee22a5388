package cn.gov.laoshan.district.api.notice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a plugin asks to make public.
 *
 * @param plugin         the plugin's id ({@code market}), 1 to 40 characters
 * @param recordType     the kind of record ({@code Deregistration}), 1 to 60 characters
 * @param recordId       the record's id in the plugin, 1 to 80 characters
 * @param title          the notice's title as the public reads it, 1 to 200 characters
 * @param text           the notice's text, 1 to 4000 characters
 * @param period         how long it runs
 * @param start          its first day, today or later; {@code null} for today
 * @param permission     the permission that may open, withdraw and read the objections of this notice (the plugin's
 *                       own, such as {@code market.deregistration.manage}); required
 * @param departmentCode the department whose data it is, so that the permission must be held there; {@code null} to
 *                       check the permission anywhere
 */
public record NoticeRequest(String plugin, String recordType, String recordId, String title, String text,
        NoticePeriod period, LocalDate start, String permission, String departmentCode) {

    public NoticeRequest {
        check("plugin", plugin, 40);
        check("recordType", recordType, 60);
        check("recordId", recordId, 80);
        check("title", title, 200);
        check("text", text, 4000);
        check("permission", permission, 100);
        Objects.requireNonNull(period, "period");
        if (departmentCode != null) {
            check("departmentCode", departmentCode, 40);
        }
    }

    private static void check(String name, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters: '" + value + "'");
        }
    }
}
