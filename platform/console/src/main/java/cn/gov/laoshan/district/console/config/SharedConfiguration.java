package cn.gov.laoshan.district.console.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.felix.fileinstall.shaded.util.properties.ConfigurationHandler;
import org.jdbi.v3.core.Jdbi;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.laoshan.district.core.security.SecretFiles;

/**
 * The configuration every node on one database shares: a configuration saved (or reset) on the console of one node is
 * written to the table {@code config_shared} under the next number of one counter; every node polls the counter
 * (every {@code district.config.poll-ms}, default 2 s) and applies, in order, what it has not applied yet — to its
 * Configuration Admin and its own {@code conf/<pid>.cfg} mirror — and remembers the last number it applied in
 * {@code data/shared-config.revision}, so that a node that was down, or a new one, catches up at its start.
 *
 * <p>What stays per node: a hand edit of a node's {@code conf/<pid>.cfg} is that node's override until the PID is
 * saved on the console again (on any node), which writes over it everywhere; factory configurations (instances) are
 * not shared. Values are stored in FileInstall's typed notation ({@code I"16"}, {@link ConfigurationHandler}, the
 * same as the {@code .cfg} files), secrets included: the shared database holds them as the files do.
 *
 * <p>Only on a database several nodes can share; an embedded Derby home works as before, without this.
 */
public final class SharedConfiguration implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SharedConfiguration.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How often a node looks at the counter, unless {@code district.config.poll-ms} says. */
    public static final Duration POLL = Duration.ofSeconds(2);

    private final Jdbi jdbi;
    private final BundleContext context;
    private final Path conf;
    private final Path appliedFile;
    private final String node;
    private final Clock clock;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "district-shared-configuration");
        t.setDaemon(true);
        return t;
    });
    private long applied;

    /** A change as stored: {@code values} empty for a reset. */
    record Change(long revision, String pid, Optional<Map<String, Object>> values) {
    }

    /**
     * @param jdbi the platform schema (tables {@code config_shared}, {@code config_shared_counter})
     * @param conf the node's {@code conf/}, where the mirrors are written
     * @param data the node's {@code data/}, where the last applied number is kept
     */
    public SharedConfiguration(Jdbi jdbi, BundleContext context, Path conf, Path data, String node, Clock clock) {
        this.jdbi = jdbi;
        this.context = context;
        this.conf = conf;
        this.appliedFile = data.resolve("shared-config.revision");
        this.node = node;
        this.clock = clock;
        this.applied = readApplied();
    }

    /** Applies what this node has not applied yet, then polls every {@code every}. */
    public SharedConfiguration start(Duration every) {
        catchUp();
        poller.scheduleWithFixedDelay(() -> {
            try {
                catchUp();
            } catch (RuntimeException e) {
                // the database restarting: the next poll tries again
                LOG.warn("shared configuration: {}", e.toString());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    /**
     * Stores a saved configuration ({@code values}) or a reset ({@code null}) for every node, before the saving node
     * changes its own: when the database refuses, nothing has changed anywhere. Keys Configuration Admin and
     * FileInstall keep themselves are left out.
     *
     * @return the change's number
     */
    public long publish(String pid, Map<String, Object> values) {
        String text = values == null ? null : encode(values);
        return jdbi.inTransaction(h -> {
            h.execute("update config_shared_counter set revision = revision + 1 where id = 1");
            long revision = h.createQuery("select revision from config_shared_counter where id = 1")
                    .mapTo(Long.class).one();
            Timestamp now = Timestamp.from(clock.instant());
            int updated = h.createUpdate("update config_shared set properties = :p, revision = :r, node = :n, "
                    + "changed_at = :t where pid = :pid").bind("p", text).bind("r", revision).bind("n", node)
                    .bind("t", now).bind("pid", pid).execute();
            if (updated == 0) {
                h.createUpdate("insert into config_shared (pid, properties, revision, node, changed_at) "
                        + "values (:pid, :p, :r, :n, :t)").bind("p", text).bind("r", revision).bind("n", node)
                        .bind("t", now).bind("pid", pid).execute();
            }
            return revision;
        });
    }

    /** The number of the last change this node has applied. */
    public synchronized long applied() {
        return applied;
    }

    /** Applies, in order, every change after the last one this node applied. */
    public synchronized void catchUp() {
        long newest = jdbi.withHandle(h -> h.createQuery("select revision from config_shared_counter where id = 1")
                .mapTo(Long.class).one());
        if (newest <= applied) {
            return;
        }
        List<Change> changes = jdbi.withHandle(h -> h.createQuery("select revision, pid, properties from config_shared "
                + "where revision > :after order by revision").bind("after", applied)
                .map((rs, ctx) -> new Change(rs.getLong(1), rs.getString(2),
                        Optional.ofNullable(rs.getString(3)).map(SharedConfiguration::decode)))
                .list());
        for (Change change : changes) {
            try {
                apply(change);
            } catch (IOException | RuntimeException e) {
                // applied again at the next poll; the changes after it wait, so that the order holds
                LOG.warn("shared configuration: cannot apply {} (change {}): {}", change.pid(), change.revision(),
                        e.toString());
                return;
            }
            applied = change.revision();
            writeApplied();
        }
    }

    private void apply(Change change) throws IOException {
        ServiceReference<ConfigurationAdmin> reference = context.getServiceReference(ConfigurationAdmin.class);
        if (reference == null) {
            throw new IllegalStateException("Configuration Admin is not running");
        }
        ConfigurationAdmin admin = context.getService(reference);
        try {
            Configuration existing = MetatypeCatalogue.existing(admin, change.pid());
            Map<String, Object> current = existing == null ? null : ConfigService.properties(existing);
            Object filename = current == null ? null : current.get(CfgFile.FILENAME);
            if (change.values().isEmpty()) {
                if (existing != null) {
                    existing.delete();
                    if (filename != null) {
                        Files.deleteIfExists(CfgFile.path(filename.toString()));
                    }
                    LOG.info("shared configuration: {} reset (change {})", change.pid(), change.revision());
                }
                return;
            }
            Map<String, Object> next = new LinkedHashMap<>(change.values().get());
            if (current != null && sameValues(current, next)) {
                return; // the node that saved it, or an earlier start that applied it
            }
            Path file = filename != null ? CfgFile.path(filename.toString()) : conf.resolve(change.pid() + ".cfg");
            CfgFile.write(file, next);
            next.put(CfgFile.FILENAME, file.toAbsolutePath().toUri().toString());
            Configuration target = existing != null ? existing : admin.getConfiguration(change.pid(), "?");
            Hashtable<String, Object> table = new Hashtable<>(next);
            target.update(table);
            LOG.info("shared configuration: {} applied (change {})", change.pid(), change.revision());
        } finally {
            context.ungetService(reference);
        }
    }

    private static boolean sameValues(Map<String, Object> current, Map<String, Object> next) {
        Map<String, Object> a = new LinkedHashMap<>(current);
        a.keySet().removeAll(CfgFile.RESERVED);
        if (!a.keySet().equals(next.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> e : next.entrySet()) {
            if (!Objects.deepEquals(a.get(e.getKey()), e.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The values (reserved keys left out) as a JSON object of FileInstall-typed texts. */
    static String encode(Map<String, Object> values) {
        ObjectNode out = JSON.createObjectNode();
        for (Map.Entry<String, Object> e : new java.util.TreeMap<>(values).entrySet()) {
            if (!CfgFile.RESERVED.contains(e.getKey()) && e.getValue() != null) {
                try {
                    out.put(e.getKey(), ConfigurationHandler.write(e.getValue()));
                } catch (IOException ex) {
                    throw new IllegalArgumentException("not a configuration value: " + e.getKey(), ex);
                }
            }
        }
        return out.toString();
    }

    static Map<String, Object> decode(String text) {
        try {
            Map<String, Object> values = new LinkedHashMap<>();
            ObjectNode node = (ObjectNode) JSON.readTree(text);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                values.put(e.getKey(), ConfigurationHandler.read(e.getValue().asText()));
            }
            return values;
        } catch (IOException e) {
            throw new IllegalStateException("config_shared holds a value that cannot be read: " + e.getMessage(), e);
        }
    }

    private long readApplied() {
        try {
            return Files.exists(appliedFile) ? Long.parseLong(Files.readString(appliedFile).trim()) : 0;
        } catch (IOException | NumberFormatException e) {
            LOG.warn("{} cannot be read ({}): every shared configuration is applied again", appliedFile, e.toString());
            return 0;
        }
    }

    private void writeApplied() {
        try {
            SecretFiles.write(appliedFile, Long.toString(applied));
        } catch (IOException e) {
            LOG.warn("{} cannot be written: {}", appliedFile, e.toString());
        }
    }
}
