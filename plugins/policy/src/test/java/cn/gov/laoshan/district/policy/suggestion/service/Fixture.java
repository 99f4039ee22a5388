package cn.gov.laoshan.district.policy.suggestion.service;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.policy.PolicyPlugin;
import cn.gov.laoshan.district.policy.suggestion.domain.Channel;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.Visibility;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * The suggestion services over the plugin's real migration, made as {@code PolicyPlugin} makes them, with the shared
 * doubles, the official 2026 calendar, a registry that knows the two demo enterprises, reminders that keep what they
 * planned and sent (once), and a clock the test moves.
 */
final class Fixture implements AutoCloseable {

    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final String MINGDE = "91370212MA3D0WPHWP";
    static final String POLICY = SuggestionWorkflow.DEPARTMENT;
    static final String REGISTRY_READ = "registry.enterprise.read";

    final PluginSchema schema;
    final TestAccess access = TestAccess.staff("sunwei", POLICY, SuggestionWorkflow.READ, SuggestionWorkflow.REGISTER,
            SuggestionWorkflow.ANALYSE, SuggestionWorkflow.RESPOND, SuggestionWorkflow.RATE, REGISTRY_READ);
    final SettableClock clock = new SettableClock();
    final RecordingTimeline timeline = new RecordingTimeline(access, clock);
    final RecordingAuditLog audit = new RecordingAuditLog(access);
    final Events events = new Events();
    final PlannedReminders reminders = new PlannedReminders();
    final SuggestionRepository repository;
    final TopicCategoriser categoriser;
    final SuggestionService suggestions;
    final GroupService groups;

    Fixture(TestDatabase database, LocalDate today) {
        this.schema = PluginSchema.migrate(database, SuggestionWorkflow.PLUGIN, PolicyPlugin.class);
        clock.set(today);
        repository = new SuggestionRepository(schema.jdbi());
        categoriser = new TopicCategoriser(repository::overrides);
        suggestions = new SuggestionService(repository, access, OfficialSchedules.calendar(), new Registry(),
                timeline, new RecordEvents(SuggestionWorkflow.PLUGIN, () -> events, access, clock), categoriser,
                () -> Optional.of(reminders), () -> SETTINGS, clock);
        groups = new GroupService(new GroupRepository(schema.jdbi()), repository, suggestions, access, () -> audit,
                clock);
    }

    /** Policy staff (every department's suggestions). */
    Fixture asPolicyStaff() {
        access.as("sunwei", POLICY, SuggestionWorkflow.READ, SuggestionWorkflow.REGISTER, SuggestionWorkflow.ANALYSE,
                SuggestionWorkflow.RESPOND, SuggestionWorkflow.RATE, REGISTRY_READ);
        return this;
    }

    /** A responder of {@code department}: that department's suggestions only. */
    Fixture asResponder(String login, String department) {
        access.as(login, department, SuggestionWorkflow.READ, SuggestionWorkflow.REGISTER, SuggestionWorkflow.RESPOND,
                REGISTRY_READ)
                .within(department);
        return this;
    }

    Fixture asEnterprise(String login, String uscc) {
        access.asEnterprise(login, uscc, SuggestionWorkflow.READ, SuggestionWorkflow.SUBMIT, SuggestionWorkflow.RATE);
        return this;
    }

    Suggestion visit(String uscc, String text, LocalDate on) {
        return suggestions.create(new Suggestion.Draft(Channel.VISIT, "楼宇专员走访（金岭片区）", uscc, text,
                Visibility.HANDLERS, on));
    }

    @Override
    public void close() {
        schema.close();
    }

    static final SuggestionSettings SETTINGS = new SuggestionSettings() {
        public Class<? extends Annotation> annotationType() {
            return SuggestionSettings.class;
        }

        public int response_working_days() {
            return 10;
        }

        public int reopen_working_days() {
            return 5;
        }

        public int attachment_max_mb() {
            return 10;
        }
    };

    /** What the plugin posted. */
    static final class Events implements EventAdmin {
        final List<Event> posted = new CopyOnWriteArrayList<>();

        public void postEvent(Event event) {
            posted.add(event);
        }

        public void sendEvent(Event event) {
            posted.add(event);
        }

        List<String> topics() {
            return posted.stream().map(Event::getTopic).toList();
        }
    }

    /** Reminders that keep the plans and send each (record, step) at most once, as the platform's do. */
    static final class PlannedReminders implements Reminders {
        final Map<String, Instant> planned = new java.util.LinkedHashMap<>();
        final Set<String> sent = new HashSet<>();
        final List<Recipient> sentTo = new ArrayList<>();

        public void schedule(String key, Instant at, Recipient to, Message message) {
            planned.put(key, at);
        }

        public void cancel(String source, String key) {
            planned.remove(key);
        }

        public Optional<Instant> dueAt(String source, String key) {
            return Optional.ofNullable(planned.get(key));
        }

        @Override
        public boolean sendOnce(String record, String step, Recipient to, Message message) {
            if (!sent.add(Reminders.onceKey(record, step))) {
                return false;
            }
            sentTo.add(to);
            return true;
        }
    }

    /** Knows the two demo enterprises, nobody else. */
    final class Registry implements EnterpriseRegistry {
        private final Map<String, String> KNOWN = Map.of(HAILAN, "青岛海澜智联科技有限公司", MINGDE,
                "青岛明德长青海洋生物科技有限公司");

        @Override
        public Optional<Enterprise> find(Uscc uscc) {
            // as the platform's registry: for staff holding its read permission
            access.check(REGISTRY_READ);
            String name = KNOWN.get(uscc.toString());
            return name == null ? Optional.empty() : Optional.of(new Enterprise(uscc, name, "有限责任公司", "张三",
                    new BigDecimal("1000000"), LocalDate.of(2018, 5, 1), "青岛市崂山区", "I65",
                    EnterpriseStatus.EXISTING, null, null));
        }

        @Override
        public List<Enterprise> list(cn.gov.laoshan.district.api.enterprise.EnterpriseQuery query) {
            return KNOWN.keySet().stream().sorted().map(code -> find(Uscc.parse(code)).orElseThrow()).toList();
        }

        @Override
        public long count(cn.gov.laoshan.district.api.enterprise.EnterpriseQuery query) {
            return KNOWN.size();
        }

        @Override
        public void create(Enterprise enterprise) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void update(Enterprise enterprise) {
            throw new UnsupportedOperationException();
        }

        @Override
        public cn.gov.laoshan.district.api.enterprise.ImportReport importFile(java.io.InputStream in,
                cn.gov.laoshan.district.api.enterprise.ImportFormat format, String fileName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void exportXlsx(cn.gov.laoshan.district.api.enterprise.EnterpriseQuery query,
                java.io.OutputStream out) {
            throw new UnsupportedOperationException();
        }
    }
}
