package cn.gov.laoshan.district.registry.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportProgress;
import cn.gov.laoshan.district.api.enterprise.ImportReport.Problem;
import cn.gov.laoshan.district.api.enterprise.Uscc;

/**
 * Reads and checks an import file completely, writing nothing: the enterprises of a good file, or every problem of
 * a bad one (row, field, what is wrong). CSV is read as UTF-8 (with or without BOM) unless it is not valid UTF-8,
 * then as GBK/GB18030 (what Excel in China saves); .xlsx through fastexcel's streaming reader, first sheet.
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

    private final RowValidator validator;
    private final java.util.concurrent.Executor executor;
    private final int maxRows;

    /** Checks rows on the common fork-join pool while the file is read. */
    public ImportReader(RowValidator validator) {
        this(validator, java.util.concurrent.ForkJoinPool.commonPool(), MAX_ROWS);
    }

    public ImportReader(RowValidator validator, java.util.concurrent.Executor executor) {
        this(validator, executor, MAX_ROWS);
    }

    /** With another row limit than {@link #MAX_ROWS}. */
    public ImportReader(RowValidator validator, java.util.concurrent.Executor executor, int maxRows) {
        this.validator = validator;
        this.executor = executor;
        this.maxRows = maxRows;
    }

    /** What a file holds: its rows and enterprises when good, its problems when not. */
    public record Parsed(int rowsRead, List<Enterprise> enterprises, List<Problem> problems) {
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
        Checker checker = new Checker(sink, progress);
        return switch (format) {
            case CSV -> readCsv(in.readAllBytes(), checker);
            case XLSX -> readXlsx(in, checker);
        };
    }

    /** The text of a CSV file: UTF-8 (BOM removed) when it decodes as UTF-8, else GB18030 (a superset of GBK). */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    private Parsed readCsv(byte[] bytes, Checker checker) throws IOException {
        String text = decode(bytes);
        try (Reader reader = new StringReader(text);
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
            return new Parsed(0, List.of(), List.of(new Problem(0, null, "CSV文件格式有误：" + e.getMessage(),
                    "The CSV file is malformed: " + e.getMessage())));
        }
    }

    private Parsed readXlsx(InputStream in, Checker checker) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in); Stream<Row> rows = workbook.getFirstSheet().openStream()) {
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
            if (checker.read > 0) {
                throw e;
            }
            return new Parsed(0, List.of(), List.of(new Problem(0, null, "无法读取Excel文件（应为.xlsx格式）：" + e.getMessage(),
                    "The Excel file cannot be read (it must be .xlsx): " + e.getMessage())));
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
    private final class Checker {
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

        Parsed empty() {
            return new Parsed(0, List.of(), List.of(new Problem(0, null, "文件为空：第一行应为表头（统一社会信用代码、企业名称、登记状态……）。",
                    "The file is empty: the first row must be the headers (统一社会信用代码, 企业名称, 登记状态, ...).")));
        }

        boolean header(List<String> headers) {
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
        boolean row(int row, String[] values, boolean excel) {
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

        Parsed result() {
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
            return new Parsed(rows, problems.isEmpty() ? enterprises : List.of(), problems);
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
