package cn.gov.laoshan.district.mediation.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.mediation.domain.CaseDates;
import cn.gov.laoshan.district.mediation.domain.CaseNumber;
import cn.gov.laoshan.district.mediation.domain.CaseSession;
import cn.gov.laoshan.district.mediation.domain.CaseState;
import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.IntakeChannel;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.MediationGroup;
import cn.gov.laoshan.district.mediation.domain.Party;

/**
 * What mediators and their leads do with cases, checked on the server: every method checks its permission, every
 * move goes through {@link CaseWorkflow#MACHINE}, every transition lands in the case's timeline (and the audit
 * log), deadlines come from the working-day calendar, and reminders go to whoever must act next.
 */
public final class CaseService {

    public static final String SOURCE = "mediation";
    public static final String RECORD_TYPE = "MediationCase";
    /** Labour Dispute Mediation and Arbitration Law, art. 14: 15 days, counted here as working days. */
    public static final int LABOUR_DAYS = 15;

    private final CaseRepository repository;
    private final AccessControl access;
    private final WorkingDayCalendar calendar;
    private final EnterpriseRegistry registry;
    private final Timeline timeline;
    private final CaseIntake intake;
    private final CaseReminders deadlineReminders;
    private final Supplier<Optional<Notifications>> notifications;
    private final RecordEvents events;
    private final Supplier<MediationSettings> settings;
    private final Clock clock;

    public CaseService(CaseRepository repository, AccessControl access, WorkingDayCalendar calendar,
            EnterpriseRegistry registry, Timeline timeline, Supplier<Optional<Reminders>> reminders, RecordEvents events,
            Supplier<MediationSettings> settings, Clock clock) {
        this(repository, access, calendar, registry, timeline, reminders, Optional::empty, events, settings, clock);
    }

    /** With {@code notifications}: a mediator is told at once when a case is assigned to her. */
    public CaseService(CaseRepository repository, AccessControl access, WorkingDayCalendar calendar,
            EnterpriseRegistry registry, Timeline timeline, Supplier<Optional<Reminders>> reminders,
            Supplier<Optional<Notifications>> notifications, RecordEvents events, Supplier<MediationSettings> settings,
            Clock clock) {
        this.notifications = notifications;
        this.repository = repository;
        this.access = access;
        this.calendar = calendar;
        this.registry = registry;
        this.timeline = timeline;
        this.intake = new CaseIntake(registry);
        this.deadlineReminders = new CaseReminders(reminders, settings, calendar, this::today);
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Now, in Beijing time, by the service's clock. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    /** The last day of today's "due soon" window ({@link MediationCase#dueSoonUntil}). */
    public LocalDate dueSoonUntil() {
        return MediationCase.dueSoonUntil(today(), calendar);
    }

    /** What a new case is made of, as the registration form fills it in. */
    public record NewCase(CaseType type, IntakeChannel channel, LocalDate appliedOn, List<Party> parties, String facts,
            String claims, BigDecimal claimAmount) {
    }

    // ---- reading

    /**
     * The cases the current user may see, checked in SQL by every read below ({@link RecordScope} over
     * {@link CaseRepository#CASES}): every case for a role scoped to every department or a platform administrator;
     * the cases of the departments where the read permission holds (with their sub-departments) plus those the user
     * registered or mediates; for an enterprise user, the cases their enterprise is a party to, and nothing else.
     */
    public RecordScope scope() {
        access.check(CaseWorkflow.READ);
        return RecordScope.of(access, CaseWorkflow.READ);
    }

    /** A case, if it exists and the current user may see it. */
    public Optional<MediationCase> find(long id) {
        return repository.find(scope(), id);
    }

    public List<MediationCase> list(CaseFilter filter, String sort, boolean ascending, int offset, int limit) {
        return repository.list(scope(), filter, sort, ascending, offset, limit);
    }

    public int count(CaseFilter filter) {
        return repository.count(scope(), filter);
    }

    /**
     * The cases the current user mediates and has work on — open ones, and agreements awaiting the follow-up visit
     * (履行回访) —, open ones first and due soonest first: the mediator's inbox.
     */
    public List<MediationCase> mine(int offset, int limit) {
        access.check(CaseWorkflow.READ);
        String login = access.currentUser().map(CurrentUser::login).orElse("");
        return repository.list(scope(), CaseFilter.awaiting(login, today()), CaseRepository.DEFAULT_ORDER, true,
                offset, limit);
    }

    public int countMine() {
        access.check(CaseWorkflow.READ);
        String login = access.currentUser().map(CurrentUser::login).orElse("");
        return repository.count(scope(), CaseFilter.awaiting(login, today()));
    }

    public List<CaseSession> sessions(long caseId) {
        existing(caseId);
        return repository.sessions(caseId);
    }

    public List<TimelineEntry> timeline(MediationCase c) {
        access.check(CaseWorkflow.READ);
        return timeline.of(SOURCE, RECORD_TYPE, c.number());
    }

    public List<MediationGroup> groups() {
        access.check(CaseWorkflow.READ);
        return repository.groups().all();
    }

    /** The actions the current user may take on the case now (for its buttons). */
    public List<String> actions(MediationCase c) {
        access.check(CaseWorkflow.READ);
        return CaseWorkflow.MACHINE.from(c.state()).stream().filter(t -> access.has(t.permission()))
                .map(t -> t.action()).toList();
    }

    /** Working days of the time limit of a case type. */
    public int limitDays(CaseType type) {
        MediationSettings s = settings.get();
        return switch (type) {
            case LABOUR -> LABOUR_DAYS;
            case PROPERTY -> s.deadline_property();
            case ENTERPRISE -> s.deadline_enterprise();
            case ARREARS -> s.deadline_arrears();
            case INTELLECTUAL_PROPERTY -> s.deadline_intellectual_property();
            case FINANCIAL -> s.deadline_financial();
        };
    }

    // ---- registration

    /** Registers a case: validated, numbered, its deadline computed, its first timeline entry written. */
    public MediationCase register(NewCase draft) {
        access.check(CaseWorkflow.REGISTER);
        List<Party> parties = intake.validate(draft, appliedOnBounds());
        CurrentUser user = access.currentUser().orElseThrow();
        String by = user.login();
        // the case belongs to its registrant's department; one registered by the system or an external user to the
        // plugin's default department
        String department = user.departmentCode() != null && !user.platformAdmin() ? user.departmentCode()
                : settings.get().case_department();
        LocalDate deadline = calendar.deadline(draft.appliedOn(), limitDays(draft.type()));
        MediationCase stored = repository.jdbi().inTransaction(h -> {
            CaseNumber number = repository.nextNumber(h, today().getYear());
            MediationCase c = new MediationCase(0, number.toString(), draft.type(), draft.channel(),
                    CaseState.REGISTERED, parties, draft.facts().trim(), blank(draft.claims()), draft.claimAmount(),
                    draft.appliedOn(), deadline, clock.instant(), by, null, null, null, null, null, null, null, null,
                    null, false, null, null, null);
            long id = repository.insert(h, c, department);
            return repository.find(h, id);
        });
        timeline.record(SOURCE, RECORD_TYPE, stored.number(), "register", null, CaseState.REGISTERED.name(),
                draft.channel().name());
        deadlineReminders.remind(stored, Recipient.permission(CaseWorkflow.ASSIGN));
        announce("REGISTERED", stored, department);
        return stored;
    }

    /**
     * Posts {@code district/mediation/<event>} (REGISTERED, AGREED, FAILED, CLOSED) for other plugins (finance for
     * financial disputes, market regulation for enterprises): the case number as the record id, and its type, state
     * and the parties' USCCs.
     */
    private void announce(String event, MediationCase c, String department) {
        events.post(event, c.number(), department != null ? department : repository.department(c.id()).orElse(null),
                Map.of("caseNumber", c.number(), "caseType", c.type().name(), "state", c.state().name(),
                        "usccs", c.parties().stream().map(Party::uscc).filter(u -> u != null).toArray(String[]::new)));
    }

    // ---- the bounds of the date fields (CaseDates), for the service's checks and the screens' pickers

    /** The dates an application may have been made on (today back to the configured look-back). */
    public DateBounds appliedOnBounds() {
        return CaseDates.appliedOn(today(), settings.get().applied_on_look_back_days());
    }

    /** The dates an agreement made today may set for its performance. */
    public DateBounds performanceBounds(MediationCase c) {
        return CaseDates.performanceDeadline(c, today());
    }

    /** The days a session of the case can have been held on. */
    public DateBounds sessionBounds(MediationCase c) {
        return CaseDates.sessionDay(c, today());
    }

    /** Whether the case's deadline was counted over a year without a holiday arrangement (按周末估算). */
    public boolean provisionalDeadline(MediationCase c) {
        return c.state().open() && calendar.provisional(c.appliedOn(), c.deadline());
    }

    // ---- the workflow

    public MediationCase accept(long id) {
        return move(id, "accept", null, c -> c);
    }

    public MediationCase decline(long id, String reason) {
        MediationCase declined = move(id, "decline", reason, c -> new MediationCase(c.id(), c.number(), c.type(),
                c.channel(), c.state(), c.parties(), c.facts(), c.claims(), c.claimAmount(), c.appliedOn(),
                c.deadline(), c.registeredAt(), c.registeredBy(), c.groupId(), c.mediatorLogin(), reason, null, null,
                null, null, null, today(), false, null, null, today()));
        // a declined case needs nobody's action: its deadline reminder goes
        deadlineReminders.cancel(declined);
        return declined;
    }

    /**
     * Assigns a group and a mediator of it; refused, naming the party and the reason, when the mediator must step
     * aside (回避).
     */
    public MediationCase assign(long id, long groupId, String mediatorLogin) {
        access.check(CaseWorkflow.ASSIGN);
        MediationCase current = existing(id);
        MediationGroup group = repository.groups().all().stream().filter(g -> g.id() == groupId && g.active()).findFirst()
                .orElseThrow(() -> new RefusedException("group", "mediation.error.no-such-group"));
        MediationGroup.Member mediator = group.members().stream().filter(m -> m.login().equals(mediatorLogin))
                .findFirst().orElseThrow(() -> new RefusedException("mediator", "mediation.error.not-a-member"));
        List<Recusal.Conflict> conflicts = Recusal.conflicts(mediator, repository.groups().relations(mediatorLogin),
                current.parties());
        if (!conflicts.isEmpty()) {
            Recusal.Conflict first = conflicts.get(0);
            throw new RefusedException("mediator", first.kind() == Recusal.Kind.DECLARED
                    ? "mediation.recusal.declared" : "mediation.recusal.employer", mediator.name(), first.partyName(),
                    first.detail());
        }
        MediationCase assigned = move(id, "assign", null, c -> c.withAssignment(groupId, mediatorLogin));
        // the deadline reminder now goes to the mediator, a step of its own: whoever was to be reminded before
        // (the assigners, or the mediator replaced) no longer is, and she is reminded even if they already were
        deadlineReminders.cancel(current);
        deadlineReminders.remind(assigned, Recipient.user(mediatorLogin));
        notifications.get().ifPresent(n -> n.send(Recipient.user(mediatorLogin),
                CaseNotices.assigned(assigned, today())));
        return assigned;
    }

    /** Records a session; the first one starts the mediation. */
    public MediationCase recordSession(long id, LocalDateTime heldAt, String place, boolean online, String attendees,
            String notes) {
        access.check(CaseWorkflow.MEDIATE);
        MediationCase current = existing(id);
        CaseIntake.check("heldAt", sessionBounds(current), heldAt == null ? null : heldAt.toLocalDate());
        if (place == null || place.isBlank()) {
            throw new RefusedException("place", DateBounds.REQUIRED_KEY);
        }
        if (attendees == null || attendees.isBlank()) {
            throw new RefusedException("attendees", DateBounds.REQUIRED_KEY);
        }
        if (current.state() != CaseState.ASSIGNED && current.state() != CaseState.IN_MEDIATION) {
            throw new RefusedException("session", "workflow.error.not-allowed", "session", current.state().name());
        }
        String by = access.currentUser().map(CurrentUser::login).orElseThrow();
        repository.jdbi().useTransaction(h -> repository.addSession(h, new CaseSession(0, id, heldAt, place.trim(),
                online, attendees.trim(), blank(notes), by)));
        // every session is a change of the case: on its timeline and so in the audit log (a session of a case under
        // mediation moves no state, and was written nowhere but its own table)
        timeline.record(SOURCE, RECORD_TYPE, current.number(), "session", current.state().name(),
                current.state().name(), place.trim());
        return current.state() == CaseState.ASSIGNED ? move(id, "start", null, c -> c) : current;
    }

    public MediationCase agree(long id, String terms, BigDecimal amount, LocalDate performBy, boolean onSpot) {
        if (amount != null && (amount.signum() < 0 || amount.scale() > 2)) {
            throw new RefusedException("agreedAmount", "mediation.error.amount");
        }
        if (performBy != null) {
            CaseIntake.check("performBy", performanceBounds(existing(id)), performBy);
        }
        MediationCase agreed = move(id, "agree", null, c -> c.withAgreement(blank(terms), amount, performBy, today(),
                onSpot));
        deadlineReminders.cancel(agreed);
        announce("AGREED", agreed, null);
        return agreed;
    }

    /** Mediation failed: referred to arbitration or court (诉调对接). */
    public MediationCase fail(long id, String referral, String reason) {
        if (referral != null && !referral.equals("ARBITRATION") && !referral.equals("COURT")) {
            throw new RefusedException("referral", "mediation.error.referral-missing");
        }
        MediationCase failed = move(id, "fail", reason, c -> c.withFailure(referral, reason, today()));
        deadlineReminders.cancel(failed);
        announce("FAILED", failed, null);
        return failed;
    }

    public MediationCase withdraw(long id, String reason) {
        MediationCase withdrawn = move(id, "withdraw", reason, c -> c.withFailure(null, reason, today()));
        deadlineReminders.cancel(withdrawn);
        return withdrawn;
    }

    /** The follow-up visit (履行回访): is the agreement being honoured? */
    public MediationCase followUp(long id, boolean honoured, String note) {
        return move(id, "follow-up", note, c -> new MediationCase(c.id(), c.number(), c.type(), c.channel(), c.state(),
                c.parties(), c.facts(), c.claims(), c.claimAmount(), c.appliedOn(), c.deadline(), c.registeredAt(),
                c.registeredBy(), c.groupId(), c.mediatorLogin(), c.declineReason(), c.agreementTerms(),
                c.agreedAmount(), c.performanceDeadline(), c.referral(), c.outcomeNote(), c.outcomeOn(),
                c.settledOnSpot(), blank(note), honoured, c.closedOn()));
    }

    public MediationCase close(long id) {
        MediationCase closed = move(id, "close", null, c -> new MediationCase(c.id(), c.number(), c.type(), c.channel(),
                c.state(), c.parties(), c.facts(), c.claims(), c.claimAmount(), c.appliedOn(), c.deadline(),
                c.registeredAt(), c.registeredBy(), c.groupId(), c.mediatorLogin(), c.declineReason(),
                c.agreementTerms(), c.agreedAmount(), c.performanceDeadline(), c.referral(), c.outcomeNote(),
                c.outcomeOn(), c.settledOnSpot(), c.followUpNote(), c.honoured(), today()));
        announce("CLOSED", closed, null);
        return closed;
    }

    /**
     * One move: the change is applied to a copy, the machine checks the move on that copy (permission, guards,
     * reason), then the case is stored and the timeline written.
     */
    private MediationCase move(long id, String action, String reason,
            java.util.function.UnaryOperator<MediationCase> change) {
        MediationCase current = existing(id);
        MediationCase changed = change.apply(current);
        CaseState next = CaseWorkflow.MACHINE.fire(action, current.state(), changed, reason, access);
        MediationCase stored = changed.withState(next);
        repository.jdbi().useTransaction(h -> repository.update(h, stored));
        timeline.record(SOURCE, RECORD_TYPE, stored.number(), action, current.state().name(), next.name(), reason);
        return stored;
    }

    private MediationCase existing(long id) {
        access.check(CaseWorkflow.READ);
        return repository.find(scope(), id).orElseThrow(() -> new RefusedException("case", "mediation.error.no-such-case"));
    }

    // ---- reminders

    /** Plans the case's deadline reminder again (its deadline moved): to its mediator, or to whoever assigns. */
    void remindAgain(MediationCase c) {
        deadlineReminders.remindAgain(c);
    }

    // ---- figures

    /** The dashboard's figures, counted in the current user's scope. */
    public CaseFigures figures() {
        return CaseFigures.count(repository, scope(), today());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
