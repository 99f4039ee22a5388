package cn.gov.laoshan.district.runtime;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.DatabaseSettings;

/**
 * The database's part of the start, on a thread of its own ({@code district-start-database}) so that the sign-in
 * page does not wait for it: open the database (Derby's boot, or the pool to PostgreSQL), then apply every platform
 * module's migrations in module order, then warm the pool up. {@link #opened} completes when the database is open,
 * {@link #migrated} when the migrations are applied; a failure completes both exceptionally.
 */
final class DatabaseStart {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStart.class);

    final CompletableFuture<Database> opened = new CompletableFuture<>();
    final CompletableFuture<Void> migrated = new CompletableFuture<>();

    private DatabaseStart() {
    }

    /** Starts the thread. */
    static DatabaseStart begin(DistrictHome home, PlatformModules modules, StartupTimeline timeline) {
        DatabaseStart start = new DatabaseStart();
        Thread thread = new Thread(() -> start.openAndMigrate(home, modules, timeline), "district-start-database");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    private void openAndMigrate(DistrictHome home, PlatformModules modules, StartupTimeline timeline) {
        Database db;
        try {
            long t = System.nanoTime();
            db = open(home);
            timeline.ended("database open", t);
            opened.complete(db);
        } catch (Throwable e) {
            opened.completeExceptionally(e);
            migrated.completeExceptionally(e);
            return;
        }
        try {
            modules.migrate(db, timeline);
            long t = System.nanoTime();
            try {
                db.warmUp();
                timeline.ended("connection pool and JDBI ready", t);
            } catch (RuntimeException e) {
                // only a head start: the first module that reads data opens the pool itself
                LOG.debug("database warm-up skipped: {}", e.toString());
            }
            migrated.complete(null);
        } catch (Throwable e) {
            migrated.completeExceptionally(e);
        }
    }

    private static Database open(DistrictHome home) throws Exception {
        // Derby writes its own log; keep it with the platform's, not in the working directory
        System.setProperty("derby.stream.error.file", home.logs().resolve("derby.log").toString());
        DatabaseSettings settings = DatabaseSettings.read(home.conf(), home.data());
        return Database.open(settings);
    }
}
