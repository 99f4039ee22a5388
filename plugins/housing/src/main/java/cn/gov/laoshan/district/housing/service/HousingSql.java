package cn.gov.laoshan.district.housing.service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jdbi.v3.core.statement.SqlStatement;

/**
 * What the housing repositories share: the department scope in SQL (a repository seen from some departments adds
 * {@code department_code in (…)} to every read), and the column formats (optional text, item keys as a comma list,
 * dates).
 */
final class HousingSql {

    /** {@code null}: every department (the district scope, the system's jobs). */
    private final Set<String> departments;

    HousingSql(Set<String> departments) {
        this.departments = departments == null ? null : Set.copyOf(departments);
    }

    /** The scope condition on {@code column}, or {@code null} when every department is seen. */
    private String scope(String column) {
        if (departments == null) {
            return null;
        }
        return departments.isEmpty() ? "1 = 0" : column + " in (<departments>)";
    }

    /** Binds the departments of the scope condition, if there is one. */
    <Q extends SqlStatement<Q>> Q scoped(Q query) {
        if (departments != null && !departments.isEmpty()) {
            query.bindList("departments", new ArrayList<>(departments));
        }
        return query;
    }

    /** {@code where} with the scope condition on {@code column} added. */
    String and(String where, String column) {
        String condition = scope(column);
        if (condition == null) {
            return where;
        }
        return where.isEmpty() ? " where " + condition : where + " and " + condition;
    }

    /** An optional text as stored: trimmed, {@code null} when blank. */
    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * A text for a column of 200 characters (an issue's title made from a meeting's action item, a reminder's
     * title): trimmed, and cut with an ellipsis when longer.
     */
    static String shorten(String text) {
        String t = text.trim();
        return t.length() > 200 ? t.substring(0, 199) + "…" : t;
    }

    static Set<String> keys(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,，、;；\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String join(Set<String> keys) {
        return keys.isEmpty() ? null : keys.stream().sorted().collect(Collectors.joining(","));
    }

    static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
