package cn.gov.laoshan.district.uikit.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import cn.gov.laoshan.district.api.imports.ImportFormat;
import cn.gov.laoshan.district.api.imports.ImportLimits;
import cn.gov.laoshan.district.uikit.ZipLimits;

/**
 * Reads a CSV or .xlsx file a row at a time into a {@link TableRows}, within {@link ImportLimits}: at most
 * {@code maxBytes} of the upload are read (spooled to a temporary file, deleted after; one byte more refuses the
 * file whole); CSV is read as UTF-8 (with or without BOM) unless it is not valid UTF-8, then as GB18030 (a superset
 * of the GBK Excel saves in China), and parsed by commons-csv a record at a time; an .xlsx must pass
 * {@link ZipLimits} ({@code maxUnpackedBytes}, each part at most a quarter of it, an honest compression ratio)
 * before fastexcel's streaming reader opens its first sheet. Blank rows are skipped. The row limit and the
 * problems are the {@code TableRows}' business ({@link CheckedRows} applies the limits). Messages: {@link ImportMessages#KIT}.
 */
public final class TableReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final ImportLimits limits;
    private final ZipLimits zipLimits;

    public TableReader(ImportLimits limits) {
        this(limits, ZipLimits.of(limits.maxUnpackedBytes()).withMaxEntryBytes(Math.max(limits.maxBytes(), limits.maxUnpackedBytes() / 4)));
    }

    /** With decompression limits of its own (a reader keeping one part in memory bounds that part). */
    public TableReader(ImportLimits limits, ZipLimits zipLimits) {
        this.limits = limits;
        this.zipLimits = zipLimits;
    }

    public ImportLimits limits() {
        return limits;
    }

    /** Reads the file into {@code rows}; {@code in} is read (at most the byte limit and one byte) but not closed. */
    public <R> R read(InputStream in, ImportFormat format, TableRows<R> rows) throws IOException {
        // to disk first: CSV is read twice (its encoding, then its rows) and an .xlsx is opened as a ZIP file on
        // disk rather than a byte array holding the whole workbook
        Path spooled = Files.createTempFile("district-import-", format == ImportFormat.CSV ? ".csv" : ".xlsx");
        try {
            long size;
            try (InputStream bounded = BoundedInputStream.builder().setInputStream(in).setMaxCount(limits.maxBytes() + 1)
                    .setPropagateClose(false).get(); OutputStream out = Files.newOutputStream(spooled)) {
                size = bounded.transferTo(out);
            }
            if (size > limits.maxBytes()) {
                return rows.failed(ImportMessages.KIT.fileProblem("import.too-large", ImportMessages.number(limits.maxMegabytes())));
            }
            return switch (format) {
                case CSV -> readCsv(spooled, rows);
                case XLSX -> readXlsx(spooled, rows);
            };
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    /** The encoding of a CSV file: UTF-8 (a BOM allowed) when all of it decodes as UTF-8, else GB18030. */
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

    private static <R> R readCsv(Path file, TableRows<R> rows) throws IOException {
        Charset charset = charset(file);
        try (Reader reader = new BufferedReader(new InputStreamReader(BOMInputStream.builder().setPath(file).get(), charset),
                64 * 1024);
                CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            // the record's number (header = 1): a quoted line break stays inside its record, as in a spreadsheet
            return feed(parser.stream().map(record -> new Line((int) record.getRecordNumber(),
                    record.stream().map(v -> v == null || v.isEmpty() ? null : v).toArray(String[]::new))), rows, false);
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken quote as an exception
            return rows.failed(ImportMessages.KIT.fileProblem("import.csv-malformed", e.getMessage()));
        }
    }

    /** A line of the file as read: its number (the header's is 1) and its cells, {@code null} where empty. */
    private record Line(int number, String[] values) {
    }

    /**
     * Hands the file's lines to {@code rows}, as they are read: blank lines skipped, the first other one as the
     * header (refused: the read ends), each further one as a row until {@code rows} says stop.
     */
    private static <R> R feed(Stream<Line> lines, TableRows<R> rows, boolean xlsx) {
        boolean header = false;
        for (Iterator<Line> it = lines.iterator(); it.hasNext();) {
            Line line = it.next();
            if (Arrays.stream(line.values()).allMatch(Objects::isNull)) {
                continue;
            }
            if (!header) {
                header = true;
                if (!rows.header(Arrays.asList(line.values()))) {
                    return rows.result();
                }
                continue;
            }
            if (!rows.row(line.number(), line.values(), xlsx)) {
                break;
            }
        }
        return header ? rows.result() : rows.empty();
    }

    private <R> R readXlsx(Path file, TableRows<R> rows) throws IOException {
        try {
            // a small file must not unpack into gigabytes before (or while) the rows are read
            zipLimits.check(file);
        } catch (ZipLimits.Exceeded e) {
            return rows.failed(e.notZip() ? ImportMessages.KIT.fileProblem("import.not-xlsx", e.getMessage())
                    : ImportMessages.KIT.fileProblem("import.xlsx-unpacks-too-much",
                            ImportMessages.number(zipLimits.maxTotalBytes() / (1024 * 1024))));
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            return feed(stream.map(row -> new Line(row.getRowNum(), IntStream.range(0, row.getCellCount())
                    .mapToObj(i -> cellText(row.getCell(i))).toArray(String[]::new))), rows, true);
        } catch (IOException | RuntimeException e) {
            if (rows.rowsRead() > 0) {
                throw e;
            }
            return rows.failed(ImportMessages.KIT.fileProblem("import.not-xlsx", String.valueOf(e.getMessage())));
        }
    }

    /** A cell as text: {@code null} when empty or blank; a number as a plain decimal; a date-formatted number as yyyy-MM-dd. */
    static String cellText(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        String text;
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            String format = cell.getDataFormatString();
            text = format != null && (format.contains("y") || format.contains("d")) && !format.contains("0.")
                    ? LocalDate.of(1899, 12, 30).plusDays(number.longValue()).toString()
                    : number.stripTrailingZeros().toPlainString();
        } else {
            text = cell.getText();
        }
        return text == null || text.isBlank() ? null : text.strip();
    }
}
