package cn.gov.laoshan.district.calendar.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.calendar.domain.CalendarException;
import cn.gov.laoshan.district.calendar.domain.CalendarRules;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.calendar.domain.SpecialDayValidator;

/**
 * The working-day calendar over the {@code calendar_day} table. Questions are answered from an in-memory
 * {@link CalendarRules} snapshot; every edit writes the table, the audit log, and then swaps the snapshot.
 */
public final class CalendarService implements WorkingDayCalendar {

    public static final String VIEW = "calendar.view";
    public static final String EDIT = "calendar.edit";
    private static final Logger LOG = LoggerFactory.getLogger(CalendarService.class);

    private final Jdbi jdbi;
    private final AccessControl access;
    private final Supplier<Optional<AuditLog>> audit;
    private final Clock clock;
    private volatile CalendarRules rules = new CalendarRules(List.of(), Set.of());

    public CalendarService(Jdbi jdbi, AccessControl access, Supplier<Optional<AuditLog>> audit, Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Loads the official arrangements the database does not have yet, then the snapshot. */
    public void start() {
        for (int year : OfficialSchedules.YEARS) {
            jdbi.useTransaction(h -> {
                boolean loaded = h.createQuery("select count(*) from calendar_year where year_no = :y").bind("y", year)
                        .mapTo(Integer.class).one() > 0;
                if (loaded) {
                    return;
                }
                List<SpecialDay> days = OfficialSchedules.days(year);
                for (SpecialDay day : days) {
                    h.execute("delete from calendar_day where day = ?", day.date());
                    insert(h, day, "system");
                }
                h.createUpdate("insert into calendar_year (year_no, source, loaded_at) values (:y, :s, :t)")
                        .bind("y", year).bind("s", OfficialSchedules.source(year))
                        .bind("t", Timestamp.from(clock.instant())).execute();
                LOG.info("calendar: loaded the official {} arrangement ({} days)", year, days.size());
            });
        }
        reload();
    }

    /** Reads the table into a new snapshot. */
    public void reload() {
        List<SpecialDay> days = jdbi.withHandle(h -> h.createQuery(
                "select day, kind, name_zh, name_en from calendar_day order by day")
                .map((rs, ctx) -> new SpecialDay(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)))
                .list());
        Set<Integer> years = new HashSet<>(jdbi.withHandle(h -> h.createQuery("select year_no from calendar_year")
                .mapTo(Integer.class).list()));
        rules = new CalendarRules(days, years);
    }

    public CalendarRules rules() {
        return rules;
    }

    // ---- WorkingDayCalendar: public information, no permission needed

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return rules.isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return rules.addWorkingDays(start, n);
    }

    @Override
    public LocalDate deadline(LocalDate applied, int workingDays) {
        return rules.deadline(applied, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return rules.workingDaysBetween(from, to);
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        return rules.holidayName(date);
    }

    @Override
    public Optional<SpecialDay> specialDay(LocalDate date) {
        return rules.specialDay(date);
    }

    @Override
    public List<SpecialDay> specialDays(int year) {
        return rules.specialDays(year);
    }

    @Override
    public boolean knowsYear(int year) {
        return rules.knowsYear(year);
    }

    // ---- administration

    /** The special days of a year, for the administration screen. */
    public List<SpecialDay> list(int year) {
        access.check(VIEW);
        return rules.specialDays(year);
    }

    /**
     * Adds a special day ({@code original == null}) or changes the one on {@code original} (its date may change).
     *
     * @throws CalendarException for bad input; nothing is changed then
     */
    public void save(LocalDate original, SpecialDay day) {
        access.check(EDIT);
        SpecialDayValidator.validate(day.date(), day.kind(), day.nameZh(), day.nameEn());
        SpecialDay clean = new SpecialDay(day.date(), day.kind(), day.nameZh().strip(), day.nameEn().strip());
        String who = access.currentUser().map(CurrentUser::login).orElse("system");
        Optional<SpecialDay> before = original == null ? Optional.empty() : rules.specialDay(original);
        jdbi.useTransaction(h -> {
            if (original == null || !original.equals(clean.date())) {
                boolean taken = h.createQuery("select count(*) from calendar_day where day = :d")
                        .bind("d", clean.date()).mapTo(Integer.class).one() > 0;
                if (taken) {
                    throw new CalendarException("calendar.error.exists", clean.date().toString());
                }
            }
            if (original != null) {
                int deleted = h.execute("delete from calendar_day where day = ?", original);
                if (deleted == 0) {
                    throw new CalendarException("calendar.error.gone");
                }
            }
            insert(h, clean, who);
        });
        reload();
        audit.get().ifPresent(log -> log.record("calendar", original == null ? "day.add" : "day.change", "SpecialDay",
                clean.date().toString(), before.map(CalendarService::json).orElse(null), json(clean)));
    }

    /** Deletes the special day on {@code date}; the date becomes an ordinary day. */
    public void delete(LocalDate date) {
        access.check(EDIT);
        Optional<SpecialDay> before = rules.specialDay(date);
        int deleted = jdbi.withHandle(h -> h.execute("delete from calendar_day where day = ?", date));
        if (deleted == 0) {
            throw new CalendarException("calendar.error.gone");
        }
        reload();
        audit.get().ifPresent(log -> log.record("calendar", "day.delete", "SpecialDay", date.toString(),
                before.map(CalendarService::json).orElse(null), null));
    }

    private void insert(Handle h, SpecialDay day, String who) {
        h.createUpdate("insert into calendar_day (day, kind, name_zh, name_en, updated_by, updated_at) "
                + "values (:day, :kind, :zh, :en, :by, :at)")
                .bind("day", day.date()).bind("kind", day.kind().name()).bind("zh", day.nameZh())
                .bind("en", day.nameEn()).bind("by", who).bind("at", Timestamp.from(clock.instant())).execute();
    }

    static String json(SpecialDay day) {
        return "{\"date\":\"" + day.date() + "\",\"kind\":\"" + day.kind() + "\",\"nameZh\":\"" + esc(day.nameZh())
                + "\",\"nameEn\":\"" + esc(day.nameEn()) + "\"}";
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
