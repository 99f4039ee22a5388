package cn.gov.laoshan.district.housing.service;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.calendar.domain.CalendarRules;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.housing.HousingPlugin;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * The housing services over the plugin's schema, migrated as the platform migrates it ({@link PluginSchema}) on an
 * in-memory Derby, with the shared test doubles of the platform services (platform/testdoubles: a user holding chosen
 * permissions, a recording timeline and audit log), a one-enterprise registry and the official working-day calendar.
 */
final class Fixture {

    static final String USCC = Uscc.withCheck("91370212MA3C4XK2Q").toString();

    /** The test user: a housing officer (zhanghua) holding what {@link #hold} gives, everywhere unless narrowed. */
    final TestAccess access = new TestAccess().as(new CurrentUser("zhanghua", "张华", "housing", null, false));
    final RecordingAuditLog audit = new RecordingAuditLog(access);
    final RecordingTimeline timeline;
    final List<org.osgi.service.event.Event> events = new ArrayList<>();
    final java.util.Map<String, cn.gov.laoshan.district.api.notify.Recipient> reminders = new java.util.TreeMap<>();
    final PluginSchema schema;
    final HousingRepository repository;
    final WorkingDayCalendar calendar = new RealCalendar();
    final LocalDate today;
    final ProjectService projects;
    final PlanService plans;
    final IssueService issues;
    final MeetingService meetings;
    final TemplateService templates;

    Fixture(LocalDate today) {
        this.today = today;
        // the plugin's migrations as the platform applies them (Flyway), on a Derby database in memory
        schema = PluginSchema.migrate(TestDatabase.derbyInMemory(), "housing", HousingPlugin.class);
        Jdbi jdbi = schema.jdbi();
        repository = new HousingRepository(jdbi);
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("UTC"));
        timeline = new RecordingTimeline(access, clock);
        org.osgi.service.event.EventAdmin admin = new org.osgi.service.event.EventAdmin() {
            public void postEvent(org.osgi.service.event.Event event) {
                Fixture.this.events.add(event);
            }

            public void sendEvent(org.osgi.service.event.Event event) {
                Fixture.this.events.add(event);
            }
        };
        cn.gov.laoshan.district.api.workflow.RecordEvents events =
                new cn.gov.laoshan.district.api.workflow.RecordEvents("housing", () -> admin, access, clock);
        cn.gov.laoshan.district.api.notify.Reminders planned = new cn.gov.laoshan.district.api.notify.Reminders() {
            public void schedule(String key, java.time.Instant at, cn.gov.laoshan.district.api.notify.Recipient to,
                    cn.gov.laoshan.district.api.notify.Message message) {
                reminders.put(key, to);
            }

            public void cancel(String source, String key) {
                reminders.remove(key);
            }

            public Optional<java.time.Instant> dueAt(String source, String key) {
                return Optional.empty();
            }
        };
        Supplier<HousingSettings> settings = () -> SETTINGS;
        projects = new ProjectService(repository, access, calendar, registry(), timeline, events, clock);
        plans = new PlanService(repository, access, calendar, timeline, () -> Optional.of(planned), events, settings,
                projects::today);
        issues = new IssueService(repository, access, calendar, timeline, () -> Optional.of(planned), events, settings,
                projects::today);
        meetings = new MeetingService(repository, access, issues, timeline);
        templates = new TemplateService(repository, access, audit, calendar, settings);
    }

    Fixture hold(String... permissions) {
        access.hold(permissions);
        return this;
    }

    Fixture all() {
        return hold(HousingPermissions.VIEW, HousingPermissions.MANAGE, HousingPermissions.TEMPLATES,
                HousingPermissions.MEETINGS);
    }

    /** Seeds the default approval menus and gives the id of the one named {@code name}. */
    long seededTemplate(String name) {
        templates.seedDefaults();
        return templates.list().stream().filter(t -> t.name().equals(name))
                .mapToLong(cn.gov.laoshan.district.housing.domain.Template::id).findFirst().orElseThrow();
    }

    /** A project registered as {@link #project(String)} and planned from the menu {@code templateId}. */
    cn.gov.laoshan.district.housing.domain.Project planned(String name, long templateId) {
        cn.gov.laoshan.district.housing.domain.Project p = projects.register(project(name));
        plans.createPlan(p.id(), templateId);
        return p;
    }

    /** The refusal {@code step} ends with. */
    static RefusedException refused(Runnable step) {
        return org.junit.jupiter.api.Assertions.assertThrows(RefusedException.class, step::run);
    }

    ProjectService.NewProject project(String name) {
        return new ProjectService.NewProject(name, USCC, cn.gov.laoshan.district.housing.domain.InvestmentKind.SOCIAL,
                cn.gov.laoshan.district.housing.domain.ProjectLevel.CITY, new BigDecimal("86000.00"), "株洲路以北",
                "施工许可工作专班", "zhanghua", "张华", null, today);
    }

    static final HousingSettings SETTINGS = new HousingSettings() {
        public Class<? extends Annotation> annotationType() {
            return HousingSettings.class;
        }

        public int reminder_working_days() {
            return 3;
        }

        public int issue_default_working_days() {
            return 10;
        }

        public int template_import_max_rows() {
            return 500;
        }
    };

    private static EnterpriseRegistry registry() {
        Enterprise e = new Enterprise(Uscc.parse(USCC), "青岛海澜智联科技有限公司", "有限责任公司", "王海", new BigDecimal("5000000"),
                LocalDate.of(2018, 3, 1), "青岛市崂山区株洲路1号", "C3990", EnterpriseStatus.values()[0],
                CreditGrade.values()[0], EnterpriseSize.values()[0]);
        return new EnterpriseRegistry() {
            public Optional<Enterprise> find(Uscc uscc) {
                return uscc.equals(e.uscc()) ? Optional.of(e) : Optional.empty();
            }

            public List<Enterprise> list(EnterpriseQuery query) {
                return List.of(e);
            }

            public long count(EnterpriseQuery query) {
                return 1;
            }

            public void create(Enterprise enterprise) {
                throw new UnsupportedOperationException();
            }

            public void update(Enterprise enterprise) {
                throw new UnsupportedOperationException();
            }

            public ImportReport importFile(InputStream in, ImportFormat format, String fileName) {
                throw new UnsupportedOperationException();
            }

            public void exportXlsx(EnterpriseQuery query, OutputStream out) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** The platform's calendar arithmetic over the official arrangements (later years: weekdays). */
    static final class RealCalendar implements WorkingDayCalendar {
        private volatile CalendarRules rules = OfficialSchedules.calendar();

        /** An administrator enters the arrangement of {@code year} (as the calendar screen does). */
        void enter(int year, List<SpecialDay> days) {
            if (days.stream().anyMatch(d -> d.date().getYear() != year)) {
                throw new IllegalArgumentException("a day of another year than " + year);
            }
            rules = OfficialSchedules.calendar(days.toArray(SpecialDay[]::new));
        }

        public boolean isWorkingDay(LocalDate date) {
            return rules.isWorkingDay(date);
        }

        public LocalDate addWorkingDays(LocalDate start, int n) {
            return rules.addWorkingDays(start, n);
        }

        public LocalDate deadline(LocalDate applied, int workingDays) {
            return rules.deadline(applied, workingDays);
        }

        public int workingDaysBetween(LocalDate from, LocalDate to) {
            return rules.workingDaysBetween(from, to);
        }

        public Optional<String> holidayName(LocalDate date) {
            return rules.holidayName(date);
        }

        public Optional<SpecialDay> specialDay(LocalDate date) {
            return rules.specialDay(date);
        }

        public List<SpecialDay> specialDays(int year) {
            return rules.specialDays(year);
        }

        public boolean knowsYear(int year) {
            return rules.knowsYear(year);
        }
    }

}
