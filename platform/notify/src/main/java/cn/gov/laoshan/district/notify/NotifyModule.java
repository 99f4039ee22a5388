package cn.gov.laoshan.district.notify;

import java.time.Duration;

import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.notify.Inbox;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.core.PlatformContext;
import cn.gov.laoshan.district.core.PlatformModule;
import cn.gov.laoshan.district.core.jobs.JobSchedule;
import cn.gov.laoshan.district.notify.scheduler.JobLeases;
import cn.gov.laoshan.district.notify.scheduler.JobScheduler;
import cn.gov.laoshan.district.notify.scheduler.PluginJobs;
import cn.gov.laoshan.district.notify.service.InboxListeners;
import cn.gov.laoshan.district.notify.service.NotificationService;
import cn.gov.laoshan.district.notify.service.ReminderService;
import cn.gov.laoshan.district.notify.ui.NotificationBell;
import cn.gov.laoshan.district.shell.ui.NavbarItem;

/**
 * Notifications, reminders and the job scheduler: the {@link Notifications}, {@link Reminders} and {@link Inbox}
 * services, the bell in the shell's top bar ({@link NavbarItem}), and a {@link JobScheduler} that runs the
 * platform's reminder delivery and every plugin's {@code jobs()} once per cluster under a database lease.
 *
 * <p>System properties: {@code district.notify.reminder-interval} (ISO-8601 duration, default {@code PT30S}),
 * {@code district.jobs.lease} (default {@code PT60S}), {@code district.jobs.node} (this node's id in the lease
 * table, default {@code <node.name>/<pid>/random}), {@code district.zone} (the zone of daily jobs' times, default
 * {@code Asia/Shanghai}: the district's, whatever the server's own zone).
 */
public final class NotifyModule implements PlatformModule {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyModule.class);
    public static final String REMINDER_JOB = "notify/reminders";

    private JobScheduler scheduler;
    private PluginJobs pluginJobs;
    private NotificationService notifications;
    private ReminderService reminders;

    @Override
    public String name() {
        return "notify";
    }

    @Override
    public int order() {
        return 30;
    }

    /** Ahead of start, on the runtime's migration thread (start's own call then only waits for it). */
    @Override
    public void migrateDatabase(cn.gov.laoshan.district.core.db.Database database) {
        database.migrateFromClassPath("platform", "migrations_notify", getClass().getClassLoader(),
                "cn/gov/laoshan/district/notify/db");
    }

    @Override
    public void start(PlatformContext context) {
        context.database().migrateFromClassPath("platform", "migrations_notify", getClass().getClassLoader(),
                "cn/gov/laoshan/district/notify/db");
        AccessControl access = context.service(AccessControl.class)
                .orElseThrow(() -> new IllegalStateException("no AccessControl service"));
        var jdbi = context.database().jdbi("platform");
        notifications = new NotificationService(jdbi, access, context.clock(), new InboxListeners());
        reminders = new ReminderService(jdbi, context.clock(), notifications);
        var registry = context.bundleContext();
        registry.registerService(Notifications.class, notifications, null);
        registry.registerService(Inbox.class, notifications, null);
        registry.registerService(Reminders.class, reminders, null);
        registry.registerService(NavbarItem.class, new NavbarItem() {
            @Override
            public com.vaadin.flow.component.Component create() {
                return new NotificationBell(notifications);
            }

            @Override
            public int order() {
                return 10;
            }
        }, null);
        registry.registerService(DistrictPlugin.class, new DistrictPlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return new PluginDescriptor("notify", "notify.plugin.name", "platform", "shell.department.platform");
            }

            @Override
            public String messagesBaseName() {
                return "cn/gov/laoshan/district/notify/i18n/messages";
            }
        }, null);

        // the node's name first, so that the console's lastNode and leaseHolder say which node ran a job; the random
        // part keeps two nodes given one name (or two platforms in one test JVM) apart in the lease
        String node = System.getProperty("district.jobs.node", JobScheduler.nodeId(context.nodeName()));
        Duration lease = Duration.parse(System.getProperty("district.jobs.lease", "PT60S"));
        scheduler = new JobScheduler(new JobLeases(jdbi), node, context.clock(),
                task -> () -> access.asSystem(() -> {
                    task.run();
                    return null;
                }), lease);
        Duration every = Duration.parse(System.getProperty("district.notify.reminder-interval", "PT30S"));
        scheduler.register(REMINDER_JOB, every, reminders::deliverDue);
        registry.registerService(JobSchedule.class, scheduler, null);
        pluginJobs = new PluginJobs(registry, scheduler);
        pluginJobs.open();
        LOG.info("notify: scheduler node {}", node);
    }

    public JobScheduler scheduler() {
        return scheduler;
    }

    @Override
    public void stop() {
        if (pluginJobs != null) {
            pluginJobs.close();
        }
        if (scheduler != null) {
            scheduler.close();
        }
    }
}
