package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The plugins every node on one database runs (issue 24 item 2), kept in the platform schema: the desired state per
 * symbolic name ({@code plugin_desired}: version, the jar's SHA-256, started / stopped / removed), numbered by one
 * counter ({@code plugin_desired_counter}) so that a node sees with one read whether anything changed; the jars by
 * SHA-256 ({@code plugin_jar}); and what each node did ({@code plugin_node_state}). Storage only: the console's
 * {@link PluginManager} writes the desired state before it changes its own node, {@link PluginConvergence} makes
 * every node follow it.
 */
public final class PluginCluster {

    /** What the cluster wants of a plugin. */
    public enum Wanted {
        STARTED, STOPPED, REMOVED
    }

    /** A node's convergence on a plugin's desired state. */
    public enum Convergence {
        /** The node runs what the desired state says. */
        IN_STEP,
        /** The node has not yet tried the newest desired state (the next poll will). */
        BEHIND,
        /** The node tried and could not: it runs what it ran before; the error says why. */
        FAILED
    }

    /**
     * A plugin's desired state.
     *
     * @param sha256 its jar in {@code plugin_jar}, or {@code null} for a plugin whose jar each node has itself (a
     *               feature's plugin): then only started/stopped is shared
     */
    public record Desired(String symbolicName, String version, String sha256, Wanted wanted, long revision,
            String node, String changedBy, Instant changedAt) {
    }

    /** What one node runs of a plugin and whether that is the desired state ({@code state}: ACTIVE, STOPPED, …, ABSENT). */
    public record NodeState(String node, String symbolicName, String version, String state, Convergence convergence,
            String error, long revision, Instant recordedAt) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    /** @param jdbi the platform schema (console migrations V5, and V3 of {@code migrations_console_store}) */
    public PluginCluster(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The number of the newest desired-state change (0 before the first). */
    public long revision() {
        return jdbi.withHandle(h -> h.createQuery("select revision from plugin_desired_counter where id = 1")
                .mapTo(Long.class).one());
    }

    /** Every plugin's desired state, oldest change first. */
    public List<Desired> desired() {
        return jdbi.withHandle(h -> h.createQuery("select symbolic_name, version, sha256, wanted, revision, node, "
                + "changed_by, changed_at from plugin_desired order by revision").map((rs, ctx) -> desired(rs)).list());
    }

    public Optional<Desired> desired(String symbolicName) {
        return jdbi.withHandle(h -> h.createQuery("select symbolic_name, version, sha256, wanted, revision, node, "
                + "changed_by, changed_at from plugin_desired where symbolic_name = :bsn").bind("bsn", symbolicName)
                .map((rs, ctx) -> desired(rs)).findOne());
    }

    /**
     * Writes a plugin's desired state under the next number, in one transaction: the counter first (its row lock
     * orders concurrent changes), then the jar when the cluster does not have it yet, then the state.
     *
     * @param jar the jar file to keep when {@code sha256} is not stored yet ({@code null} when {@code sha256} is)
     * @return the change's number
     */
    public long publish(String symbolicName, String version, String sha256, Wanted wanted, Path jar, String node,
            String by) {
        return jdbi.inTransaction(h -> {
            h.execute("update plugin_desired_counter set revision = revision + 1 where id = 1");
            long revision = h.createQuery("select revision from plugin_desired_counter where id = 1")
                    .mapTo(Long.class).one();
            Timestamp now = Timestamp.from(clock.instant());
            if (sha256 != null && !hasJar(h, sha256)) {
                if (jar == null) {
                    throw new IllegalArgumentException("the cluster has no jar " + sha256 + " and none was given");
                }
                storeJar(h, symbolicName, version, sha256, jar, now, by);
            }
            int updated = h.createUpdate("update plugin_desired set version = :v, sha256 = :sha, wanted = :w, "
                    + "revision = :r, node = :n, changed_by = :by, changed_at = :t where symbolic_name = :bsn")
                    .bind("v", version).bind("sha", sha256).bind("w", wanted.name()).bind("r", revision)
                    .bind("n", node).bind("by", by).bind("t", now).bind("bsn", symbolicName).execute();
            if (updated == 0) {
                h.createUpdate("insert into plugin_desired (symbolic_name, version, sha256, wanted, revision, node, "
                        + "changed_by, changed_at) values (:bsn, :v, :sha, :w, :r, :n, :by, :t)")
                        .bind("v", version).bind("sha", sha256).bind("w", wanted.name()).bind("r", revision)
                        .bind("n", node).bind("by", by).bind("t", now).bind("bsn", symbolicName).execute();
            }
            return revision;
        });
    }

    /**
     * Keeps a jar for every node without naming it in any desired state (the approved catalogue's approvals, so that
     * any node's catalogue can install it); nothing when the cluster has it already.
     */
    public void keepJar(String symbolicName, String version, String sha256, Path jar, String by) {
        try {
            jdbi.useTransaction(h -> {
                if (!hasJar(h, sha256)) {
                    storeJar(h, symbolicName, version, sha256, jar, Timestamp.from(clock.instant()), by);
                }
            });
        } catch (RuntimeException e) {
            if (!hasJar(sha256)) {
                throw e;
            }
            // another node stored the same jar at the same moment
        }
    }

    /** Whether the cluster keeps the jar of this SHA-256. */
    public boolean hasJar(String sha256) {
        return jdbi.withHandle(h -> hasJar(h, sha256));
    }

    private static boolean hasJar(Handle h, String sha256) {
        return h.createQuery("select count(*) from plugin_jar where sha256 = :sha").bind("sha", sha256)
                .mapTo(Integer.class).one() > 0;
    }

    private static void storeJar(Handle h, String symbolicName, String version, String sha256, Path jar, Timestamp at,
            String by) {
        try (InputStream content = Files.newInputStream(jar)) {
            long size = Files.size(jar);
            if (size > PluginJar.MAX_SIZE) {
                throw new IllegalArgumentException("a plugin jar is at most 50 MB: " + jar);
            }
            h.createUpdate("insert into plugin_jar (sha256, symbolic_name, version, size_bytes, content, stored_at, "
                    + "stored_by) values (:sha, :bsn, :v, :size, :content, :at, :by)").bind("sha", sha256)
                    .bind("bsn", symbolicName).bind("v", version).bind("size", size)
                    .bindBinaryStream("content", content, (int) size).bind("at", at).bind("by", by).execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the jar of this SHA-256 into {@code target} (whole or not at all: written beside it, then moved), read as
     * a stream while the row is read. Empty when the cluster has no such jar.
     */
    public Optional<Path> fetchJar(String sha256, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        boolean found;
        try {
            found = jdbi.inTransaction(h -> h.createQuery("select content from plugin_jar where sha256 = :sha")
                    .bind("sha", sha256).map((rs, ctx) -> {
                        try (InputStream in = rs.getBinaryStream(1)) {
                            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return Boolean.TRUE;
                    }).findOne().orElse(Boolean.FALSE));
        } catch (UncheckedIOException e) {
            Files.deleteIfExists(partial);
            throw e.getCause();
        }
        if (!found) {
            return Optional.empty();
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(target);
    }

    /** Records what a node runs of a plugin (one row per node and plugin, replaced). */
    public void record(NodeState state) {
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("update plugin_node_state set version = :v, state = :s, convergence = :c, "
                    + "error = :e, revision = :r, recorded_at = :t where node = :n and symbolic_name = :bsn")
                    .bind("v", state.version()).bind("s", state.state()).bind("c", state.convergence().name())
                    .bind("e", truncate(state.error())).bind("r", state.revision())
                    .bind("t", Timestamp.from(state.recordedAt())).bind("n", state.node())
                    .bind("bsn", state.symbolicName()).execute();
            if (updated == 0) {
                h.createUpdate("insert into plugin_node_state (node, symbolic_name, version, state, convergence, "
                        + "error, revision, recorded_at) values (:n, :bsn, :v, :s, :c, :e, :r, :t)")
                        .bind("v", state.version()).bind("s", state.state()).bind("c", state.convergence().name())
                        .bind("e", truncate(state.error())).bind("r", state.revision())
                        .bind("t", Timestamp.from(state.recordedAt())).bind("n", state.node())
                        .bind("bsn", state.symbolicName()).execute();
            }
        });
    }

    /** What every node recorded, by plugin then node. */
    public List<NodeState> nodeStates() {
        return jdbi.withHandle(h -> h.createQuery("select node, symbolic_name, version, state, convergence, error, "
                + "revision, recorded_at from plugin_node_state order by symbolic_name, node")
                .map((rs, ctx) -> new NodeState(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Convergence.valueOf(rs.getString(5)), rs.getString(6), rs.getLong(7),
                        rs.getTimestamp(8).toInstant()))
                .list());
    }

    public Instant now() {
        return clock.instant();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 4000 ? error : error.substring(0, 3997) + "...";
    }

    private static Desired desired(ResultSet rs) throws SQLException {
        return new Desired(rs.getString(1), rs.getString(2), rs.getString(3), Wanted.valueOf(rs.getString(4)),
                rs.getLong(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }
}
