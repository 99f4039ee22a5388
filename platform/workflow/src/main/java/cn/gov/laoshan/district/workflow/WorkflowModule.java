package cn.gov.laoshan.district.workflow;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.core.PlatformContext;
import cn.gov.laoshan.district.core.PlatformModule;
import cn.gov.laoshan.district.core.db.Database;

/** Keeps the timeline of records that move through states, for every plugin ({@link Timeline} service). */
public final class WorkflowModule implements PlatformModule {

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
    }
}
