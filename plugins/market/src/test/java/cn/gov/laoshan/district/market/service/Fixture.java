package cn.gov.laoshan.district.market.service;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.CreditMark;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFacts;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.market.MarketPlugin;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.notify.NotifyModule;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;
import cn.gov.laoshan.district.workflow.WorkflowModule;
import cn.gov.laoshan.district.workflow.notice.NoticeService;

/**
 * The plugin's services as {@code MarketPlugin} makes them, over its real migrations, and the platform's notify
 * schema on the same test database (for the real once-only reminders). The registry is a map of enterprises.
 */
final class Fixture implements AutoCloseable {

    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final String MINGDE = "91370212MA3D0WPHWP";
    static final WorkingDayCalendar CALENDAR = OfficialSchedules.calendar();

    final TestAccess access = TestAccess.staff("liuyang", Market.DEPARTMENT, Market.READ, Market.MANAGE, Market.TYPES)
            .within(Market.DEPARTMENT);
    final SettableClock clock = new SettableClock();
    final PluginSchema schema;
    final Database platform;
    final LicenceRepository repository;
    final RecordingTimeline timeline;
    final RecordingAuditLog audit;
    final LicenceService licences;
    final LicenceTypeService types;
    final RenewalService renewals;
    final Map<String, Enterprise> enterprises = new HashMap<>();
    private final EnterpriseRegistry registry;
    /** The names licences are issued under: the first registered. */
    final Map<String, String> names = new HashMap<>();
    /** The registry's credit marks, by USCC (the facts service the deregistration reads). */
    final Map<String, java.util.List<CreditMark>> marks = new HashMap<>();
    /** The platform's public notices on the same test database. */
    final NoticeService notices;
    final DeregistrationService deregistrations;

    Fixture(TestDatabase test, LocalDate today) {
        clock.set(today.atTime(10, 0).atZone(LicenceService.ZONE).toInstant());
        schema = PluginSchema.migrate(test, Market.PLUGIN, MarketPlugin.class);
        try {
            platform = Database.open(test.settings());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        platform.migrateFromClassPath("platform", "migrations_notify", NotifyModule.class.getClassLoader(),
                "cn/gov/laoshan/district/notify/db");
        platform.migrateFromClassPath("platform", "migrations_workflow", WorkflowModule.class.getClassLoader(),
                "cn/gov/laoshan/district/workflow/db");
        repository = new LicenceRepository(schema.jdbi());
        timeline = new RecordingTimeline(access, clock);
        audit = new RecordingAuditLog(access);
        licences = new LicenceService(repository, access, CALENDAR, timeline,
                new RecordEvents("market/licence", () -> null, access, clock), clock);
        types = new LicenceTypeService(repository, access, () -> Optional.of(audit), clock);
        EnterpriseRegistry registry = (EnterpriseRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EnterpriseRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Optional.ofNullable(enterprises.get(args[0].toString()));
                    }
                    if (method.getName().equals("update")) {
                        Enterprise e = (Enterprise) args[0];
                        enterprises.put(e.uscc().toString(), e);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        this.registry = registry;
        renewals = new RenewalService(repository, licences, access, registry, Optional::empty, clock);
        notices = new NoticeService(platform.jdbi("platform"), access, CALENDAR, Optional::empty, e -> { }, clock);
        EnterpriseFactsService facts = (EnterpriseFactsService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EnterpriseFactsService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("facts")) {
                        Uscc uscc = (Uscc) args[0];
                        return new EnterpriseFacts(uscc, java.util.List.of(), java.util.List.of(), null,
                                marks.getOrDefault(uscc.toString(), java.util.List.of()));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        deregistrations = new DeregistrationService(schema.jdbi(), access, registry, () -> Optional.of(facts),
                () -> Optional.of(notices), licences, timeline,
                new RecordEvents("market/deregistration", () -> null, access, clock), clock);
        types.seedDefaults();
        enterprise(HAILAN, "青岛海澜智联科技有限公司", CreditGrade.A);
        enterprise(MINGDE, "青岛明德长青海洋生物科技有限公司", CreditGrade.B);
    }

    void enterprise(String uscc, String name, CreditGrade grade) {
        names.putIfAbsent(uscc, name);
        enterprises.put(uscc, new Enterprise(Uscc.parse(uscc), name, "有限责任公司", "林海澜", new BigDecimal("1000000.00"),
                LocalDate.of(2016, 9, 12), "山东省青岛市崂山区株洲路151号", "I6510", EnterpriseStatus.EXISTING, grade,
                EnterpriseSize.SMALL));
    }

    LocalDate today() {
        return licences.today();
    }

    /** Moves the day on; the platform's daily job closes the notices that ended before it (as at 00:10). */
    void today(LocalDate day) {
        clock.set(day.atTime(10, 0).atZone(LicenceService.ZONE).toInstant());
        if (notices != null) {
            notices.closeDue();
        }
    }

    /** A licence of {@code type} held by {@code uscc}, expiring on {@code expires}, inserted as of the fixture's today. */
    Licence licence(String type, String uscc, LocalDate expires) {
        LicenceType t = licences.typeMap().get(type);
        Licence l = LicenceService.prepare(t, CALENDAR, 0, uscc, names.get(uscc), "预包装食品销售",
                "崂山区株洲路151号", "林海澜", expires.plusDays(1).minusYears(5), expires, Market.DEPARTMENT, null, null,
                "test", today());
        long id = repository.insert(l);
        return repository.find(cn.gov.laoshan.district.api.security.RecordScope.ALL, id).orElseThrow();
    }

    EnterpriseRegistry renewalsRegistry() {
        return registry;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        platform.close();
        schema.close();
    }
}
