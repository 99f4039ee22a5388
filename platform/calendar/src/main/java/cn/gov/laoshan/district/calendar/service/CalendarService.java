package cn.gov.laoshan.district.calendar.service;

import java.io.Reader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.CalendarDependent;
import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.calendar.domain.ArrangementCsv;
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
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Jdbi jdbi;
    private final AccessControl access;
    private final Supplier<Optional<AuditLog>> audit;
    private final Clock clock;
    private final Supplier<List<CalendarDependent>> dependents;
    private volatile CalendarRules rules = new CalendarRules(List.of(), Set.of());

    public CalendarService(Jdbi jdbi, AccessControl access, Supplier<Optional<AuditLog>> audit, Clock clock) {
        this(jdbi, access, audit, clock, List::of);
    }

    /**
     * @param dependents the plugins' dates that follow the calendar ({@link CalendarDependent} services), asked to
     *                   recompute after every change
     */
    public CalendarService(Jdbi jdbi, AccessControl access, Supplier<Optional<AuditLog>> audit, Clock clock,
            Supplier<List<CalendarDependent>> dependents) {
        this.jdbi = jdbi;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.dependents = dependents;
    }

    /** Today in Beijing, by the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
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
    public Recomputed save(LocalDate original, SpecialDay day) {
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
        Set<Integer> years = new TreeSet<>(Set.of(clean.date().getYear()));
        if (original != null) {
            years.add(original.getYear());
        }
        return recompute(years);
    }

    /** Deletes the special day on {@code date}; the date becomes an ordinary day. */
    public Recomputed delete(LocalDate date) {
        access.check(EDIT);
        Optional<SpecialDay> before = rules.specialDay(date);
        int deleted = jdbi.withHandle(h -> h.execute("delete from calendar_day where day = ?", date));
        if (deleted == 0) {
            throw new CalendarException("calendar.error.gone");
        }
        reload();
        audit.get().ifPresent(log -> log.record("calendar", "day.delete", "SpecialDay", date.toString(),
                before.map(CalendarService::json).orElse(null), null));
        return recompute(Set.of(date.getYear()));
    }

    /**
     * The arrangement of {@code year}, entered day by day on the screen, is complete: the year counts as known (its
     * dates are no longer provisional) and the plugins' dates reaching into it are computed again.
     *
     * @throws CalendarException when the year is already known or has no special day entered
     */
    public Recomputed confirmYear(int year) {
        access.check(EDIT);
        if (rules.knowsYear(year)) {
            throw new CalendarException("calendar.error.year-known", String.valueOf(year));
        }
        if (rules.specialDays(year).isEmpty()) {
            throw new CalendarException("calendar.error.year-empty", String.valueOf(year));
        }
        String who = access.currentUser().map(CurrentUser::login).orElse("system");
        jdbi.useTransaction(h -> markKnown(h, year, "entered on the calendar screen by " + who));
        reload();
        audit.get().ifPresent(log -> log.record("calendar", "year.confirm", "CalendarYear", String.valueOf(year), null,
                "{\"year\":" + year + ",\"days\":" + rules.specialDays(year).size() + "}"));
        return recompute(Set.of(year));
    }

    /** What an import did: the years it replaced, the days it read, and the dates that moved. */
    public record Imported(Set<Integer> years, int days, Recomputed recomputed) {
    }

    /**
     * Imports an arrangement as CSV ({@link ArrangementCsv}, e.g. the State Council's notice for next year
     * transcribed): the special days of every year in the file are replaced by the file's, in one transaction, the
     * years count as known, and the plugins' dates reaching into them are computed again. A bad file changes
     * nothing.
     *
     * @param fileName shown in the year's source and the audit record
     */
    public Imported importArrangement(Reader csv, String fileName) {
        access.check(EDIT);
        List<SpecialDay> days = ArrangementCsv.read(csv);
        Set<Integer> years = new TreeSet<>();
        days.forEach(d -> years.add(d.date().getYear()));
        String who = access.currentUser().map(CurrentUser::login).orElse("system");
        String source = ("imported from " + (fileName == null ? "CSV" : fileName) + " by " + who);
        jdbi.useTransaction(h -> {
            for (int year : years) {
                h.execute("delete from calendar_day where day >= ? and day <= ?", LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31));
                h.execute("delete from calendar_year where year_no = ?", year);
                markKnown(h, year, source);
            }
            for (SpecialDay day : days) {
                insert(h, new SpecialDay(day.date(), day.kind(), day.nameZh().strip(), day.nameEn().strip()), who);
            }
        });
        reload();
        audit.get().ifPresent(log -> log.record("calendar", "year.import", "CalendarYear", years.toString(), null,
                json("years", years.toString(), "days", days.size(), "file", fileName == null ? "" : fileName)));
        return new Imported(years, days.size(), recompute(years));
    }

    private void markKnown(Handle h, int year, String source) {
        h.createUpdate("insert into calendar_year (year_no, source, loaded_at) values (:y, :s, :t)").bind("y", year)
                .bind("s", source.length() > 400 ? source.substring(0, 400) : source)
                .bind("t", Timestamp.from(clock.instant())).execute();
    }

    /**
     * How many of the plugins' dates moved after a change of the calendar, per kind of date (the dependents'
     * message keys, e.g. {@code mediation.recompute.what} → 3).
     */
    public record Recomputed(Map<String, Integer> moved) {
        public int total() {
            return moved.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Asks every {@link CalendarDependent} to compute its dates reaching into {@code years} again. */
    private Recomputed recompute(Set<Integer> years) {
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (CalendarDependent dependent : dependents.get()) {
            try {
                moved.merge(dependent.whatKey(), dependent.recompute(Set.copyOf(years)), Integer::sum);
            } catch (RuntimeException | LinkageError e) {
                // one plugin's failure must not undo the calendar change nor hide the others' counts
                LOG.error("calendar: {} could not recompute its dates for {}", dependent.getClass().getName(), years, e);
            }
        }
        return new Recomputed(moved);
    }

    // ---- next year's arrangement

    /** From this day of the year on, a missing arrangement of next year is announced (the notice is usually out). */
    public static final MonthDay NOTICE_FROM = MonthDay.of(11, 1);

    /** The year whose arrangement is due and missing today: next year, from {@link #NOTICE_FROM}; else empty. */
    public Optional<Integer> missingNextYear() {
        LocalDate today = today();
        int next = today.getYear() + 1;
        return !MonthDay.from(today).isBefore(NOTICE_FROM) && !rules.knowsYear(next) ? Optional.of(next)
                : Optional.empty();
    }

    /**
     * The daily job: from {@link #NOTICE_FROM}, while next year's arrangement is missing, tells the calendar's
     * editors (platform administrators hold every permission) once — not every day — that it should be entered.
     * Returns whether a notice was sent now.
     */
    public boolean noticeMissingArrangement(Notifications notifications) {
        Optional<Integer> year = missingNextYear();
        if (year.isEmpty()) {
            return false;
        }
        int y = year.get();
        boolean first;
        try {
            first = jdbi.withHandle(h -> h.createUpdate("insert into calendar_notice (year_no, sent_at) values (:y, :t)")
                    .bind("y", y).bind("t", Timestamp.from(clock.instant())).execute()) == 1;
        } catch (RuntimeException alreadySent) {
            // the primary key: sent before (by this node or another)
            first = false;
        }
        if (first) {
            notifications.send(Recipient.permission(EDIT), new Message("calendar", y + "年节假日安排尚未录入",
                    "国务院办公厅通常于11月公布下一年的节假日安排。请在“工作日历”中录入或导入" + y + "年的安排；录入前，"
                            + "跨入" + y + "年的期限和计划按周末估算，录入后自动重算。",
                    "calendar/days", Severity.WARNING));
            LOG.info("calendar: told the calendar's editors that the {} arrangement is missing", y);
        }
        return first;
    }

    private void insert(Handle h, SpecialDay day, String who) {
        h.createUpdate("insert into calendar_day (day, kind, name_zh, name_en, updated_by, updated_at) "
                + "values (:day, :kind, :zh, :en, :by, :at)")
                .bind("day", day.date()).bind("kind", day.kind().name()).bind("zh", day.nameZh())
                .bind("en", day.nameEn()).bind("by", who).bind("at", Timestamp.from(clock.instant())).execute();
    }

    static String json(SpecialDay day) {
        return json("date", day.date().toString(), "kind", day.kind().name(), "nameZh", day.nameZh(), "nameEn",
                day.nameEn());
    }

    /** An audit record's JSON from names and values in order, written by Jackson (control characters escaped too). */
    private static String json(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // strings and numbers only: cannot happen
        }
    }
}
