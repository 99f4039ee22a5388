package cn.gov.laoshan.district.attachments;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.data.DatabaseKind;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.core.PlatformContext;
import cn.gov.laoshan.district.core.PlatformModule;
import cn.gov.laoshan.district.core.db.Database;

/** Keeps files with any plugin's records ({@link Attachments} service), in the platform schema. */
public final class AttachmentsModule implements PlatformModule {

    @Override
    public String name() {
        return "attachments";
    }

    @Override
    public int order() {
        return 14;
    }

    /** Ahead of start, on the runtime's migration thread (start's own call then only waits for it). */
    @Override
    public void migrateDatabase(Database database) {
        migrate(database);
    }

    /** The table's migrations (the SQL differs only in the binary type: blob or bytea). */
    public static void migrate(Database database) {
        String vendor = database.kind() == DatabaseKind.DERBY ? "derby" : "postgresql";
        database.migrateFromClassPath(Database.PLATFORM_SCHEMA, "migrations_attachments",
                AttachmentsModule.class.getClassLoader(), "cn/gov/laoshan/district/attachments/db/" + vendor);
    }

    @Override
    public void start(PlatformContext context) {
        Database database = context.database();
        migrate(database);
        AccessControl access = context.service(AccessControl.class)
                .orElseThrow(() -> new IllegalStateException("the AccessControl service is missing"));
        context.bundleContext().registerService(Attachments.class,
                attachments(database, access, () -> context.service(AuditLog.class), context.clock()), null);
    }

    /**
     * The service over {@code database}'s platform schema (migrated with {@link #migrate} first): what
     * {@link #start} registers, and what a plugin's data test uses to run its rules against the real store.
     */
    public static Attachments attachments(Database database, AccessControl access,
            Supplier<Optional<AuditLog>> audit, Clock clock) {
        return new AttachmentStore(new AttachmentTable(database.jdbi(Database.PLATFORM_SCHEMA), database.kind()), access, audit, clock);
    }
}
