package cn.gov.laoshan.district.uikit.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osgi.annotation.versioning.ConsumerType;

import cn.gov.laoshan.district.api.imports.ImportLimits;
import cn.gov.laoshan.district.api.imports.ImportProblem;
import cn.gov.laoshan.district.api.imports.ImportProgress;
import cn.gov.laoshan.district.api.money.InvalidAmountException;
import cn.gov.laoshan.district.api.money.Yuan;

/**
 * The checks every importer makes, so that it writes only its own rules: the header row mapped to
 * {@link ImportColumn}s by their Chinese or English names (a missing required column is a problem of row 1), one
 * {@link #check(Row)} per data row — its problems at their row and field, through {@link Row}'s readers (required
 * texts, dates, whole numbers, amounts of yuan, values unique in the file) —, the row limit (more rows: the file is
 * refused whole), at most {@code maxProblems} problems (then a note, and the rest is not checked), progress told
 * every {@value #PROGRESS_EVERY} rows, and {@link #finish(List)} for checks over the whole file (links between
 * rows). The result holds the checked records with their rows only when there is no problem at all.
 *
 * @param <T> what a good row becomes
 */
@ConsumerType
public abstract class CheckedRows<T> implements TableRows<CheckedRows.Result<T>> {

    /** Rows between two progress calls. */
    public static final int PROGRESS_EVERY = 2048;

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{1,5}(\\.0+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /** A good row: its number in the file and what it became. */
    public record Checked<T>(int row, T value) {
    }

    /**
     * The file read: {@code records} when there is no problem (then empty {@code problems}), else the problems and
     * no records.
     */
    public record Result<T>(int rowsRead, List<Checked<T>> records, List<ImportProblem> problems) {
        public Result {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** The records' values, in file order. */
        public List<T> values() {
            return records.stream().map(Checked::value).toList();
        }
    }

    private final ImportLimits limits;
    private final List<? extends ImportColumn> columns;
    private final ImportProgress progress;
    private final Map<ImportColumn, Integer> index = new HashMap<>();
    private final List<Checked<T>> records = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<ImportColumn, Map<Object, Integer>> seen = new HashMap<>();
    private int read;
    private boolean tooManyRows;
    private boolean stopped;

    protected CheckedRows(ImportLimits limits, List<? extends ImportColumn> columns, ImportProgress progress) {
        this.limits = limits;
        this.columns = List.copyOf(columns);
        this.progress = progress == null ? ImportProgress.NONE : progress;
    }

    /**
     * Checks one data row: reads its fields through {@code row} (which records their problems) and returns what it
     * becomes, or {@code null} when it has a problem (a value returned for a row with problems is ignored).
     */
    protected abstract T check(Row row);

    /** Who is told how far the reading got (and, by {@link FileImport}, when the writing starts). */
    public final ImportProgress progress() {
        return progress;
    }

    /**
     * Checks over the good rows once the file is read (links between rows, cycles); none by default. Called also
     * when other rows had problems (so that the report lists everything at once), but not after the problem limit.
     */
    protected List<ImportProblem> finish(List<Checked<T>> records) {
        return List.of();
    }

    @Override
    public final boolean header(List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            for (ImportColumn column : columns) {
                if (column.matches(headers.get(i))) {
                    index.putIfAbsent(column, i);
                }
            }
        }
        for (ImportColumn column : columns) {
            if (column.required() && !index.containsKey(column)) {
                problems.add(ImportMessages.KIT.problem(1, column.zh(), "import.missing-column", column.zh()));
            }
        }
        return problems.isEmpty();
    }

    @Override
    public final boolean row(int number, String[] values, boolean excel) {
        if (read == limits.maxRows()) {
            tooManyRows = true;
            return false;
        }
        read++;
        if (read % PROGRESS_EVERY == 0) {
            progress.rowsRead(read);
        }
        Row row = new Row(number, values, excel);
        T value = check(row);
        if (row.problems.isEmpty() && value != null) {
            records.add(new Checked<>(number, value));
        }
        problems.addAll(row.problems);
        if (problems.size() >= limits.maxProblems()) {
            problems.subList(limits.maxProblems(), problems.size()).clear();
            problems.add(ImportMessages.KIT.fileProblem("import.too-many-problems", ImportMessages.number(limits.maxProblems())));
            stopped = true;
        }
        return !stopped;
    }

    @Override
    public final int rowsRead() {
        return read;
    }

    @Override
    public final Result<T> result() {
        if (tooManyRows) {
            return failed(ImportMessages.KIT.fileProblem("import.too-many-rows", ImportMessages.number(limits.maxRows())));
        }
        if (problems.isEmpty() && read == 0) {
            return failed(ImportMessages.KIT.fileProblem("import.no-rows"));
        }
        if (!stopped) {
            // also when some rows had problems: the report lists everything at once
            problems.addAll(finish(records));
            if (problems.size() > limits.maxProblems()) {
                problems.subList(limits.maxProblems(), problems.size()).clear();
                problems.add(ImportMessages.KIT.fileProblem("import.too-many-problems", ImportMessages.number(limits.maxProblems())));
            }
        }
        return new Result<>(read, problems.isEmpty() ? records : List.of(), problems);
    }

    @Override
    public final Result<T> empty() {
        return failed(ImportMessages.KIT.fileProblem("import.empty",
                columns.stream().filter(ImportColumn::required).map(ImportColumn::zh).collect(Collectors.joining("、"))));
    }

    @Override
    public final Result<T> failed(ImportProblem problem) {
        return new Result<>(read, List.of(), List.of(problem));
    }

    /**
     * A date as people and spreadsheets write it: 2018-05-20, 2018/5/20, 2018.5.20, 2018年5月20日, 20180520, and in an
     * .xlsx ({@code excel}) a date serial (43240); {@code null} when the text is none of these.
     *
     * @throws DateTimeException a date that does not exist (2018-02-30)
     */
    public static LocalDate parseDate(String text, boolean excel) {
        String t = text.strip();
        Matcher m = DATE.matcher(t);
        Matcher compact = COMPACT_DATE.matcher(t);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } else if (compact.matches()) {
            return LocalDate.of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                    Integer.parseInt(compact.group(3)));
        } else if (excel && EXCEL_SERIAL.matcher(t).matches()) {
            return EXCEL_EPOCH.plusDays((long) Double.parseDouble(t));
        }
        return null;
    }

    /** One data row being checked: its fields, read as text or typed, and the problems found in it. */
    public final class Row {
        private final int number;
        private final String[] values;
        private final boolean excel;
        private final List<ImportProblem> problems = new ArrayList<>();

        Row(int number, String[] values, boolean excel) {
            this.number = number;
            this.values = values;
            this.excel = excel;
        }

        /** The row as the user sees it in the file (header = 1). */
        public int number() {
            return number;
        }

        /** Whether the file is an .xlsx (numbers there may be date serials). */
        public boolean excel() {
            return excel;
        }

        /** Whether no problem was found in the row so far. */
        public boolean ok() {
            return problems.isEmpty();
        }

        /** The field's text, stripped; {@code null} when blank or the file has no such column. */
        public String text(ImportColumn column) {
            Integer i = index.get(column);
            String v = i == null || i >= values.length ? null : values[i];
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** The field's text; when blank, a problem "… 不能为空" and {@code null}. */
        public String required(ImportColumn column) {
            String text = text(column);
            if (text == null) {
                problems.add(ImportMessages.KIT.problem(number, column.zh(), "import.required", column.zh()));
            }
            return text;
        }

        /** A problem of this row at {@code column} (or the row when {@code null}), in both languages. */
        public void problem(ImportColumn column, String messageZh, String messageEn) {
            problems.add(new ImportProblem(number, column == null ? null : column.zh(), messageZh, messageEn));
        }

        /** A problem of this row at {@code column}, its message {@code key} of {@code messages} in both languages. */
        public void problem(ImportColumn column, ImportMessages messages, String key, Object... args) {
            problems.add(messages.problem(number, column == null ? null : column.zh(), key, args));
        }

        /** A problem found elsewhere (a domain rule's), taken as it is. */
        public void problem(ImportProblem problem) {
            problems.add(problem);
        }

        /** A date ({@link CheckedRows#parseDate}); blank is {@code null}, or a problem when {@code mandatory}. */
        public LocalDate date(ImportColumn column, boolean mandatory) {
            String text = mandatory ? required(column) : text(column);
            if (text == null) {
                return null;
            }
            LocalDate date;
            try {
                date = parseDate(text, excel);
            } catch (DateTimeException e) {
                date = null;
            }
            if (date == null) {
                problems.add(ImportMessages.KIT.problem(number, column.zh(), "import.not-a-date", text));
            }
            return date;
        }

        /** A whole number (2025, 2025.0 from a spreadsheet, 2025年); blank is {@code null}, or a problem when {@code mandatory}. */
        public Integer wholeNumber(ImportColumn column, boolean mandatory) {
            String text = mandatory ? required(column) : text(column);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text.replace("年", "").strip()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                problems.add(ImportMessages.KIT.problem(number, column.zh(), "import.not-a-whole-number", text));
                return null;
            }
        }

        /** An amount of yuan ({@link Yuan#parse}: 125,000.00, 12.5万, ¥…); blank is {@code null}, or a problem when {@code mandatory}. */
        public Yuan yuan(ImportColumn column, boolean mandatory) {
            String text = mandatory ? required(column) : text(column);
            if (text == null) {
                return null;
            }
            try {
                return Yuan.parse(text);
            } catch (InvalidAmountException e) {
                problem(column, e.message(Locale.SIMPLIFIED_CHINESE), e.message(Locale.ENGLISH));
                return null;
            }
        }

        /**
         * Whether {@code key} is the first of its kind in the file for {@code column}; a later one is a problem
         * naming the row of the first ({@code shown} is how the key reads in the message).
         */
        public boolean unique(ImportColumn column, Object key, String shown) {
            Integer first = seen.computeIfAbsent(column, c -> new LinkedHashMap<>()).putIfAbsent(key, number);
            if (first != null) {
                problems.add(ImportMessages.KIT.problem(number, column.zh(), "import.duplicate", column.zh(), shown,
                        String.valueOf(first)));
                return false;
            }
            return true;
        }
    }
}
