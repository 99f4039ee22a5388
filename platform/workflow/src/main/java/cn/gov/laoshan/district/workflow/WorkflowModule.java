package cn.gov.laoshan.district.workflow;

import org.osgi.service.event.EventAdmin;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.core.PlatformContext;
import cn.gov.laoshan.district.core.PlatformModule;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.workflow.notice.NoticePlugin;
import cn.gov.laoshan.district.workflow.notice.NoticeService;

/**
 * Keeps the timeline of records that move through states, for every plugin ({@link Timeline} service), and their
 * public-notice periods ({@link PublicNotices}: 公示, with the daily job that closes them).
 */
public final class WorkflowModule implements PlatformModule {

    private NoticeService notices;

    @Override
    public String name() {
        return "workflow";
    }

    @Override
    public int order() {
        return 12;
    }

    /** Ahead of start, on the runtime's migration thread (start's own call then only waits for it). */
    @Override
    public void migrateDatabase(Database database) {
        database.migrateFromClassPath(Database.PLATFORM_SCHEMA, "migrations_workflow", getClass().getClassLoader(),
                "cn/gov/laoshan/district/workflow/db");
    }

    @Override
    public void start(PlatformContext context) {
        Database database = context.database();
        database.migrateFromClassPath(Database.PLATFORM_SCHEMA, "migrations_workflow", getClass().getClassLoader(),
                "cn/gov/laoshan/district/workflow/db");
        AccessControl access = context.service(AccessControl.class)
                .orElseThrow(() -> new IllegalStateException("the AccessControl service is missing"));
        context.bundleContext().registerService(Timeline.class, new TimelineStore(
                database.jdbi(Database.PLATFORM_SCHEMA), access, () -> context.service(AuditLog.class),
                context.clock()), null);
        WorkingDayCalendar calendar = context.service(WorkingDayCalendar.class)
                .orElseThrow(() -> new IllegalStateException("the WorkingDayCalendar service is missing"));
        notices = new NoticeService(database.jdbi(Database.PLATFORM_SCHEMA), access, calendar,
                () -> context.service(AuditLog.class),
                // EventAdmin is a bundle that may start after this module or be updated: looked up at each event
                event -> context.service(EventAdmin.class).ifPresent(admin -> admin.postEvent(event)),
                context.clock());
        context.bundleContext().registerService(PublicNotices.class, notices, null);
        context.bundleContext().registerService(DistrictPlugin.class, new NoticePlugin(notices), null);
    }

    /** The public notices' service (its {@code closeDue(day)} for tests). */
    public NoticeService notices() {
        return notices;
    }
}
