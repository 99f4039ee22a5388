package cn.gov.laoshan.district.housing.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.audit.AuditLog;
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
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.calendar.domain.CalendarRules;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;

/**
 * The housing services over an in-memory Derby schema made from the plugin's migration, with test doubles of the
 * platform services: a user holding chosen permissions, a recording timeline and audit log, a one-enterprise
 * registry, the real 2026 working-day calendar.
 */
final class Fixture {

    static final String USCC = Uscc.withCheck("91370212MA3C4XK2Q").toString();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    final Set<String> held = new HashSet<>();
    final List<String> timelineActions = new ArrayList<>();
    final List<String> auditActions = new ArrayList<>();
    /** The "after" state of every audit record, as written. */
    final List<String> auditAfter = new ArrayList<>();
    final List<org.osgi.service.event.Event> events = new ArrayList<>();
    final java.util.Map<String, cn.gov.laoshan.district.api.notify.Recipient> reminders = new java.util.TreeMap<>();
    final HousingRepository repository;
    final WorkingDayCalendar calendar = new RealCalendar();
    final LocalDate today;
    /** Where the test user holds their permissions, and their department (a housing officer by default). */
    volatile DepartmentScope scope = DepartmentScope.ALL;
    volatile String department = "housing";
    final ProjectService projects;
    final PlanService plans;
    final IssueService issues;
    final MeetingService meetings;
    final TemplateService templates;

    Fixture(LocalDate today) {
        this.today = today;
        Jdbi jdbi = Jdbi.create("jdbc:derby:memory:housing" + DATABASES.incrementAndGet() + ";create=true");
        for (String migration : List.of("V1__housing.sql", "V2__department_scope.sql")) {
            try (InputStream in = Fixture.class.getResourceAsStream("/db/migration/" + migration)) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
                jdbi.useHandle(h -> {
                    for (String statement : sql.split(";")) {
                        if (!statement.isBlank()) {
                            h.execute(statement);
                        }
                    }
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        repository = new HousingRepository(jdbi);
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("UTC"));
        org.osgi.service.event.EventAdmin admin = new org.osgi.service.event.EventAdmin() {
            public void postEvent(org.osgi.service.event.Event event) {
                Fixture.this.events.add(event);
            }

            public void sendEvent(org.osgi.service.event.Event event) {
                Fixture.this.events.add(event);
            }
        };
        HousingEvents events = new HousingEvents(() -> admin);
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
        projects = new ProjectService(repository, access(), calendar, registry(), timeline(), events, clock);
        plans = new PlanService(repository, access(), calendar, timeline(), () -> Optional.of(planned), events, settings,
                projects::today);
        issues = new IssueService(repository, access(), calendar, timeline(), () -> Optional.of(planned), events, settings,
                projects::today);
        meetings = new MeetingService(repository, access(), issues, timeline());
        templates = new TemplateService(repository, access(), audit(), calendar, settings);
    }

    Fixture hold(String... permissions) {
        held.clear();
        held.addAll(List.of(permissions));
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
    static HousingException refused(Runnable step) {
        return org.junit.jupiter.api.Assertions.assertThrows(HousingException.class, step::run);
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

    private AccessControl access() {
        return new AccessControl() {
            public Optional<CurrentUser> currentUser() {
                return Optional.of(new CurrentUser("zhanghua", "张华", department, null, false));
            }

            public boolean has(String permission) {
                return held.contains(permission);
            }

            public void check(String permission) {
                if (!has(permission)) {
                    throw new AccessDeniedException(permission);
                }
            }

            public DepartmentScope scope(String permission) {
                return has(permission) ? scope : DepartmentScope.NONE;
            }

            public <T> T asSystem(Supplier<T> work) {
                return work.get();
            }
        };
    }

    private Timeline timeline() {
        return new Timeline() {
            public void record(String source, String recordType, String recordId, String action, String from, String to,
                    String note) {
                timelineActions.add(action);
            }

            public List<TimelineEntry> of(String source, String recordType, String recordId) {
                return List.of();
            }
        };
    }

    private AuditLog audit() {
        return (source, action, objectType, objectId, before, after) -> {
            auditActions.add(action);
            auditAfter.add(after);
        };
    }

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

    /** The platform's calendar arithmetic over the official 2026 arrangement (later years: weekdays). */
    static final class RealCalendar implements WorkingDayCalendar {
        private volatile CalendarRules rules = new CalendarRules(OfficialSchedules.days(2026), Set.of(2026));

        /** An administrator enters the arrangement of {@code year} (as the calendar screen does). */
        void enter(int year, List<SpecialDay> days) {
            List<SpecialDay> all = new ArrayList<>(OfficialSchedules.days(2026));
            all.addAll(days);
            Set<Integer> known = new java.util.HashSet<>(Set.of(2026));
            known.add(year);
            rules = new CalendarRules(all, known);
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
