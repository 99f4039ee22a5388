package cn.gov.laoshan.district.registry.facts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.Location;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.core.db.JdbcBatch;

/**
 * An enterprise's fact changes (table {@code enterprise_fact_history}, V7): written by every change of
 * {@link JdbiEnterpriseFacts} and every fact file in the change's own transaction, one row per changed fact, and read
 * newest first for the enterprise page's 变更记录. Values are kept in a neutral form (numbers plain, dates ISO, grades
 * and sizes by name) and put into words by the screen ({@code FactChangeText}).
 */
public final class FactHistory {

    /** The most changes the page reads (the newest). */
    public static final int SHOWN = 200;

    /** What a change did: the kinds of {@link FactChange#action()}. */
    public static final String FIGURE = "figure";
    public static final String QUALIFICATION = "qualification";
    public static final String QUALIFICATION_REMOVED = "qualification.remove";
    public static final String LOCATION = "location";
    public static final String CREDIT_MARK = "credit-mark";
    public static final String CREDIT_GRADE = "credit-grade";
    public static final String SIZE = "size";

    /**
     * One changed fact of one enterprise, before it is written.
     *
     * @param subject which fact: a figure's {@code KIND/YEAR}, a qualification's type, a credit mark; {@code null}
     *                for the location, the grade and the size
     * @param note    the reason (grade, mark), the source (figure) or the certificate (qualification)
     */
    public record Change(String uscc, String action, String subject, String before, String after, String note) {
        /** The same change with the value it replaced. */
        Change withBefore(String value) {
            return new Change(uscc, action, subject, value, after, note);
        }
    }

    /** A yearly figure set ({@code before}: the one it replaces, or {@code null}). */
    static Change figure(YearlyFigure before, YearlyFigure after) {
        return new Change(after.uscc().value(), FIGURE, after.kind().name() + "/" + after.year(),
                before == null ? null : amount(before.value()), amount(after.value()), after.source());
    }

    /** A qualification set ({@code before}: the one of its type it replaces, or {@code null}). */
    static Change qualification(Qualification before, Qualification after) {
        return new Change(after.uscc().value(), QUALIFICATION, after.type(), before == null ? null : validity(before),
                validity(after), after.certificate());
    }

    /** A qualification's validity in the history's form: {@code 2024-01-01/2026-12-31}. */
    static String validity(Qualification q) {
        return q.validFrom() + "/" + q.validUntil();
    }

    /** Street and park in the history's form: {@code 中韩街道 / 崂山科技园}, an empty side when none; neither: null. */
    static String location(Location l) {
        if (l == null || (l.street() == null && l.park() == null)) {
            return null;
        }
        return (l.street() == null ? "" : l.street()) + LOCATION_SEPARATOR + (l.park() == null ? "" : l.park());
    }

    /** Between street and park in {@link #location}. */
    public static final String LOCATION_SEPARATOR = " / ";

    private static String amount(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private final Jdbi jdbi;
    private final AccessControl access;

    public FactHistory(Jdbi jdbi, AccessControl access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    /**
     * The enterprise's newest {@value #SHOWN} fact changes, newest first: for staff holding the facts' read permission
     * (the history names the staff who made each change; an enterprise user reads their facts, not this).
     */
    public List<FactChange> of(Uscc uscc) {
        JdbiEnterpriseFacts.checkStaff(access, EnterpriseFactsService.PERMISSION_READ);
        return jdbi.withHandle(h -> h.createQuery("select changed_at, actor, actor_name, action, subject, before_value, "
                + "after_value, note, file_name from enterprise_fact_history where uscc = :uscc "
                + "order by changed_at desc, id desc fetch first " + SHOWN + " rows only").bind("uscc", uscc.value())
                .map((rs, ctx) -> new FactChange(rs.getTimestamp("changed_at").toInstant(), rs.getString("actor"),
                        rs.getString("actor_name"), rs.getString("action"), rs.getString("subject"),
                        rs.getString("before_value"), rs.getString("after_value"), rs.getString("note"),
                        rs.getString("file_name")))
                .list());
    }

    /**
     * Writes {@code changes} in the caller's transaction, by {@code actor} (the system when {@code null}) at
     * {@code at}, from {@code file} (none: {@code null}).
     */
    static void write(Handle h, Instant at, CurrentUser actor, String file, Collection<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Timestamp when = Timestamp.from(at);
        String login = actor == null ? "system" : actor.login();
        String name = actor == null ? null : clip(actor.displayName(), 100);
        String fileName = clip(file, 255);
        JdbcBatch.write(h.getConnection(), "insert into enterprise_fact_history (uscc, changed_at, actor, actor_name, action, "
                + "subject, before_value, after_value, note, file_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                List.copyOf(changes), (s, c) -> {
                    s.setString(1, c.uscc());
                    s.setTimestamp(2, when);
                    s.setString(3, login);
                    s.setString(4, name);
                    s.setString(5, c.action());
                    s.setString(6, clip(c.subject(), 60));
                    s.setString(7, clip(c.before(), 200));
                    s.setString(8, clip(c.after(), 200));
                    s.setString(9, clip(c.note(), 600));
                    s.setString(10, fileName);
                }, "enterprise fact history");
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
