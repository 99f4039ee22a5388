package cn.gov.laoshan.district.registry.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.registry.service.ChangeLogs;

/**
 * The kept copy of what {@link FactSnapshots} read ({@link SnapshotStore}): loaded once at start when it is not older
 * than the change logs reach (the snapshots then catch up from it instead of reading a million rows per column),
 * written again in the background after tables were read in full or when it has grown old, never after
 * {@link #close}. Writing it is best effort: a copy that cannot be written leaves the previous one.
 */
final class KeptSnapshot {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KeptSnapshot.class);

    /**
     * A kept copy older than this is not used. The change logs it catches up from are kept for it (pruned after a
     * day, but not the rows the kept copy needs, up to a day more than this: {@link ChangeLogs#pruneBefore}),
     * so that a platform stopped for a night or a weekend starts from its copy. The copy is written again after every
     * full read, and after a catch-up when it is older than {@link #RESTORE_AFTER}.
     */
    static final Duration STORE_REACH = Duration.ofMillis(ChangeLogs.LONGEST_MS).minusDays(1);
    static final Duration RESTORE_AFTER = Duration.ofHours(1);
    /** At most this many columns are kept in the store (the others are read from the tables on their first use). */
    static final int STORE_COLUMNS = 48;

    private final SnapshotStore store;
    /** When the kept copy was taken ({@code null}: none known). */
    private Instant storedFrom;
    private ExecutorService saver;
    /** Whether {@link #close} was called: no more copies are written. */
    private boolean closed;
    private CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);

    KeptSnapshot(Jdbi jdbi) {
        this.store = new SnapshotStore(jdbi);
    }

    /**
     * The kept copy (what was read, at its version and time; the caller then catches up with the change logs, or
     * reads everything when it cannot), unless there is none, it is older than the logs reach ({@link #STORE_REACH}),
     * or it is not usable: damaged, of another form, of a version the database never reached (another database's, or
     * the database restored from an older backup) — then the log says why and the tables are read.
     */
    synchronized Optional<SnapshotStore.Image> load(Instant now, java.util.function.LongSupplier currentVersion) {
        long begin = System.nanoTime();
        Optional<SnapshotStore.Image> image;
        try {
            image = store.load();
        } catch (RuntimeException e) {
            // a copy: without it the tables are read (a damaged or foreign copy is one of a few MB read in vain)
            Throwable cause = e;
            while (!(cause instanceof SnapshotStore.Unusable) && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            LOG.warn("registry: kept fact snapshot columns ignored ({}), reading the tables",
                    cause instanceof SnapshotStore.Unusable ? cause.getMessage() : e.toString());
            return Optional.empty();
        }
        if (image.isEmpty()) {
            return image;
        }
        SnapshotStore.Image copy = image.get();
        // the version now, after the copy was read: another node may have kept a newer one meanwhile
        long version = currentVersion.getAsLong();
        String unusable = copy.version() > version
                ? "its version " + copy.version() + " is newer than the database's facts (" + version + "): not this database's copy"
                : copy.from().isAfter(now.plus(Duration.ofMinutes(5))) ? "it was taken at " + copy.from() + ", after now"
                : !copy.from().isAfter(now.minus(STORE_REACH)) ? "it was taken at " + copy.from() + ", older than " + STORE_REACH.toDays()
                        + " days: the change logs may not reach it"
                : null;
        if (unusable != null) {
            LOG.warn("registry: kept fact snapshot columns ignored ({}), reading the tables", unusable);
            return Optional.empty();
        }
        storedFrom = copy.from();
        LOG.info("registry: kept fact snapshot columns read ({} columns of {} enterprises, version {}, taken at {}) in {} ms",
                copy.columns().size(), copy.usccs().length, copy.version(), copy.from(), (System.nanoTime() - begin) / 1_000_000);
        return image;
    }

    /**
     * Writes what is held ({@code columns} of {@code usccs}, the most recently asked first: at most
     * {@link #STORE_COLUMNS} are kept; {@code markers}: the changes of many in it), at {@code version} and reflecting
     * every change before {@code from}, to the store in the background after tables were read in full
     * ({@code readTables}), or when the kept copy has grown old (catch-ups keep memory current, the copy falls
     * behind). Returns whether it was written
     * (the caller then counts its tables as kept). The arrays are never changed once held (a catch-up copies them):
     * the writer reads them unlocked.
     */
    synchronized boolean keep(long version, Instant from, boolean readTables, Map<FactColumn, Object> held,
            String[] usccs, java.util.Set<Long> markers) {
        boolean old = storedFrom == null || storedFrom.isBefore(from.minus(RESTORE_AFTER));
        if (closed || !readTables && !old) {
            return false;
        }
        storedFrom = from;
        Map<FactColumn, Object> columns = new LinkedHashMap<>();
        held.entrySet().stream().limit(STORE_COLUMNS).forEach(e -> columns.put(e.getKey(), e.getValue()));
        SnapshotStore.Image image = new SnapshotStore.Image(version, from, usccs, columns, markers);
        if (saver == null) {
            saver = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "registry-fact-store");
                t.setDaemon(true);
                return t;
            });
        }
        saving = saving.thenRunAsync(() -> {
            long begin = System.nanoTime();
            try {
                store.save(image);
                LOG.info("registry: fact snapshot columns kept ({} columns of {} enterprises, version {}) in {} ms",
                        columns.size(), image.usccs().length, version, (System.nanoTime() - begin) / 1_000_000);
            } catch (RuntimeException e) {
                // another node writing its copy at the same moment, a full disk, the database closing: the next
                // full read tries again (the root cause only: the statement's message would quote megabytes of bytes)
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                LOG.warn("registry: fact snapshot columns not kept: {}", root.toString());
            }
        }, saver);
        return true;
    }

    /** Deletes the kept copy (the next start reads the tables). */
    synchronized void clear() {
        store.clear();
        storedFrom = null;
    }

    /** Waits until the copy being kept (if any) is written. */
    void awaitStored() {
        CompletableFuture<Void> pending;
        synchronized (this) {
            pending = saving;
        }
        pending.join();
    }

    /**
     * Stops keeping copies (the module stops, the database closes next): a copy being written gets a few seconds to
     * finish; one cut short is rolled back, and the kept copy stays the previous one.
     */
    void close() {
        ExecutorService stopping;
        synchronized (this) {
            closed = true;
            stopping = saver;
            saver = null;
        }
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
