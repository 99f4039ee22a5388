package cn.gov.laoshan.district.registry.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportProgress;
import cn.gov.laoshan.district.api.enterprise.ImportReport;

/**
 * Writes many enterprises at once, all or nothing: an import file (read and checked by {@link ImportReader}) or a
 * list (demo data). On PostgreSQL, and into an empty registry on embedded Derby, the rows are written while the file
 * is still being read, by the dialect's bulk path (PostgreSQL {@code COPY}, Derby's bulk insert from the table
 * function {@link EnterpriseRows}); otherwise by JDBC batches once the file has been read. No permission check:
 * the registry does that.
 */
final class BulkImport {

    private static final Logger LOG = LoggerFactory.getLogger(BulkImport.class);
    /** {@link #streamInto}'s result when the registry was not empty after all (nothing written). */
    private static final int NOT_EMPTY = -1;
    /**
     * PostgreSQL's {@code COPY … (format csv)} input: every value quoted (quotes doubled), nothing for null — so an
     * empty text stays an empty text and a missing value is null.
     */
    private static final CSVFormat COPY_CSV = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setNullString("").setRecordSeparator('\n').get();

    private final Jdbi jdbi;
    private final SearchIndexMaintenance index;
    private final Clock clock;

    BulkImport(Jdbi jdbi, SearchIndexMaintenance index, Clock clock) {
        this.jdbi = jdbi;
        this.index = index;
        this.clock = clock;
    }

    /** Reads, checks and (when the whole file is good) writes the file; the report says which happened. */
    ImportReport importFile(InputStream in, ImportFormat format, String fileName, ImportProgress progress) throws IOException {
        long begin = System.nanoTime();
        Timestamp now = Timestamp.from(clock.instant());
        ImportReader reader = new ImportReader(new RowValidator(LocalDate.now(clock)));
        ImportReader.Parsed parsed;
        int written;
        if (jdbi.withHandle(h -> EnterpriseStore.postgresql(h) || EnterpriseStore.embeddedDerby(h) && EnterpriseStore.isEmpty(h))) {
            // PostgreSQL, or an empty registry on embedded Derby: the rows are written while the file is still read
            try (EnterpriseRows.Feed feed = new EnterpriseRows.Feed(now)) {
                CompletableFuture<Integer> writing = streamInto(feed);
                parsed = reader.read(in, format, feed::put, progress);
                if (!parsed.problems().isEmpty()) {
                    feed.abort("the file has problems");
                    awaitQuietly(writing);
                    return new ImportReport(parsed.rowsRead(), 0, parsed.problems());
                }
                progress.writing();
                feed.finish();
                List<Enterprise> enterprises = parsed.enterprises();
                try {
                    written = index.afterWrite(enterprises, now, () -> {
                        int n = writing.join();
                        // another import got there first: the registry is no longer empty, so write the usual way
                        return n == NOT_EMPTY ? jdbi.inTransaction(h -> write(h, enterprises, now, true)) : n;
                    });
                } catch (GradeChange.Refused refused) {
                    return refusedGrades(parsed, refused);
                }
            }
        } else {
            parsed = reader.read(in, format, null, progress);
            if (!parsed.problems().isEmpty()) {
                return new ImportReport(parsed.rowsRead(), 0, parsed.problems());
            }
            progress.writing();
            List<Enterprise> enterprises = parsed.enterprises();
            try {
                written = index.afterWrite(enterprises, now, () -> jdbi.inTransaction(h -> write(h, enterprises, now, true)));
            } catch (GradeChange.Refused refused) {
                return refusedGrades(parsed, refused);
            }
        }
        LOG.info("import {}: {} rows in {} ms", fileName, written, (System.nanoTime() - begin) / 1_000_000);
        return new ImportReport(parsed.rowsRead(), written, List.of());
    }

    /** Writes enterprises in one transaction: new codes inserted, known ones updated (grades as given: demo data). */
    int save(List<Enterprise> enterprises, Timestamp now) {
        return index.afterWrite(enterprises, now, () -> jdbi.inTransaction(h -> write(h, enterprises, now, false)));
    }

    /** The report of a file that would have changed registered grades: a problem on each such row, nothing written. */
    private static ImportReport refusedGrades(ImportReader.Parsed parsed, GradeChange.Refused refused) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        for (String[] change : refused.changes) {
            problems.add(GradeChange.problem(parsed.rowOf(change[0]), grade(change[1]), grade(change[2])));
        }
        problems.sort(Comparator.comparingInt(ImportReport.Problem::row));
        if (problems.size() > ImportReader.MAX_PROBLEMS) {
            problems = new ArrayList<>(problems.subList(0, ImportReader.MAX_PROBLEMS));
        }
        return new ImportReport(parsed.rowsRead(), 0, problems);
    }

    private static Enterprise withGrade(Enterprise e, CreditGrade grade) {
        return new Enterprise(e.uscc(), e.name(), e.type(), e.legalRepresentative(), e.registeredCapital(), e.establishedOn(),
                e.address(), e.industryCode(), e.status(), grade, e.size());
    }

    private static CreditGrade grade(String name) {
        return name == null ? null : CreditGrade.valueOf(name.strip());
    }

    /**
     * Starts writing the feed's rows on a thread of its own (the common pool checks the rows meanwhile), in one
     * transaction with the change logged: {@link #load}; it ends when the feed is finished (committed) or aborted
     * (rolled back, nothing written).
     */
    private CompletableFuture<Integer> streamInto(EnterpriseRows.Feed feed) {
        CompletableFuture<Integer> writing = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                writing.complete(jdbi.inTransaction(h -> EnterpriseStore.postgresql(h) || EnterpriseStore.isEmpty(h)
                        ? load(h, feed, true) : NOT_EMPTY));
            } catch (RuntimeException | Error e) {
                writing.completeExceptionally(e);
            } finally {
                feed.stopTaking();
            }
        }, "registry-import-writer");
        writer.setDaemon(true);
        writer.start();
        return writing;
    }

    private static void awaitQuietly(CompletableFuture<?> writing) {
        try {
            writing.join();
        } catch (CompletionException | CancellationException expected) {
            LOG.debug("registry import: bulk insert aborted as asked", expected);
        }
    }

    /**
     * @param keepGrades an import: a registered enterprise keeps its grade (an empty one in the file keeps it, another
     *            one is refused: {@link GradeChange}); demo data writes the grades as given
     */
    private int write(Handle h, List<Enterprise> enterprises, Timestamp now, boolean keepGrades) {
        boolean empty = EnterpriseStore.isEmpty(h);
        if (EnterpriseStore.postgresql(h) || empty && EnterpriseStore.embeddedDerby(h)) {
            try (EnterpriseRows.Feed feed = new EnterpriseRows.Feed(now)) {
                feed.put(enterprises);
                feed.finish();
                return load(h, feed, keepGrades);
            }
        }
        List<Enterprise> fresh = new ArrayList<>();
        List<Enterprise> known = new ArrayList<>();
        if (empty) {
            fresh.addAll(enterprises);
        } else {
            Map<String, String> existing = new HashMap<>();
            for (int i = 0; i < enterprises.size(); i += 500) {
                List<String> codes = enterprises.subList(i, Math.min(enterprises.size(), i + 500)).stream()
                        .map(e -> e.uscc().value()).toList();
                h.createQuery("select uscc, credit from enterprise where uscc in (<codes>)").bindList("codes", codes)
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                        .forEach(row -> existing.put(row[0], row[1] == null ? null : row[1].strip()));
            }
            List<String[]> changes = new ArrayList<>();
            for (Enterprise e : enterprises) {
                if (!existing.containsKey(e.uscc().value())) {
                    fresh.add(e);
                    continue;
                }
                String registered = existing.get(e.uscc().value());
                if (keepGrades && e.creditGrade() == null && registered != null) {
                    e = withGrade(e, CreditGrade.valueOf(registered));
                } else if (keepGrades && e.creditGrade() != null && !e.creditGrade().name().equals(registered)) {
                    changes.add(new String[] {e.uscc().value(), registered, e.creditGrade().name()});
                }
                known.add(e);
            }
            if (!changes.isEmpty()) {
                throw new GradeChange.Refused(changes);
            }
        }
        // in code order: each B-tree page of the primary key is visited once, not once per row
        fresh.sort(Comparator.comparing(e -> e.uscc().value()));
        EnterpriseStore.insert(h, fresh, now);
        EnterpriseStore.update(h, known, now);
        index.logChanges(h, enterprises);
        return enterprises.size();
    }

    /**
     * Writes the feed's rows in the handle's transaction and logs the change: on PostgreSQL by {@link #copy}, on
     * embedded Derby (an empty registry) by {@link #bulkInsert}.
     */
    private int load(Handle h, EnterpriseRows.Feed feed, boolean keepGrades) {
        int n = EnterpriseStore.postgresql(h) ? copy(h, feed, keepGrades) : bulkInsert(h, feed);
        index.logChanges(h, feed.taken());
        return n;
    }

    /**
     * Embedded Derby, empty registry, in the handle's transaction: {@code insert … select} from the table function
     * over the feed, which Derby runs as a bulk insert (rows unlogged, the primary key built once by sorting,
     * instead of a B-tree insert per row). The function (Derby only; PostgreSQL loads by {@code COPY}) is created on
     * first use.
     */
    private static int bulkInsert(Handle h, EnterpriseRows.Feed feed) {
        boolean declared = h.createQuery("select count(*) from sys.sysaliases a join sys.sysschemas s on a.schemaid = s.schemaid "
                + "where a.alias = 'ENTERPRISE_ROWS' and s.schemaname = current schema").mapTo(Integer.class).one() > 0;
        if (!declared) {
            h.execute(EnterpriseRows.FUNCTION);
        }
        String columns = EnterpriseStore.COLUMNS;
        return h.createUpdate("insert into enterprise (" + columns + ", updated_at) select " + columns
                + ", updated_at from table(enterprise_rows(:feed)) t").bind("feed", feed.key).execute();
    }

    /**
     * PostgreSQL: the rows go by {@code COPY} (as delimited text, chunk by chunk as the feed delivers them) into a
     * temporary table dropped at commit, then one {@code update} and one {@code insert} move them into the registry,
     * in the caller's transaction.
     */
    private static int copy(Handle h, EnterpriseRows.Feed feed, boolean keepGrades) {
        String columns = EnterpriseStore.COLUMNS;
        h.execute("create temporary table enterprise_load (like enterprise) on commit drop");
        try {
            org.postgresql.copy.CopyManager copy = h.getConnection().unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            copy.copyIn("copy enterprise_load (" + columns + ", updated_at) from stdin with (format csv, encoding 'UTF8')",
                    delimited(feed));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("writing enterprises failed: " + e.getMessage(), e);
        }
        if (keepGrades) {
            // a registered enterprise's grade changes only with a reason (GradeChange): refused, rolled back
            List<String[]> changes = h.createQuery("select l.uscc, e.credit, l.credit from enterprise_load l join enterprise e "
                    + "on e.uscc = l.uscc where l.credit is not null and (e.credit is null or e.credit <> l.credit) order by l.uscc")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
            if (!changes.isEmpty()) {
                throw new GradeChange.Refused(changes);
            }
        }
        h.execute("update enterprise e set name = l.name, type = l.type, legal_rep = l.legal_rep, capital = l.capital, "
                + "established = l.established, address = l.address, industry = l.industry, status = l.status, "
                + "credit = " + (keepGrades ? "coalesce(l.credit, e.credit)" : "l.credit")
                + ", size_class = l.size_class, updated_at = l.updated_at from enterprise_load l where e.uscc = l.uscc");
        h.execute("insert into enterprise (" + columns + ", updated_at) select " + columns + ", updated_at from enterprise_load l "
                + "where not exists (select 1 from enterprise e where e.uscc = l.uscc)");
        return feed.taken().size();
    }

    /** The rows as {@link #COPY_CSV} text, UTF-8. */
    static byte[] delimited(List<Enterprise> enterprises, Timestamp now) {
        StringBuilder csv = new StringBuilder(enterprises.size() * 256);
        String at = now.toString();
        try (CSVPrinter printer = new CSVPrinter(csv, COPY_CSV)) {
            for (Enterprise e : enterprises) {
                printer.printRecord(e.uscc().value(), e.name(), e.type(), e.legalRepresentative(),
                        e.registeredCapital() == null ? null : e.registeredCapital().toPlainString(),
                        e.establishedOn(), e.address(), e.industryCode(), e.status().name(),
                        e.creditGrade() == null ? null : e.creditGrade().name(),
                        e.size() == null ? null : e.size().name(), at);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The feed's rows as one stream of {@link #delimited} text, encoded a chunk at a time as they arrive. */
    private static InputStream delimited(EnterpriseRows.Feed feed) {
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int at;

            private boolean more() throws IOException {
                while (at == chunk.length) {
                    List<Enterprise> next;
                    try {
                        next = feed.take();
                    } catch (SQLException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                    if (next == null) {
                        return false;
                    }
                    chunk = delimited(next, feed.at);
                    at = 0;
                }
                return true;
            }

            @Override
            public int read() throws IOException {
                return more() ? chunk[at++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                if (!more()) {
                    return -1;
                }
                int n = Math.min(length, chunk.length - at);
                System.arraycopy(chunk, at, into, offset, n);
                at += n;
                return n;
            }
        };
    }
}
