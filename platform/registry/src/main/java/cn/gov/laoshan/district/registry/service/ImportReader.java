package cn.gov.laoshan.district.registry.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportProgress;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.ImportReport.Problem;
import cn.gov.laoshan.district.api.imports.ImportLimits;
import cn.gov.laoshan.district.api.imports.ImportProblem;
import cn.gov.laoshan.district.uikit.ZipLimits;
import cn.gov.laoshan.district.uikit.imports.ImportMessages;
import cn.gov.laoshan.district.uikit.imports.TableReader;
import cn.gov.laoshan.district.uikit.imports.TableRows;

/**
 * Reads and checks an import file completely, writing nothing: the enterprises of a good file, or every problem of
 * a bad one (row, field, what is wrong). The reading, its encodings and its limits are the platform's import kit's
 * ({@link TableReader}: at most {@link #MAX_FILE_BYTES} of the file, an .xlsx unpacking to at most
 * {@link #MAX_XLSX_INFLATED_BYTES}); what is the registry's own is the check of the rows, in parallel chunks
 * (a registry file may have half a million rows), at most {@link #MAX_ROWS} of them.
 */
public final class ImportReader {

    /** Problems reported at most; a file with more is refused with the first ones and a note. */
    public static final int MAX_PROBLEMS = 1000;

    /** Rows checked together on the executor. */
    public static final int CHUNK = 2048;

    /**
     * Data rows one file may hold. An import keeps the file's enterprises in memory until it has committed (about
     * half a kilobyte each, plus the search index merge): half a million rows fit the platform's default 1 GB heap
     * next to a registry of a million. A bigger file is refused with this number, before anything is written.
     */
    public static final int MAX_ROWS = 500_000;

    /**
     * The largest file read, in bytes: 100 MiB, about 500,000 CSV rows. A larger one is refused whole (the upload on
     * the screen is cut at the same size by the server, see {@code BoundedUpload}).
     */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    /**
     * What an .xlsx may unpack to, all its parts together: 1 GiB (500,000 rows of the registry's columns are about
     * 300 MB of sheet XML and shared strings), at most 100 times any part's compressed size.
     */
    public static final long MAX_XLSX_INFLATED_BYTES = 1024L * 1024 * 1024;

    /**
     * What one part of an .xlsx may unpack to: 256 MiB. fastexcel keeps the shared strings it has read in memory (up
     * to the highest index a cell refers to), so this bounds them; 500,000 demo rows have ~170 MB of shared strings
     * and ~205 MB of sheet XML.
     */
    public static final long MAX_XLSX_PART_BYTES = 256L * 1024 * 1024;

    private final RowValidator validator;
    private final java.util.concurrent.Executor executor;
    private final int maxRows;
    private final TableReader tableReader;

    /** Checks rows on the common fork-join pool while the file is read. */
    public ImportReader(RowValidator validator) {
        this(validator, java.util.concurrent.ForkJoinPool.commonPool(), MAX_ROWS);
    }

    public ImportReader(RowValidator validator, java.util.concurrent.Executor executor) {
        this(validator, executor, MAX_ROWS);
    }

    /** With another row limit than {@link #MAX_ROWS}. */
    public ImportReader(RowValidator validator, java.util.concurrent.Executor executor, int maxRows) {
        this(validator, executor, maxRows, MAX_FILE_BYTES,
                ZipLimits.of(MAX_XLSX_INFLATED_BYTES).withMaxEntryBytes(MAX_XLSX_PART_BYTES));
    }

    /** With other limits on rows, file size and an .xlsx's unpacked size. */
    public ImportReader(RowValidator validator, java.util.concurrent.Executor executor, int maxRows, long maxBytes,
            ZipLimits zipLimits) {
        this.validator = validator;
        this.executor = executor;
        this.maxRows = maxRows;
        this.tableReader = new TableReader(new ImportLimits(maxBytes, maxRows, MAX_PROBLEMS,
                Math.max(maxBytes, zipLimits.maxTotalBytes())), zipLimits);
    }

    /** What a file holds: its rows and enterprises when good, its problems when not. */
    /** @param rows each enterprise's row in the file, by code (for problems found when writing) */
    public record Parsed(int rowsRead, List<Enterprise> enterprises, List<Problem> problems, Map<String, Integer> rows) {
        Parsed(int rowsRead, List<Enterprise> enterprises, List<Problem> problems) {
            this(rowsRead, enterprises, problems, Map.of());
        }

        /** The row of the enterprise {@code uscc} in the file (header = 1), 0 when it is not in it. */
        public int rowOf(String uscc) {
            return rows.getOrDefault(uscc, 0);
        }
    }

    public Parsed read(InputStream in, ImportFormat format) throws IOException {
        return read(in, format, null);
    }

    /**
     * Reads and checks the file; with a sink, the good rows are also handed to it in file order, a chunk at a time,
     * as long as no problem has been found — so that the database can write them while the rest is read (a later
     * problem must undo that).
     */
    public Parsed read(InputStream in, ImportFormat format, java.util.function.Consumer<List<Enterprise>> sink) throws IOException {
        return read(in, format, sink, ImportProgress.NONE);
    }

    /** {@link #read(InputStream, ImportFormat, java.util.function.Consumer)}, telling {@code progress} the rows read. */
    public Parsed read(InputStream in, ImportFormat format, java.util.function.Consumer<List<Enterprise>> sink,
            ImportProgress progress) throws IOException {
        return readRows(in, format, new Checker(sink, progress));
    }

    /**
     * Reads the file with the import kit's {@link TableReader} (at most the byte limit of it; CSV in UTF-8 or GB18030,
     * or the first sheet of an .xlsx within the decompression limits) into {@code rows}: the enterprise checker here,
     * or another importer's (enterprise facts), which so share the limits and the messages of the platform's imports.
     */
    public <R> R readRows(InputStream in, ImportFormat format, TableRows<R> rows) throws IOException {
        return tableReader.read(in, cn.gov.laoshan.district.api.imports.ImportFormat.valueOf(format.name()), rows);
    }

    /** The limits of this reader, for an importer built on {@link cn.gov.laoshan.district.uikit.imports.CheckedRows}. */
    public ImportLimits limits() {
        return tableReader.limits();
    }

    /** The import kit's reader with this reader's limits. */
    public TableReader tableReader() {
        return tableReader;
    }

    /** An import kit's report as the enterprise registry's api reports it (its older, binary-compatible copy). */
    public static ImportReport report(cn.gov.laoshan.district.api.imports.ImportReport report) {
        return new ImportReport(report.rowsRead(), report.rowsImported(), report.problems().stream().map(ImportReader::problem).toList());
    }

    /** The enterprise registry's report as the import kit's (for the shared report dialog). */
    public static cn.gov.laoshan.district.api.imports.ImportReport generic(ImportReport report) {
        return new cn.gov.laoshan.district.api.imports.ImportReport(report.rowsRead(), report.rowsImported(), report.problems()
                .stream().map(p -> new ImportProblem(p.row(), p.field(), p.messageZh(), p.messageEn())).toList());
    }

    /** A problem of the import kit as the enterprise registry's api reports it. */
    public static Problem problem(ImportProblem p) {
        return new Problem(p.row(), p.field(), p.messageZh(), p.messageEn());
    }

    /**
     * Collects rows: header mapping, per-row checks, duplicate codes. Rows are checked in chunks on the executor
     * while the file is still being read (reading an .xlsx costs as much as checking it); the results are taken in
     * row order, so the report, the duplicate check and the stop after {@value #MAX_PROBLEMS} problems are what a
     * sequential pass would give.
     */
    private final class Checker implements TableRows<Parsed> {
        private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
        private final List<Enterprise> enterprises = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();
        /** The results taken so far: each chunk is taken after the one before, on whichever thread is free. */
        private java.util.concurrent.CompletableFuture<Void> taken = java.util.concurrent.CompletableFuture.completedFuture(null);
        private final java.util.ArrayDeque<java.util.concurrent.CompletableFuture<Void>> pending = new java.util.ArrayDeque<>();
        private List<Checked> chunk = new ArrayList<>(CHUNK);
        private volatile boolean stopped;
        /** The file has more data rows than {@link #maxRows}: refused whole, whatever the rows say. */
        private volatile boolean tooManyRows;
        /** Rows taken into the result (checked, in order). */
        private int rows;
        /** Rows read from the file so far. */
        private int read;

        private final java.util.function.Consumer<List<Enterprise>> sink;

        private final ImportProgress progress;

        Checker(java.util.function.Consumer<List<Enterprise>> sink, ImportProgress progress) {
            this.sink = sink;
            this.progress = progress;
        }

        @Override
        public int rowsRead() {
            return read;
        }

        @Override
        public Parsed failed(ImportProblem problem) {
            return new Parsed(0, List.of(), List.of(problem(problem)));
        }

        @Override
        public Parsed empty() {
            return failed(ImportMessages.KIT.fileProblem("import.empty", "统一社会信用代码、企业名称、登记状态……"));
        }

        @Override
        public boolean header(List<String> headers) {
            for (int i = 0; i < headers.size(); i++) {
                Column column = Column.ofHeader(headers.get(i));
                if (column != null) {
                    columns.putIfAbsent(column, i);
                }
            }
            for (Column column : Column.values()) {
                if (column.required() && !columns.containsKey(column)) {
                    problems.add(problem(ImportMessages.KIT.problem(1, column.zh(), "import.missing-column", column.zh())));
                }
            }
            return problems.isEmpty();
        }

        /** @return false when there are too many problems (or rows) to go on */
        @Override
        public boolean row(int row, String[] values, boolean excel) {
            if (read == maxRows) {
                tooManyRows = true;
                stopped = true;
                return false;
            }
            read++;
            chunk.add(new Checked(row, values, excel));
            if (chunk.size() == CHUNK) {
                progress.rowsRead(read);
                List<Checked> full = chunk;
                chunk = new ArrayList<>(CHUNK);
                then(java.util.concurrent.CompletableFuture.supplyAsync(() -> check(full), executor));
                // at most two chunks read ahead of the checks: memory stays bounded for any file size
                while (pending.size() > 2) {
                    pending.removeFirst().join();
                }
            }
            return !stopped;
        }

        private void then(java.util.concurrent.CompletableFuture<List<Checked>> checked) {
            taken = taken.thenCombine(checked, (done, chunk) -> {
                take(chunk);
                return null;
            });
            pending.add(taken);
        }

        private List<Checked> check(List<Checked> checked) {
            for (Checked c : checked) {
                Map<Column, String> byColumn = new EnumMap<>(Column.class);
                columns.forEach((column, index) -> byColumn.put(column, index < c.values.length ? c.values[index] : null));
                c.result = validator.parse(c.row, byColumn, c.excel);
                c.values = null;
            }
            return checked;
        }

        private void take(List<Checked> taken) {
            int before = enterprises.size();
            for (Checked c : taken) {
                if (stopped) {
                    return;
                }
                rows++;
                if (c.result.ok()) {
                    Enterprise e = c.result.enterprise();
                    Integer first = seen.putIfAbsent(e.uscc().value(), c.row);
                    if (first != null) {
                        problems.add(problem(ImportMessages.KIT.problem(c.row, Column.USCC.zh(), "import.duplicate",
                                Column.USCC.zh(), e.uscc().value(), String.valueOf(first))));
                    } else if (problems.isEmpty()) {
                        enterprises.add(e);
                    }
                } else {
                    problems.addAll(c.result.problems());
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    problems.add(problem(ImportMessages.KIT.fileProblem("import.too-many-problems", ImportMessages.number(MAX_PROBLEMS))));
                    stopped = true;
                }
            }
            if (sink != null && problems.isEmpty() && enterprises.size() > before) {
                sink.accept(new ArrayList<>(enterprises.subList(before, enterprises.size())));
            }
        }

        @Override
        public Parsed result() {
            then(java.util.concurrent.CompletableFuture.completedFuture(check(chunk)));
            chunk = new ArrayList<>();
            taken.join();
            pending.clear();
            if (tooManyRows) {
                return new Parsed(read, List.of(), List.of(problem(ImportMessages.KIT.fileProblem("import.too-many-rows",
                        ImportMessages.number(maxRows)))));
            }
            if (problems.isEmpty() && rows == 0) {
                return failed(ImportMessages.KIT.fileProblem("import.no-rows"));
            }
            return new Parsed(rows, problems.isEmpty() ? enterprises : List.of(), problems, problems.isEmpty() ? seen : Map.of());
        }
    }

    /** One row on its way through the checks: its texts, then its result. */
    private static final class Checked {
        final int row;
        final boolean excel;
        String[] values;
        RowValidator.Result result;

        Checked(int row, String[] values, boolean excel) {
            this.row = row;
            this.values = values;
            this.excel = excel;
        }
    }
}
