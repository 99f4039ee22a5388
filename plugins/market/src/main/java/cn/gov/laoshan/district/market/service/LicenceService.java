package cn.gov.laoshan.district.market.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceState;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.domain.ReminderSchedule;
import cn.gov.laoshan.district.market.domain.RenewalWindow;

/**
 * Licences: read in the caller's scope (department for staff, their own enterprise for an enterprise user), issued
 * and revoked by staff in their department, each change on the licence's timeline (which writes the audit log) and
 * announced as an event ({@code district/market/licence/<EVENT>}).
 */
public class LicenceService {

    static final String TYPE = "Licence";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final LicenceRepository repository;
    private final AccessControl access;
    private final WorkingDayCalendar calendar;
    private final Timeline timeline;
    private final RecordEvents events;
    private final Clock clock;

    public LicenceService(LicenceRepository repository, AccessControl access, WorkingDayCalendar calendar,
            Timeline timeline, RecordEvents events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.calendar = calendar;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** What a new licence gives. {@code expiresOn} may be left empty for a type that states its validity. */
    public record Draft(String typeCode, String uscc, String holderName, String scope, String premises,
            String keyStaff, LocalDate issuedOn, LocalDate expiresOn) {
    }

    /** The types, in their order: anyone who reads licences or keeps the types. */
    public List<LicenceType> types() {
        if (!access.has(Market.READ) && !access.has(Market.TYPES)) {
            access.check(Market.READ);
        }
        return repository.types();
    }

    public Map<String, LicenceType> typeMap() {
        return types().stream().collect(Collectors.toMap(LicenceType::code, Function.identity()));
    }

    public Optional<Licence> find(long id) {
        return repository.find(readable(), id);
    }

    public List<Licence> list(LicenceFilter filter, int offset, int limit) {
        return repository.list(readable(), filter, offset, limit);
    }

    public long count(LicenceFilter filter) {
        return repository.count(readable(), filter);
    }

    RecordScope readable() {
        access.check(Market.READ);
        return RecordScope.of(access, Market.READ);
    }

    /** The licence's history, oldest first: only of a licence the user may see. */
    public List<TimelineEntry> history(long id) {
        return find(id).map(l -> timeline.of(Market.PLUGIN, TYPE, String.valueOf(id))).orElse(List.of());
    }

    /** The reminders log (what was sent to whom, when), newest first; of one licence when {@code licenceId} is given. */
    public List<ReminderEntry> reminders(Long licenceId, int offset, int limit) {
        return repository.reminders(readable(), licenceId, offset, limit);
    }

    public long countReminders() {
        return repository.countReminders(readable());
    }

    /** Licences expiring this month by type and renewals this year by kind, in the caller's scope: the dashboard's. */
    public Map<String, Long> expiringThisMonth() {
        LocalDate today = today();
        return repository.expiringByType(readable(), today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()));
    }

    public Map<String, Long> renewalsThisYear() {
        return repository.renewalsByKind(readable(), today().withDayOfYear(1));
    }

    /** The reminder steps of the licence's current term, with their days. */
    public ReminderSchedule schedule(Licence licence) {
        LicenceType type = typeMap().get(licence.typeCode());
        return ReminderSchedule.of(type, licence.window(), calendar);
    }

    /** Issued this day or in the ten years before; the expiry after the issue. */
    public DateBounds issuedOnBounds() {
        return new DateBounds(today().minusYears(10), today());
    }

    /** Issues a licence to a registry enterprise, in the caller's department (or the bureau's). */
    public Licence issue(Draft draft) {
        access.check(Market.MANAGE);
        String department = RecordScope.newRecordDepartment(access, Market.MANAGE, Market.DEPARTMENT);
        LicenceType type = draft.typeCode() == null ? null : typeMap().get(draft.typeCode());
        if (type == null) {
            throw new RefusedException("type", DateBounds.REQUIRED_KEY);
        }
        if (draft.uscc() == null || !Uscc.isValid(draft.uscc())) {
            throw new RefusedException("holder", "market.error.uscc");
        }
        String holder = required("holderName", draft.holderName(), 200);
        String scope = required("scope", draft.scope(), 500);
        String premises = required("premises", draft.premises(), 300);
        String keyStaff = required("keyStaff", draft.keyStaff(), 100);
        if (draft.issuedOn() == null) {
            throw new RefusedException("issuedOn", DateBounds.REQUIRED_KEY);
        }
        issuedOnBounds().violation(draft.issuedOn()).ifPresent(v -> {
            throw new RefusedException("issuedOn", v.messageKey(), v.parameters());
        });
        LocalDate expires = type.validityMonths() != null ? type.expiryOf(draft.issuedOn(), null, null)
                : draft.expiresOn();
        if (expires == null) {
            throw new RefusedException("expiresOn", DateBounds.REQUIRED_KEY);
        }
        if (!expires.isAfter(draft.issuedOn())) {
            throw new RefusedException("expiresOn", "shell.date.before", draft.issuedOn().plusDays(1));
        }
        Licence prepared = prepare(type, calendar, 0, draft.uscc(), holder, scope, premises, keyStaff,
                draft.issuedOn(), expires, department, null, null, login(), today());
        long id = repository.jdbi().inTransaction(h -> {
            long newId = LicenceRepository.insert(h, prepared);
            h.createUpdate("update licence set licence_no = :no where id = :id").bind("id", newId)
                    .bind("no", number(type, draft.issuedOn(), newId)).execute();
            return newId;
        });
        return recorded(id, "issue", null, prepared.state(), null, "ISSUED");
    }

    /** Revokes (吊销) a current licence with a reason; out of the caller's scope it is not found. */
    public Licence revoke(long id, String reason) {
        access.check(Market.MANAGE);
        Licence licence = repository.find(RecordScope.of(access, Market.MANAGE), id)
                .orElseThrow(() -> new RefusedException(null, "market.error.not-found"));
        access.check(Market.MANAGE, licence.departmentCode());
        String why = required("reason", reason, 500);
        if (!licence.state().current()) {
            throw new RefusedException(null, "market.error.not-current");
        }
        LocalDate today = today();
        if (!repository.jdbi().inTransaction(h -> repository.move(h, id, licence.state(), LicenceState.REVOKED)
                && repository.end(h, id, today))) {
            throw new RefusedException(null, "market.error.changed");
        }
        return recorded(id, "revoke", licence.state(), LicenceState.REVOKED, why, "REVOKED");
    }

    /**
     * Cancels (注销) every current licence of a deregistered holder from today (licence facts stop counting them), each
     * on its timeline; for the deregistration, which has checked its caller. Returns how many.
     */
    int cancelAll(String uscc, String note) {
        LocalDate today = today();
        List<Licence> current = repository.jdbi().withHandle(h -> h.createQuery("select id, state from licence "
                + "where uscc = :uscc and state in ('VALID', 'IN_WINDOW', 'EXPIRED')").bind("uscc", uscc)
                .map((rs, ctx) -> repository.find(RecordScope.ALL, rs.getLong(1)).orElseThrow()).list());
        int cancelled = 0;
        for (Licence licence : current) {
            if (repository.jdbi().inTransaction(h -> repository.move(h, licence.id(), licence.state(),
                    LicenceState.CANCELLED) && repository.end(h, licence.id(), today))) {
                recorded(licence.id(), "cancel", licence.state(), LicenceState.CANCELLED, note, "CANCELLED");
                cancelled++;
            }
        }
        return cancelled;
    }

    /** Puts the step on the licence's timeline and announces it. */
    Licence recorded(long id, String action, LicenceState from, LicenceState to, String note, String event) {
        timeline.record(Market.PLUGIN, TYPE, String.valueOf(id), action, from == null ? null : from.name(), to.name(),
                note);
        Licence licence = repository.find(RecordScope.ALL, id).orElseThrow();
        events.post(event, licence.licenceNo(), licence.departmentCode(),
                Map.of("uscc", licence.uscc(), "licenceType", licence.typeCode(), "expiresOn",
                        licence.expiresOn().toString()));
        return licence;
    }

    String login() {
        return access.currentUser().map(u -> u.login()).orElse("system");
    }

    /**
     * A licence ready to insert: its window counted on the calendar, its state and its first reminder step as of
     * {@code today} (a licence issued into its window starts there). The number is a placeholder unique per
     * {@code sequence} until the insert gives it its own; demo data and benchmarks pass real numbers.
     */
    public static Licence prepare(LicenceType type, WorkingDayCalendar calendar, long sequence, String uscc,
            String holder, String scope, String premises, String keyStaff, LocalDate issued, LocalDate expires,
            String department, Long renewedFrom, String renewalKind, String by, LocalDate today) {
        return prepare(type, calendar, sequence, uscc, holder, scope, premises, keyStaff, issued, expires, department,
                renewedFrom, renewalKind, by, today, 7);
    }

    /** {@link #prepare} reminding of a step that fell due up to {@code lookBackDays} ago (0: only today's). */
    public static Licence prepare(LicenceType type, WorkingDayCalendar calendar, long sequence, String uscc,
            String holder, String scope, String premises, String keyStaff, LocalDate issued, LocalDate expires,
            String department, Long renewedFrom, String renewalKind, String by, LocalDate today, int lookBackDays) {
        RenewalWindow window = type.window(expires, calendar);
        ReminderSchedule schedule = ReminderSchedule.of(type, window, calendar);
        LicenceState state = expires.isBefore(today) ? LicenceState.EXPIRED
                : window.opens().isAfter(today) ? LicenceState.VALID : LicenceState.IN_WINDOW;
        // the first step to send: one that fell due in the last week (sent by the next scan), else the next one — a
        // licence entered weeks into its window is not reminded that the window opened
        ReminderSchedule.Step step = schedule.due(today).filter(s -> !s.on().isBefore(today.minusDays(lookBackDays)))
                .or(() -> schedule.next(today)).orElse(null);
        return new Licence(0, "NEW-" + sequence + "-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                type.code(), uscc, holder, scope, premises, keyStaff, issued, expires, window.opens(), window.closes(),
                state, department, step == null ? null : step.name(), step == null ? null : step.on(), renewedFrom,
                renewalKind, by, java.time.Instant.now());
    }

    /** 许可证编号: the type's letters, the district's code, the year and the licence's own number. */
    public static String number(LicenceType type, LocalDate issued, long id) {
        String letters = switch (type.code()) {
            case "FOOD_BUSINESS" -> "JY";
            case "FOOD_PRODUCTION" -> "SC";
            default -> "XK";
        };
        return letters + "370212" + issued.getYear() + String.format("%08d", id);
    }

    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RefusedException(field, DateBounds.REQUIRED_KEY);
        }
        if (value.strip().length() > maxLength) {
            throw new RefusedException(field, "market.error.too-long", maxLength);
        }
        return value.strip();
    }
}
