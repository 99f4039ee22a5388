package cn.gov.laoshan.district.core.db;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import cn.gov.laoshan.district.api.data.DatabaseKind;

/**
 * The platform's one database: a connection pool per schema (each connection's current schema set), Flyway
 * migrations per schema, online backup of the embedded database.
 *
 * <p>Schemas are named by lower-case ids ({@code platform}, {@code mediation}); on Derby they are upper case, on
 * PostgreSQL lower case, so that unquoted names in SQL find them on both.
 */
public final class Database implements AutoCloseable {

    public static final String PLATFORM_SCHEMA = "platform";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Derby's SQL state for a refused user name or password. */
    private static final String DERBY_AUTHENTICATION_FAILED = "08004";

    private final DatabaseSettings settings;
    private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();
    private final Map<String, Jdbi> jdbis = new ConcurrentHashMap<>();
    /** Class-path migrations done (or under way) in this process, by schema, history table and location. */
    private final Map<String, java.util.concurrent.CompletableFuture<Integer>> classPathMigrations =
            new ConcurrentHashMap<>();
    /** Migrations under way ahead of their {@link #migrate} call, by schema id ({@link #migrateAhead}). */
    private final Map<String, java.util.concurrent.CompletableFuture<Integer>> migrationsAhead =
            new ConcurrentHashMap<>();
    /** One lock per schema id for {@link #migrate}. */
    private final Map<String, Object> migrationLocks = new ConcurrentHashMap<>();
    /** {@link #migrate} calls that ran Flyway, see {@link #flywayRuns()}. */
    private final java.util.concurrent.atomic.AtomicInteger flywayRuns = new java.util.concurrent.atomic.AtomicInteger();

    private Database(DatabaseSettings settings) {
        this.settings = settings;
    }

    /** Derby's page cache size, in pages (a system property read as a database boots). */
    static final String DERBY_PAGE_CACHE = "derby.storage.pageCacheSize";

    /**
     * The page cache for embedded Derby in a JVM of {@code maxHeap} bytes: an eighth of the heap, counting 8 KiB a
     * page (Derby's tables use 4 KiB pages, 32 KiB for rows with long columns), between Derby's default of 1,000
     * pages and 32,768 — 16,384 pages for the 1 GiB heap {@code bin/district} gives, 64 MiB of the common 4 KiB
     * pages. With the default 4 MiB, writing 150,000 payout requests (six B-trees a row, keys in random order)
     * evicted and read back index pages for every row.
     */
    static int derbyPageCachePages(long maxHeap) {
        long pages = maxHeap / 8 / 8192;
        return (int) Math.max(1_000, Math.min(32_768, pages));
    }

    /** Derby's cache of compiled statements, in statements (a system property read as the engine boots). */
    static final String DERBY_STATEMENT_CACHE = "derby.language.statementCacheSize";

    /**
     * The statement cache for embedded Derby in a JVM of {@code maxHeap} bytes: one statement per 2 MiB of heap,
     * between Derby's default of 100 and 2,000 — 512 for the 1 GiB heap {@code bin/district} gives. One database
     * serves the platform's modules and every plugin, whose screens together run far more than 100 distinct
     * statements: with the default, a 100-user load test spent 4.2 % of the request threads' CPU compiling statements
     * again that the cache had dropped (docs/performance.md, "Where the CPU of a request goes").
     */
    static int derbyStatementCacheSize(long maxHeap) {
        long statements = maxHeap / (2L * 1024 * 1024);
        return (int) Math.max(100, Math.min(2_000, statements));
    }

    /**
     * Sets Derby's page and statement caches from the heap unless the operator set them
     * ({@code JAVA_OPTS=-Dderby.storage.pageCacheSize=N -Dderby.language.statementCacheSize=M}); before the embedded
     * database boots, which reads them.
     */
    static void sizeDerbyCaches() {
        long heap = Runtime.getRuntime().maxMemory();
        if (System.getProperty(DERBY_PAGE_CACHE) == null) {
            System.setProperty(DERBY_PAGE_CACHE, String.valueOf(derbyPageCachePages(heap)));
        }
        if (System.getProperty(DERBY_STATEMENT_CACHE) == null) {
            System.setProperty(DERBY_STATEMENT_CACHE, String.valueOf(derbyStatementCacheSize(heap)));
        }
    }

    /** Opens (on first use, creates) the database and checks that it answers. */
    public static Database open(DatabaseSettings settings) throws SQLException {
        if (settings.url().startsWith("jdbc:derby:") && !settings.url().startsWith("jdbc:derby://")) {
            sizeDerbyCaches();
        }
        Database database = new Database(settings);
        try (Connection connection = database.connect()) {
            LOG.info("database {} {} at {}{}", connection.getMetaData().getDatabaseProductName(),
                    connection.getMetaData().getDatabaseProductVersion(), settings.url(),
                    settings.bootPassword() != null ? " (encrypted)" : "");
            if (settings.derbyAuthentication()) {
                requireDerbyAuthentication(connection, settings);
            }
        } catch (SQLException e) {
            if (DERBY_AUTHENTICATION_FAILED.equals(e.getSQLState())) {
                throw new SQLException("the database refused user " + settings.user() + " with the password in "
                        + "conf/database.password (Derby authentication)", e.getSQLState(), e);
            }
            if (settings.bootPassword() != null && "XJ040".equals(e.getSQLState())) {
                throw new SQLException("the encrypted database cannot be opened: is conf/database.boot-password the "
                        + "one it was encrypted with? (" + rootMessage(e) + ")", e.getSQLState(), e);
            }
            throw e;
        }
        return database;
    }

    /**
     * Turns on Derby's NATIVE authentication for this database when it is not on yet: the configured user gets its
     * credentials (it must be the database owner, the user that created it), and from then on Derby refuses a
     * connection without the right user and password. Nothing is done when it is on already. It cannot be turned
     * off again (Derby's rule); the password is changed with {@code SYSCS_UTIL.SYSCS_MODIFY_PASSWORD}.
     */
    private static void requireDerbyAuthentication(Connection connection, DatabaseSettings settings)
            throws SQLException {
        Handle h = Jdbi.open(connection); // not closed here: the caller closes the connection
        // Derby keeps NATIVE credentials in sys.sysusers (readable by the owner only) and does not show the provider
        // property once it is set: a credential there means authentication is on
        if (h.createQuery("select count(*) from sys.sysusers").mapTo(Integer.class).one() > 0) {
            return;
        }
        String owner = h.createQuery("select authorizationid from sys.sysschemas where schemaname = 'SYS'")
                .mapTo(String.class).one();
        if (!owner.equals(settings.derbyUserName())) {
            throw new SQLException("derby.authentication=true: the database belongs to user " + owner + ", not "
                    + settings.derbyUserName() + "; set user=" + owner + " in conf/" + DatabaseSettings.FILE
                    + " to turn authentication on for it", "28000");
        }
        // the owner's credentials are the first: storing them turns NATIVE::LOCAL authentication on, for good (and
        // with it SQL authorization, under which the owner keeps every right on what it owns)
        h.createCall("call syscs_util.syscs_create_user(:user, :password)").bind("user", settings.user())
                .bind("password", settings.password()).invoke();
        LOG.info("Derby authentication turned on: the database now requires user {} and its password", owner);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    public DatabaseKind kind() {
        return settings.kind();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** The database's name of a schema id: {@code MEDIATION} on Derby, {@code mediation} on PostgreSQL. */
    public String schemaName(String id) {
        if (!id.matches("[a-z][a-z0-9_]{0,29}")) {
            throw new IllegalArgumentException("schema id must be lower-case letters, digits and _: " + id);
        }
        return kind() == DatabaseKind.DERBY ? id.toUpperCase(java.util.Locale.ROOT) : id;
    }

    /** Pooled connections whose current schema is the given one; the schema must exist (migrate first). */
    public DataSource dataSource(String schemaId) {
        return pools.computeIfAbsent(schemaId, this::pool);
    }

    public Jdbi jdbi(String schemaId) {
        return jdbis.computeIfAbsent(schemaId, id -> Jdbi.create(dataSource(id)));
    }

    /**
     * Applies the pending migrations of a schema, all in one transaction (on failure none is kept). A schema whose
     * history already records exactly these files, unchanged, is found so with one query, without Flyway
     * ({@link AppliedMigrations}); a migration of the schema under way ahead ({@link #migrateAhead}) is waited for.
     *
     * @param schemaId     the schema, created when missing
     * @param historyTable Flyway's history table; modules sharing the platform schema each keep their own
     * @param migrations   where the SQL files are: a bundle's entries or the class path
     * @return the number of migrations applied
     * @throws org.flywaydb.core.api.FlywayException with the failing migration and the database's message
     */
    public int migrate(String schemaId, String historyTable, ResourceProvider migrations) {
        java.util.concurrent.CompletableFuture<Integer> ahead = migrationsAhead.get(schemaId);
        if (ahead != null) {
            try {
                ahead.join();
            } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                // tried again below: a failure is then this caller's, reported where it reports one
            }
        }
        return migrateNow(schemaId, historyTable, migrations);
    }

    /**
     * Applies a schema's migrations on {@code executor}, ahead of the {@link #migrate} call that will need them (the
     * runtime does this for a feature's plugins while the plugins before them start): from now until it has ended,
     * {@code migrate} on this schema waits for it, and then finds the schema up to date — or, when it failed, tries
     * again and fails itself, where its caller reports it. {@code applied} is told the number applied, on the
     * executor's thread, before any waiting caller goes on.
     */
    public java.util.concurrent.CompletableFuture<Integer> migrateAhead(String schemaId, String historyTable,
            ResourceProvider migrations, java.util.concurrent.Executor executor,
            java.util.function.IntConsumer applied) {
        var ahead = new java.util.concurrent.CompletableFuture<Integer>();
        migrationsAhead.put(schemaId, ahead);
        try {
            executor.execute(() -> {
                try {
                    int count = migrateNow(schemaId, historyTable, migrations);
                    applied.accept(count);
                    ahead.complete(count);
                } catch (RuntimeException | Error e) {
                    ahead.completeExceptionally(e);
                } finally {
                    migrationsAhead.remove(schemaId, ahead);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            migrationsAhead.remove(schemaId, ahead);
            ahead.completeExceptionally(e);
        }
        return ahead;
    }

    private int migrateNow(String schemaId, String historyTable, ResourceProvider migrations) {
        String schema = schemaName(schemaId);
        // one at a time per schema: two callers on one schema (a console's update and a deploy/ one) do not race
        // each other in Flyway; the second finds the first's work done
        synchronized (migrationLocks.computeIfAbsent(schemaId, id -> new Object())) {
            return migrateLocked(schemaId, schema, historyTable, migrations);
        }
    }

    private int migrateLocked(String schemaId, String schema, String historyTable, ResourceProvider migrations) {
        // an existing home's start: every file applied and unchanged is one query, not a Flyway run per schema
        try (Connection connection = connect()) {
            if (AppliedMigrations.upToDate(connection, schema, historyTable, migrations)) {
                return 0;
            }
        } catch (SQLException e) {
            LOG.debug("schema {}: history not checked ahead of Flyway: {}", schema, e.getMessage());
        }
        flywayRuns.incrementAndGet();
        try (HikariDataSource connections = unpooled(schemaId)) {
            return migrate(schema, historyTable, migrations, connections);
        }
    }

    /**
     * How many {@link #migrate} calls in this process needed Flyway: those whose schema was not already up to date
     * with their files (for tests and the start-up's timeline: an existing home's start runs none).
     */
    public int flywayRuns() {
        return flywayRuns.get();
    }

    private static int migrate(String schema, String historyTable, ResourceProvider migrations, DataSource connections) {
        Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(connections)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table(historyTable)
                .resourceProvider(migrations)
                .group(true)
                // several histories may share the platform schema: the first migration of each starts from 0
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // an older bundle may run on a schema a newer version already migrated (backward-compatible migrations)
                .ignoreMigrationPatterns("*:future")
                .load();
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("schema {}: {} migration(s) applied, now at version {}", schema, result.migrationsExecuted,
                    result.targetSchemaVersion);
        }
        return result.migrationsExecuted;
    }

    /**
     * Opens the platform schema's connection pool and runs one query through JDBI, so that the first module that
     * reads data does not pay for the pool's connections and JDBI's set-up (the runtime calls it on its database
     * thread at start, after the migrations).
     */
    public void warmUp() {
        jdbi(PLATFORM_SCHEMA).withHandle(h -> h.createQuery(kind() == DatabaseKind.DERBY ? "values 1" : "select 1")
                .mapTo(Integer.class).one());
    }

    /**
     * Migrations from the class path, for the platform's own modules. A class path does not change while the
     * process runs, so the same migrations (schema, history table, location) are applied once per process: a
     * second call, e.g. a module's own call at start after the runtime applied its migrations ahead of time on
     * another thread, waits for the first to end and returns 0 (or throws what the first threw). A failed
     * migration, and {@link #dropSchema}, forget it, so that it can be tried again.
     */
    public int migrateFromClassPath(String schemaId, String historyTable, ClassLoader loader, String location) {
        String key = schemaId + '|' + historyTable + '|' + location;
        var mine = new java.util.concurrent.CompletableFuture<Integer>();
        var earlier = classPathMigrations.putIfAbsent(key, mine);
        if (earlier != null) {
            try {
                earlier.join();
                return 0;
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            }
        }
        try {
            int applied = migrate(schemaId, historyTable, new ClassPathMigrations(loader, location));
            mine.complete(applied);
            return applied;
        } catch (RuntimeException | Error e) {
            classPathMigrations.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * An online, consistent backup of the embedded database into {@code directory} (a copy of the database
     * directory that Derby can boot), refusing to replace an earlier backup there. Other databases are backed up
     * with their own tools (pg_dump).
     */
    public Path backup(Path directory) throws SQLException, IOException {
        return backup(directory, false);
    }

    /**
     * An online, consistent backup of the embedded database into {@code directory}. Refused, before anything is
     * written: a directory inside the live database's data directory (a backup there is lost with the data it should
     * save, and is copied into itself by the next backup), and — unless {@code replace} — a directory that already
     * holds a backup (Derby would replace it without a word).
     *
     * @throws IllegalArgumentException  for a directory inside the data directory
     * @throws FileAlreadyExistsException for an existing backup when {@code replace} is false
     */
    public Path backup(Path directory, boolean replace) throws SQLException, IOException {
        if (!settings.embedded()) {
            throw new UnsupportedOperationException("only the embedded Derby database is backed up by the platform; "
                    + "back up " + settings.url() + " with its own tools (for PostgreSQL: pg_dump)");
        }
        Path live = realPath(settings.embeddedDirectory());
        Path dataDirectory = live.getParent();
        Path target = realPath(directory);
        if (target.startsWith(dataDirectory)) {
            throw new IllegalArgumentException("a backup inside the live data directory " + dataDirectory
                    + " is not safe: choose a directory outside it (another disk, ideally)");
        }
        Path result = target.resolve(live.getFileName());
        if (Files.exists(result) && !replace) {
            throw new FileAlreadyExistsException(result.toString(), null,
                    "a backup is there already; choose a new directory, or replace it (bin/district backup --force)");
        }
        Files.createDirectories(directory);
        try (Connection connection = dataSource(PLATFORM_SCHEMA).getConnection();
                var call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            call.setString(1, target.toString());
            call.execute();
        }
        return result;
    }

    /** The real path of {@code path}, also when it does not exist yet (its nearest existing ancestor's, resolved). */
    private static Path realPath(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
    }

    /** Bytes the embedded database takes on disk; -1 when it is not embedded. */
    public long sizeOnDisk() {
        if (!settings.embedded()) {
            return -1;
        }
        // Derby creates and deletes files in seg0 while it works (sorts, compaction, a new table): a file listed and
        // gone before it is read is skipped, not an error (Files.walk threw it out of /health as an error page)
        long[] total = {0};
        try {
            Files.walkFileTree(settings.embeddedDirectory(), new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        total[0] += attrs.size();
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
            return total[0];
        } catch (IOException e) {
            return -1;
        }
    }

    /** Drops a schema and everything in it (an uninstalled plugin's data, after the administrator confirmed). */
    public void dropSchema(String schemaId) throws SQLException {
        String schema = schemaName(schemaId);
        classPathMigrations.keySet().removeIf(key -> key.startsWith(schemaId + '|'));
        HikariDataSource pool = pools.remove(schemaId);
        jdbis.remove(schemaId);
        if (pool != null) {
            pool.close();
        }
        try (HikariDataSource connections = unpooled(schemaId)) {
            Flyway.configure(Database.class.getClassLoader()).dataSource(connections).schemas(schema)
                    .cleanDisabled(false).load().clean();
        }
        // Flyway's clean drops a schema it created itself; drop one it found
        try (Connection connection = connect(); var schemas = connection.getMetaData().getSchemas(null, schema)) {
            if (schemas.next()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA " + schema + (kind() == DatabaseKind.DERBY ? " RESTRICT" : " CASCADE"));
                }
            }
        }
    }

    private HikariDataSource pool(String schemaId) {
        HikariConfig config = config("district-" + schemaId);
        config.setSchema(schemaName(schemaId));
        config.setMaximumPoolSize(PLATFORM_SCHEMA.equals(schemaId) ? settings.maxPoolSize() : 5);
        config.setMinimumIdle(PLATFORM_SCHEMA.equals(schemaId) ? 2 : 0);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    /** A short-lived pool for a migration, apart from the schema's pool, closed when the migration ends. */
    private HikariDataSource unpooled(String schemaId) {
        HikariConfig config = config("district-migrate-" + schemaId);
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    private HikariConfig config(String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(settings.connectUrl());
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        return config;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.connectUrl(), settings.user(), settings.password());
    }

    /** Closes the pools and, for embedded Derby, shuts the database down cleanly. */
    @Override
    public void close() {
        pools.values().forEach(HikariDataSource::close);
        pools.clear();
        jdbis.clear();
        if (settings.embedded()) {
            try {
                DriverManager.getConnection(settings.url() + ";shutdown=true", settings.user(), settings.password())
                        .close();
            } catch (SQLException expected) {
                // Derby reports a clean shutdown with SQL state 08006
                if (!"08006".equals(expected.getSQLState())) {
                    LOG.warn("Derby shutdown: {}", expected.getMessage());
                }
            }
        }
    }
}
