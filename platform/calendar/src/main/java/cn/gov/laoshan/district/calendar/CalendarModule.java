package cn.gov.laoshan.district.calendar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.CalendarDependent;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.plugin.ScheduledJob;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.calendar.service.CalendarService;
import cn.gov.laoshan.district.calendar.ui.CalendarDaysView;
import cn.gov.laoshan.district.core.PlatformContext;
import cn.gov.laoshan.district.core.PlatformModule;

/**
 * The working-day calendar: its table in the platform schema (the official arrangements loaded once), the
 * {@link WorkingDayCalendar} service, and the 工作日历 screen ({@code /calendar/days}).
 */
public final class CalendarModule implements PlatformModule {

    private CalendarService service;

    @Override
    public String name() {
        return "calendar";
    }

    @Override
    public int order() {
        return 10;
    }

    /** Ahead of start, on the runtime's migration thread (start's own call then only waits for it). */
    @Override
    public void migrateDatabase(cn.gov.laoshan.district.core.db.Database database) {
        database.migrateFromClassPath("platform", "migrations_calendar", getClass().getClassLoader(),
                "cn/gov/laoshan/district/calendar/db");
    }

    @Override
    public void start(PlatformContext context) {
        context.database().migrateFromClassPath("platform", "migrations_calendar", getClass().getClassLoader(),
                "cn/gov/laoshan/district/calendar/db");
        AccessControl access = context.service(AccessControl.class)
                .orElseThrow(() -> new IllegalStateException("no AccessControl service"));
        BundleContext bundles = context.bundleContext();
        service = new CalendarService(context.database().jdbi("platform"), access,
                () -> context.service(AuditLog.class), context.clock(), () -> dependents(bundles));
        service.start();
        context.bundleContext().registerService(WorkingDayCalendar.class, service, null);
        context.bundleContext().registerService(DistrictPlugin.class,
                new CalendarPlugin(service, access, () -> context.service(Notifications.class)), null);
    }

    /** The plugins' {@link CalendarDependent} services registered now (a plugin may come and go at any time). */
    private static List<CalendarDependent> dependents(BundleContext bundles) {
        List<CalendarDependent> found = new ArrayList<>();
        try {
            for (ServiceReference<CalendarDependent> ref : bundles.getServiceReferences(CalendarDependent.class, null)) {
                CalendarDependent dependent = bundles.getService(ref);
                if (dependent != null) {
                    // a singleton: the object stays usable for the call that follows, the use count is not kept
                    found.add(dependent);
                    bundles.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        return found;
    }

    public CalendarService service() {
        return service;
    }

    /** The calendar's screens and permissions, contributed to the shell like a plugin's. */
    static final class CalendarPlugin implements DistrictPlugin {

        private final CalendarService service;
        private final AccessControl access;
        private final Supplier<Optional<Notifications>> notifications;

        CalendarPlugin(CalendarService service, AccessControl access,
                Supplier<Optional<Notifications>> notifications) {
            this.service = service;
            this.access = access;
            this.notifications = notifications;
        }

        /** Daily: from November, tell the editors once when next year's arrangement is still missing. */
        @Override
        public List<ScheduledJob> jobs() {
            return List.of(new ScheduledJob("next-year-arrangement", Duration.ofDays(1),
                    () -> notifications.get().ifPresent(service::noticeMissingArrangement)));
        }

        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("calendar", "calendar.plugin.name", "platform", "shell.department.platform");
        }

        @Override
        public List<Screen> screens() {
            return List.of(Screen.builder("days", CalendarDaysView.class, () -> new CalendarDaysView(service, access))
                    .title("calendar.screen.days").icon("vaadin:calendar").order(50)
                    .permission(CalendarService.VIEW).build());
        }

        @Override
        public List<PermissionDefinition> permissions() {
            return List.of(new PermissionDefinition(CalendarService.VIEW, "calendar.permission.view"),
                    new PermissionDefinition(CalendarService.EDIT, "calendar.permission.edit"));
        }

        @Override
        public String messagesBaseName() {
            return "cn/gov/laoshan/district/calendar/i18n/messages";
        }
    }
}
