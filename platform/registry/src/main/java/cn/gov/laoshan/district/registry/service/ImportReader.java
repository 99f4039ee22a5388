package cn.gov.laoshan.district.registry.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportProgress;
import cn.gov.laoshan.district.api.enterprise.ImportReport.Problem;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.uikit.ZipLimits;

/**
 * Reads and checks an import file completely, writing nothing: the enterprises of a good file, or every problem of
 * a bad one (row, field, what is wrong). CSV is read as UTF-8 (with or without BOM) unless it is not valid UTF-8,
 * then as GBK/GB18030 (what Excel in China saves); .xlsx through fastexcel's streaming reader, first sheet. Bounded
 * throughout: at most {@link #MAX_FILE_BYTES} of the file are read (spooled to a temporary file, deleted after),
 * CSV is streamed a row at a time, an .xlsx must pass {@link ZipLimits} (at most {@link #MAX_XLSX_INFLATED_BYTES}
 * unpacked) before it is opened, and at most {@link #MAX_ROWS} rows are taken.
 */
public final class ImportReader {

    /** Problems reported at most; a file with more is refused with the first ones and a note. */
    public static final int MAX_PROBLEMS = 1000;
    private static final Charset GB18030 = Charset.forName("GB18030");

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
    private final long maxBytes;
    private final ZipLimits zipLimits;

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
        this.maxBytes = maxBytes;
        this.zipLimits = zipLimits;
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
     * What takes the rows of a file, in order: the enterprise checker here, or another importer's (enterprise
     * facts), which so share the reading, the encodings, the limits and the messages of a file that cannot be read.
     */
    public interface Rows<R> {
        /** The header row; false when it lacks what is needed (then {@link #result()} tells). */
        boolean header(List<String> headers);

        /** One data row (row numbers as the user sees them, header = 1); false to stop reading. */
        boolean row(int row, String[] values, boolean excel);

        /** Rows taken so far. */
        int rowsRead();

        /** The result after the last row. */
        R result();

        /** The result for a file with nothing in it. */
        R empty();

        /** The result for a file that cannot be read at all. */
        R failed(Problem problem);
    }

    /** Reads the file (at most the byte limit of it; CSV in UTF-8 or GB18030, or the first sheet of an .xlsx) into {@code rows}. */
    public <R> R readRows(InputStream in, ImportFormat format, Rows<R> checker) throws IOException {
        // the file goes to disk first, at most MAX_FILE_BYTES of it: CSV is read twice (its encoding, then its rows)
        // and an .xlsx is opened as a ZIP file on disk instead of a byte array holding the whole workbook
        Path spooled = Files.createTempFile("district-import-", format == ImportFormat.CSV ? ".csv" : ".xlsx");
        try {
            long size;
            try (InputStream bounded = BoundedInputStream.builder().setInputStream(in).setMaxCount(maxBytes + 1)
                    .setPropagateClose(false).get(); OutputStream out = Files.newOutputStream(spooled)) {
                size = bounded.transferTo(out);
            }
            if (size > maxBytes) {
                return checker.failed(tooLarge());
            }
            return switch (format) {
                case CSV -> readCsv(spooled, checker);
                case XLSX -> readXlsx(spooled, checker);
            };
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    private Problem tooLarge() {
        String megabytes = String.valueOf(maxBytes / (1024 * 1024));
        return new Problem(0, null, "文件超过" + megabytes + " MB：请拆分为多个文件分批导入。未导入任何数据。",
                "The file is larger than " + megabytes + " MB: split it into several files and import them one after "
                        + "the other. Nothing was imported.");
    }

    /** The encoding of a CSV file: UTF-8 (a BOM allowed) when all of it decodes as UTF-8, else GB18030 (a superset of GBK). */
    static Charset charset(Path file) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[64 * 1024];
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return GB18030;
        }
    }

    private <R> R readCsv(Path file, Rows<R> checker) throws IOException {
        Charset charset = charset(file);
        // streamed: a line at a time, whatever the file's size (the UTF-8 BOM is skipped, GB18030 has none)
        try (Reader reader = new java.io.BufferedReader(new InputStreamReader(BOMInputStream.builder().setPath(file)
                .get(), charset), 64 * 1024);
                CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return checker.empty();
            }
            CSVRecord header = records.next();
            List<String> headers = new ArrayList<>();
            header.forEach(headers::add);
            if (!checker.header(headers)) {
                return checker.result();
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int row = (int) record.getRecordNumber();
                String[] values = new String[record.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = record.get(i);
                }
                if (!checker.row(row, values, false)) {
                    break;
                }
            }
            return checker.result();
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken quote as an exception
            return checker.failed(new Problem(0, null, "CSV文件格式有误：" + e.getMessage(),
                    "The CSV file is malformed: " + e.getMessage()));
        }
    }

    private <R> R readXlsx(Path file, Rows<R> checker) throws IOException {
        try {
            // a small file must not unpack into gigabytes before (or while) the rows are read
            zipLimits.check(file);
        } catch (ZipLimits.Exceeded e) {
            if (e.notZip()) {
                return checker.failed(new Problem(0, null, "无法读取Excel文件（应为.xlsx格式）：" + e.getMessage(),
                        "The Excel file cannot be read (it must be .xlsx): " + e.getMessage()));
            }
            String megabytes = String.valueOf(zipLimits.maxTotalBytes() / (1024 * 1024));
            return checker.failed(new Problem(0, null, "Excel文件解压后过大（上限" + megabytes
                    + " MB，或压缩比异常），未导入任何数据。", "The Excel file unpacks to too much data (more than " + megabytes
                            + " MB, or an unusual compression ratio). Nothing was imported."));
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = rows.iterator();
            boolean headerDone = false;
            while (it.hasNext()) {
                Row row = it.next();
                String[] values = new String[row.getCellCount()];
                boolean blank = true;
                for (int i = 0; i < values.length; i++) {
                    values[i] = cellText(row.getCell(i));
                    blank &= values[i] == null || values[i].isBlank();
                }
                if (blank) {
                    continue;
                }
                if (!headerDone) {
                    headerDone = true;
                    if (!checker.header(java.util.Arrays.asList(values))) {
                        return checker.result();
                    }
                    continue;
                }
                if (!checker.row(row.getRowNum(), values, true)) {
                    break;
                }
            }
            return headerDone ? checker.result() : checker.empty();
        } catch (IOException | RuntimeException e) {
            if (checker.rowsRead() > 0) {
                throw e;
            }
            return checker.failed(new Problem(0, null, "无法读取Excel文件（应为.xlsx格式）：" + e.getMessage(),
                    "The Excel file cannot be read (it must be .xlsx): " + e.getMessage()));
        }
    }

    private static String cellText(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            String format = cell.getDataFormatString();
            if (format != null && (format.contains("y") || format.contains("d")) && !format.contains("0.")) {
                return LocalDate.of(1899, 12, 30).plusDays(number.longValue()).toString();
            }
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    /**
     * Collects rows: header mapping, per-row checks, duplicate codes. Rows are checked in chunks on the executor
     * while the file is still being read (reading an .xlsx costs as much as checking it); the results are taken in
     * row order, so the report, the duplicate check and the stop after {@value #MAX_PROBLEMS} problems are what a
     * sequential pass would give.
     */
    private final class Checker implements Rows<Parsed> {
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
        public Parsed failed(Problem problem) {
            return new Parsed(0, List.of(), List.of(problem));
        }

        @Override
        public Parsed empty() {
            return new Parsed(0, List.of(), List.of(new Problem(0, null, "文件为空：第一行应为表头（统一社会信用代码、企业名称、登记状态……）。",
                    "The file is empty: the first row must be the headers (统一社会信用代码, 企业名称, 登记状态, ...).")));
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
                    problems.add(new Problem(1, column.zh(), "表头缺少必填列“" + column.zh() + "”。",
                            "The header row lacks the required column \"" + column.zh() + "\" (" + column.en() + ")."));
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
                        problems.add(new Problem(c.row, Column.USCC.zh(), "统一社会信用代码" + e.uscc() + "与第" + first + "行重复。",
                                "The code " + e.uscc() + " appears already in row " + first + "."));
                    } else if (problems.isEmpty()) {
                        enterprises.add(e);
                    }
                } else {
                    problems.addAll(c.result.problems());
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    problems.add(new Problem(0, null, "问题过多，仅列出前" + MAX_PROBLEMS + "项；其余行未检查。",
                            "Too many problems: the first " + MAX_PROBLEMS + " are listed, later rows were not checked."));
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
                String limit = String.format(Locale.ROOT, "%,d", maxRows);
                return new Parsed(read, List.of(), List.of(new Problem(0, null,
                        "文件超过" + limit + "行数据：请拆分为多个文件分批导入。未导入任何数据。",
                        "The file has more than " + limit + " data rows: split it into several files and import them "
                                + "one after the other. Nothing was imported.")));
            }
            if (problems.isEmpty() && rows == 0) {
                return new Parsed(0, List.of(), List.of(new Problem(0, null, "文件没有数据行。", "The file has no data rows.")));
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
