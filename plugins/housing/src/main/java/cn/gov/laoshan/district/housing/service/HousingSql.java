package cn.gov.laoshan.district.housing.service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jdbi.v3.core.statement.SqlStatement;

import cn.gov.laoshan.district.api.security.RecordScope;

/**
 * What the housing repositories share: the caller's scope in SQL (a repository seen from a {@link RecordScope} adds
 * its condition — the departments where the permission holds — to every read), and the column formats (optional
 * text, item keys as a comma list, dates).
 */
final class HousingSql {

    /** Where a project's scope is: its department, and its investor (an enterprise user sees their own). */
    static final RecordScope.Columns PROJECTS = RecordScope.columns("department_code").enterprises("investor_uscc");

    private final RecordScope scope;

    HousingSql(RecordScope scope) {
        this.scope = scope;
    }

    private RecordScope.Condition condition(String departmentColumn) {
        return scope.condition(RecordScope.columns(departmentColumn));
    }

    /** Binds the values of the scope condition, if there is one. */
    <Q extends SqlStatement<Q>> Q scoped(Q query) {
        return condition("department_code").bind(query);
    }

    /** {@code where} with the scope condition on the department column {@code column} added. */
    String and(String where, String column) {
        return condition(column).and(where);
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
