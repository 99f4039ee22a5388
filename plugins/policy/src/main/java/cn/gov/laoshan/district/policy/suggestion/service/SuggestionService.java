package cn.gov.laoshan.district.policy.suggestion.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.policy.suggestion.domain.Categorisation;
import cn.gov.laoshan.district.policy.suggestion.domain.Channel;
import cn.gov.laoshan.district.policy.suggestion.domain.Meeting;
import cn.gov.laoshan.district.policy.suggestion.domain.Rating;
import cn.gov.laoshan.district.policy.suggestion.domain.ResponseKind;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionState;
import cn.gov.laoshan.district.policy.suggestion.domain.Topic;
import cn.gov.laoshan.district.policy.suggestion.domain.Visibility;

/**
 * 征点子 and the answer chain 收到→已分析→已答复→反馈: checked input (a refusal names its field and changes
 * nothing), the permission and the record scope on every read and change (an enterprise user reads and rates only
 * their own enterprise's suggestions, in SQL), each step on the suggestion's timeline (which writes the audit log)
 * and announced as an event ({@code district/policy/<STATE>}), the answer deadline in working days on the official
 * calendar with its overdue notice.
 */
public class SuggestionService {

    public static final String RECORD_TYPE = "Suggestion";
    /** The departments a suggestion may be assigned to (labels {@code policy.department.<code>}). */
    public static final List<String> DEPARTMENTS = List.of("development", "finance", "market", "housing", "approval",
            "justice", "social-governance");
    static final int MAX_TEXT = 2000;
    static final int MAX_ANSWER = 4000;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final SuggestionRepository repository;
    private final AccessControl access;
    private final WorkingDayCalendar calendar;
    private final EnterpriseRegistry registry;
    private final Timeline timeline;
    private final RecordEvents events;
    private final TopicCategoriser categoriser;
    private final SuggestionNotices notices;
    private final Supplier<SuggestionSettings> settings;
    private final Clock clock;
    private final ReserveLibrary reserve;

    public SuggestionService(SuggestionRepository repository, AccessControl access, WorkingDayCalendar calendar,
            EnterpriseRegistry registry, Timeline timeline, RecordEvents events, TopicCategoriser categoriser,
            Supplier<Optional<Reminders>> reminders, Supplier<SuggestionSettings> settings, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.calendar = calendar;
        this.registry = registry;
        this.timeline = timeline;
        this.events = events;
        this.categoriser = categoriser;
        this.notices = new SuggestionNotices(reminders);
        this.settings = settings;
        this.clock = clock;
        this.reserve = new ReserveLibrary(repository, this, access, clock);
    }

    /** 政策储备库: the groups and suggestions worth a policy. */
    public ReserveLibrary reserve() {
        return reserve;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    /** Staff enter what was said up to a year ago (a forum's minutes, a visit's notes); never in the future. */
    public DateBounds receivedOnBounds() {
        return new DateBounds(today().minusYears(1), today());
    }

    /**
     * A suggestion entered by staff for an enterprise of the registry along any line (with its sub-source), or
     * submitted by an enterprise user for their own enterprise (online, received today). Categorised at once.
     */
    public Suggestion create(Suggestion.Draft draft) {
        CurrentUser user = access.currentUser().orElse(null);
        boolean own = user != null && user.external();
        access.check(own ? SuggestionWorkflow.SUBMIT : SuggestionWorkflow.REGISTER);
        Channel channel = own ? Channel.ONLINE : draft.channel();
        if (channel == null) {
            throw new RefusedException("channel", DateBounds.REQUIRED_KEY);
        }
        String source = draft.source() == null || draft.source().isBlank() ? null : draft.source().strip();
        if (!own && channel.needsSource() && source == null) {
            throw new RefusedException("source", "policy.error.source-required");
        }
        if (source != null && source.length() > 200) {
            throw new RefusedException("source", "policy.error.too-long", 200);
        }
        Enterprise enterprise;
        if (own) {
            access.checkEnterprise(SuggestionWorkflow.SUBMIT, user.uscc());
            // their own enterprise's name: the registry is for staff (registry.enterprise.read), an enterprise user
            // reads no other record of it here
            enterprise = access.asSystem(() -> enterprise(user.uscc()));
        } else {
            enterprise = enterprise(draft.enterpriseUscc());
        }
        String text = text("text", draft.text(), MAX_TEXT);
        LocalDate receivedOn = own ? today() : draft.receivedOn();
        if (!own) {
            receivedOnBounds().violation(receivedOn).ifPresent(v -> {
                throw new RefusedException("receivedOn", v.messageKey(), v.parameters());
            });
        }
        Categorisation topic = categoriser.categorise(text);
        Suggestion s = new Suggestion(0, channel, own ? null : source, enterprise.uscc().toString(),
                enterprise.name(), topic.topic(), topic.confidence(), text,
                draft.visibility() == null ? Visibility.HANDLERS : draft.visibility(), SuggestionState.RECEIVED,
                SuggestionWorkflow.DEPARTMENT, receivedOn,
                calendar.deadline(receivedOn, settings.get().response_working_days()), null, null, null, null, null,
                null, 1, null, login(), clock.instant());
        long id = repository.insert(s);
        Suggestion saved = recorded(id, "receive", null, SuggestionState.RECEIVED,
                channelNote(channel, source));
        notices.plan(saved);
        return saved;
    }

    private static String channelNote(Channel channel, String source) {
        return source == null ? channel.name() : channel.name() + " · " + source;
    }

    private Enterprise enterprise(String uscc) {
        if (uscc == null || uscc.isBlank()) {
            throw new RefusedException("enterprise", DateBounds.REQUIRED_KEY);
        }
        try {
            return registry.find(Uscc.parse(uscc.strip()))
                    .orElseThrow(() -> new RefusedException("enterprise", "policy.error.enterprise-unknown"));
        } catch (InvalidUsccException e) {
            throw new RefusedException("enterprise", "policy.error.enterprise-unknown");
        }
    }

    public Optional<Suggestion> find(long id) {
        return repository.find(readable(), id);
    }

    public List<Suggestion> list(SuggestionFilter filter, int offset, int limit) {
        return repository.list(readable(), filter, today(), offset, limit);
    }

    public long count(SuggestionFilter filter) {
        return repository.count(readable(), filter, today());
    }

    /** Everything the reader may see received since {@code from} (the widget's figures). */
    public List<Suggestion> since(LocalDate from) {
        return repository.since(readable(), from);
    }

    /** Where the user may read: refused without the permission; staff by department, an enterprise user its own. */
    RecordScope readable() {
        access.check(SuggestionWorkflow.READ);
        return RecordScope.of(access, SuggestionWorkflow.READ);
    }

    /** The suggestion's steps, oldest first: only of one the user may see. */
    public List<TimelineEntry> history(long id) {
        return find(id).map(s -> timeline.of(SuggestionWorkflow.PLUGIN, RECORD_TYPE, String.valueOf(id)))
                .orElse(List.of());
    }

    public List<Meeting> meetings(long id) {
        return find(id).map(s -> repository.meetings(id)).orElse(List.of());
    }

    /** The dashboard's figures over what the reader may see (see {@link SuggestionFigures}). */
    public SuggestionFigures figures() {
        LocalDate today = today();
        return SuggestionFigures.count(since(today.minusMonths(12)), count(SuggestionFilter.ALL.withOverdue(true)),
                calendar, today);
    }

    /** Whether the signed-in user is an enterprise user (their screens differ; their scope is their enterprise). */
    public boolean enterpriseUser() {
        return access.currentUser().map(CurrentUser::external).orElse(false);
    }

    /** What the categoriser would say now (the page shows the probability beside the topic). */
    public Categorisation categorise(String text) {
        return categoriser.categorise(text);
    }

    private Suggestion visible(long id) {
        return find(id).orElseThrow(() -> new RefusedException(null, "policy.error.not-found"));
    }

    /** The actions the user may take now (for the page's buttons): the machine's, in the suggestion's scope. */
    public Set<String> actions(Suggestion s) {
        return Set.copyOf(SuggestionWorkflow.MACHINE.available(s.state(), s, access).stream()
                .filter(t -> !t.permission().equals(SuggestionWorkflow.RESPOND)
                        || access.scope(SuggestionWorkflow.RESPOND).includes(s.departmentCode()))
                .map(t -> t.action()).toList());
    }

    /** Whether the user may change the topic (policy staff, until the suggestion is closed). */
    public boolean mayOverrideTopic(Suggestion s) {
        return access.has(SuggestionWorkflow.ANALYSE) && s.state() != SuggestionState.CLOSED;
    }

    /**
     * 已分析: the topic (a different one from the categoriser's is an override, kept as training data) and the
     * responsible department, which now owes the answer by the same deadline.
     */
    public Suggestion analyse(long id, Topic topic, String department) {
        Suggestion s = visible(id);
        if (topic == null) {
            throw new RefusedException("topic", DateBounds.REQUIRED_KEY);
        }
        if (department == null || !DEPARTMENTS.contains(department)) {
            throw new RefusedException("department", "policy.error.department");
        }
        SuggestionWorkflow.MACHINE.fire("analyse", s.state(), s, null, access);
        if (topic != s.topic()) {
            keepOverride(s, topic);
        }
        if (!repository.analyse(id, topic, department, s.deadline())) {
            throw new RefusedException(null, "policy.error.changed");
        }
        Suggestion analysed = recorded(id, "analyse", s.state(), SuggestionState.ANALYSED,
                department + " · " + topic.name());
        notices.plan(analysed);
        return analysed;
    }

    /** Staff choose another topic: kept as training data, and the categoriser retrains on it at once. */
    public Suggestion overrideTopic(long id, Topic topic) {
        Suggestion s = visible(id);
        access.check(SuggestionWorkflow.ANALYSE);
        if (topic == null) {
            throw new RefusedException("topic", DateBounds.REQUIRED_KEY);
        }
        if (s.state() == SuggestionState.CLOSED) {
            throw new RefusedException("topic", "policy.error.closed");
        }
        if (topic == s.topic()) {
            return s;
        }
        keepOverride(s, topic);
        return recorded(id, "topic", s.state(), s.state(), s.topic().name() + " → " + topic.name());
    }

    private void keepOverride(Suggestion s, Topic topic) {
        repository.overrideTopic(s, topic, login(), clock.instant());
        categoriser.retrain();
    }

    /** What a responder gives: a written answer, an adoption into the reserve library, or a joint meeting. */
    public record Response(ResponseKind kind, String answer, Meeting meeting, String reserveTitle) {

        public static Response answer(String text) {
            return new Response(ResponseKind.ANSWER, text, null, null);
        }
    }

    /**
     * 已答复, by a responder of the suggestion's department. Adopted into the reserve library: an entry is made (for
     * its group when it has one); a joint meeting: its minutes and action items are kept. The overdue notice goes.
     */
    public Suggestion respond(long id, Response response) {
        Suggestion s = visible(id);
        ResponseKind kind = response.kind() == null ? ResponseKind.ANSWER : response.kind();
        String answer = text("answer", response.answer(), MAX_ANSWER);
        if (kind == ResponseKind.MEETING) {
            checkMeeting(response.meeting());
        }
        SuggestionWorkflow.MACHINE.fire("respond", s.state(), s, null, access);
        access.check(SuggestionWorkflow.RESPOND, s.departmentCode());
        if (!repository.respond(id, s.state(), kind, answer, login(), clock.instant())) {
            throw new RefusedException(null, "policy.error.changed");
        }
        String note = kind.name();
        if (kind == ResponseKind.MEETING) {
            repository.addMeeting(id, response.meeting());
            note = kind.name() + " · " + response.meeting().kind().name() + " · " + response.meeting().heldOn();
        } else if (kind == ResponseKind.RESERVE) {
            long entry = reserve.adopt(s, response.reserveTitle());
            note = kind.name() + " · " + entry;
        }
        notices.cancel(s);
        return recorded(id, "respond", s.state(), SuggestionState.RESPONDED, note);
    }

    private void checkMeeting(Meeting m) {
        if (m == null) {
            throw new RefusedException("meeting", "policy.error.meeting-required");
        }
        if (m.kind() == null) {
            throw new RefusedException("meetingKind", DateBounds.REQUIRED_KEY);
        }
        if (m.heldOn() == null) {
            throw new RefusedException("heldOn", DateBounds.REQUIRED_KEY);
        }
        if (m.heldOn().isAfter(today())) {
            throw new RefusedException("heldOn", "policy.error.meeting-future");
        }
        text("departments", m.departments(), 500);
        text("minutes", m.minutes(), 8000);
        if (m.actions().isEmpty()) {
            throw new RefusedException("actions", "policy.error.actions-required");
        }
        for (Meeting.ActionItem a : m.actions()) {
            text("actions", a.text(), 1000);
            if (a.departmentCode() == null || !DEPARTMENTS.contains(a.departmentCode())) {
                throw new RefusedException("actions", "policy.error.department");
            }
            if (a.dueOn() == null || a.dueOn().isBefore(m.heldOn())) {
                throw new RefusedException("actions", "policy.error.action-due");
            }
        }
    }

    /**
     * 反馈: the enterprise (or staff on a return visit) rates the answer on the five levels. 不满意 and 非常不满意 need
     * a reason and reopen the suggestion to its department with a new deadline
     * ({@code reopen_working_days} from today).
     */
    public Suggestion rate(long id, Rating rating, String comment) {
        Suggestion s = visible(id);
        if (rating == null) {
            throw new RefusedException("rating", DateBounds.REQUIRED_KEY);
        }
        String reason = comment == null || comment.isBlank() ? null : comment.strip();
        if (reason != null && reason.length() > 1000) {
            throw new RefusedException("comment", "policy.error.too-long", 1000);
        }
        String action = rating.reopens() ? "reopen" : "rate";
        SuggestionState to = SuggestionWorkflow.MACHINE.fire(action, s.state(), s, reason, access);
        LocalDate deadline = rating.reopens() ? calendar.deadline(today(), settings.get().reopen_working_days())
                : null;
        if (!repository.rate(id, rating, reason, clock.instant(), deadline)) {
            throw new RefusedException(null, "policy.error.changed");
        }
        Suggestion rated = recorded(id, action, s.state(), to, rating.name() + (reason == null ? "" : " · " + reason));
        if (rating.reopens()) {
            notices.plan(rated);
        }
        return rated;
    }

    /** The daily job: the overdue notice of every late suggestion that has not had it in this round. */
    public int sendOverdueNotices() {
        LocalDate today = today();
        int sent = 0;
        for (Suggestion s : repository.overdue(today)) {
            if (notices.sendOverdue(s, today)) {
                sent++;
            }
        }
        return sent;
    }

    /** Puts the step on the suggestion's timeline and announces its new state. */
    Suggestion recorded(long id, String action, SuggestionState from, SuggestionState to, String note) {
        timeline.record(SuggestionWorkflow.PLUGIN, RECORD_TYPE, String.valueOf(id), action,
                from == null ? null : from.name(), to.name(), note);
        Suggestion s = repository.find(RecordScope.ALL, id).orElseThrow();
        events.post(to.name(), String.valueOf(id), s.departmentCode(),
                Map.of("enterprise", s.enterpriseUscc(), "topic", s.topic().name(), "channel", s.channel().name()));
        return find(id).orElse(s);
    }

    private String login() {
        return access.currentUser().map(CurrentUser::login).orElse("system");
    }

    private static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RefusedException(field, DateBounds.REQUIRED_KEY);
        }
        if (value.strip().length() > maxLength) {
            throw new RefusedException(field, "policy.error.too-long", maxLength);
        }
        return value.strip();
    }
}
