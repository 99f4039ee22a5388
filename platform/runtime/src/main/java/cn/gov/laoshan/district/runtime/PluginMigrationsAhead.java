package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.MigrationFiles;
import cn.gov.laoshan.district.core.db.PluginDatabases;
import cn.gov.laoshan.district.core.db.PluginSchemas;

/**
 * The features' plugins' migrations, applied at start from their jars on a thread of their own
 * ({@code district-start-plugin-migrations-1}, in install order), while the main thread installs and starts the
 * bundles in the feature's order. On a fresh home the plugins' schemas are most of the start (servicehall's shipped
 * catalogue alone is ~700 single-row inserts, each compiled by Derby): the next plugin's schema is made while the
 * main thread activates the plugin before it, instead of inside its own activation. Only jars the console admitted
 * come here (complete, on the allow-list when there is one), never a reserved schema. The bundle's own migration
 * ({@link PluginDatabases#getService}) still runs when it starts: it waits for this one
 * ({@link Database#migrateAhead}) and then finds nothing to do — or, when this one failed, tries again itself and is
 * reported as a plugin's failed migration always is.
 */
final class PluginMigrationsAhead implements Consumer<Map<String, Path>>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginMigrationsAhead.class);

    private final Database database;
    private final StartupTimeline timeline;
    /** The plugins' migrations in install order. */
    private final java.util.concurrent.LinkedBlockingDeque<Runnable> queue =
            new java.util.concurrent.LinkedBlockingDeque<>();
    private final List<Thread> threads = new ArrayList<>();
    /** When the task running on this thread began: its own duration for the timeline. */
    private final ThreadLocal<Long> taskBegan = new ThreadLocal<>();

    PluginMigrationsAhead(Database database, StartupTimeline timeline) {
        this.database = database;
        this.timeline = timeline;
    }

    /**
     * Applies the migrations of these admitted plugins (symbolic name → jar, in install order) in install order: the
     * schema the main thread needs next is the one being made, while main activates the plugin before it. (The queue
     * is taken from the front.)
     */
    @Override
    public void accept(Map<String, Path> plugins) {
        plugins.forEach((symbolicName, jar) -> {
            if (PluginSchemas.refusal(symbolicName) != null) {
                return; // its bundle is refused a database when it starts, and says why
            }
            MigrationFiles files;
            try {
                files = MigrationFiles.ofJar(jar, database.kind());
            } catch (IOException | RuntimeException e) {
                LOG.debug("{}: migrations not read ahead of the start ({}); the bundle's start applies them",
                        symbolicName, e.toString());
                return;
            }
            if (files.isEmpty()) {
                return; // no schema made for a plugin that may not want one: its bundle decides
            }
            database.migrateAhead(PluginSchemas.schemaId(symbolicName), PluginDatabases.HISTORY, files,
                    queue::addLast, applied -> timeline.ended("migrations of plugin " + symbolicName + " ("
                            + applied + " applied)", taskBegan.get()))
                    .exceptionally(e -> {
                        // the bundle's own start applies them again and reports a failure with the plugin's health
                        LOG.debug("{}: migrations ahead of the start failed ({}); the bundle's start tries again",
                                symbolicName, e.toString());
                        return 0;
                    });
        });
        // One DDL stream at a time, as before: a second thread taking the queue from the back (servicehall's
        // catalogue first) measured no gain on Derby — two migrating transactions slowed each other (5.0 s for
        // finance's schema beside servicehall's, 2.1–3.5 s alone) and the plugins' activation on main.
        Thread thread = new Thread(() -> {
            for (Runnable task; (task = queue.pollFirst()) != null;) {
                taskBegan.set(System.nanoTime());
                task.run();
            }
        }, "district-start-plugin-migrations-1");
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** Waits for what was queued (a schema is never left half-way by a start that ends). */
    @Override
    public void close() {
        try {
            for (Thread thread : threads) {
                thread.join(TimeUnit.MINUTES.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
