package cn.gov.laoshan.district.uikit.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.imports.ImportFormat;
import cn.gov.laoshan.district.api.imports.ImportLimits;
import cn.gov.laoshan.district.api.imports.ImportProblem;
import cn.gov.laoshan.district.api.imports.ImportProgress;
import cn.gov.laoshan.district.api.imports.ImportRefusedException;
import cn.gov.laoshan.district.api.imports.ImportReport;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.testdoubles.MessageKeys;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.XlsxSheet;

/** The import kit on real files: CSV in both encodings, .xlsx, the limits, the checks, all or nothing on Derby. */
class ImportKitTest {

    enum Col implements ImportColumn {
        NAME("项目名称", "Project"), BUDGET("总投资", "Budget"), START("开工日期", "Start") {
            @Override
            public boolean required() {
                return false;
            }
        }, NOTE("备注", "Note") {
            @Override
            public boolean required() {
                return false;
            }
        };

        final String zh;
        final String en;

        Col(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        @Override
        public String zh() {
            return zh;
        }

        @Override
        public String en() {
            return en;
        }
    }

    record Budget(String name, Yuan amount, LocalDate start) {
    }

    static final class Budgets extends CheckedRows<Budget> {
        Budgets(ImportLimits limits, ImportProgress progress) {
            super(limits, List.of(Col.values()), progress);
        }

        @Override
        protected Budget check(Row row) {
            String name = row.required(Col.NAME);
            Yuan amount = row.yuan(Col.BUDGET, true);
            LocalDate start = row.date(Col.START, false);
            if (name != null) {
                row.unique(Col.NAME, name, name);
            }
            if (amount != null && amount.isNegative()) {
                row.problem(Col.BUDGET, "总投资不能为负数。", "The budget cannot be negative.");
            }
            return row.ok() ? new Budget(name, amount, start) : null;
        }
    }

    private static final ImportLimits LIMITS = ImportLimits.of(1024 * 1024, 100);

    private static CheckedRows.Result<Budget> read(String csv, Charset charset, ImportLimits limits) throws IOException {
        return new TableReader(limits).read(new ByteArrayInputStream(csv.getBytes(charset)), ImportFormat.CSV,
                new Budgets(limits, ImportProgress.NONE));
    }

    @Test
    void readsCsvInUtf8WithBomAndInGbk() throws IOException {
        String csv = "项目名称,总投资,开工日期\n崂山湾片区,12.5万,2026/3/1\n\n\"中韩,街道\",\"125,000.00 元\",20260302\n";
        for (CheckedRows.Result<Budget> result : List.of(read(csv, StandardCharsets.UTF_8, LIMITS),
                read("\uFEFF" + csv, StandardCharsets.UTF_8, LIMITS), read(csv, Charset.forName("GBK"), LIMITS))) {
            assertTrue(result.ok(), result.problems().toString());
            assertEquals(2, result.rowsRead());
            assertEquals(List.of(new Budget("崂山湾片区", Yuan.of(125_000), LocalDate.of(2026, 3, 1)),
                    new Budget("中韩,街道", Yuan.of(125_000), LocalDate.of(2026, 3, 2))), result.values());
            assertEquals(List.of(2, 3), result.records().stream().map(CheckedRows.Checked::row).toList(),
                    "rows are records (header = 1): a blank line is skipped, a quoted line break stays in its record");
        }
    }

    @Test
    void findsColumnsByEnglishHeadersInAnyOrder() throws IOException {
        CheckedRows.Result<Budget> result = read("budget,PROJECT\n1.5,沙子口\n", StandardCharsets.UTF_8, LIMITS);
        assertTrue(result.ok(), result.problems().toString());
        assertEquals(Yuan.parse("1.50"), result.values().get(0).amount());
    }

    @Test
    void reportsEveryProblemWithItsRowAndFieldInBothLanguages() throws IOException {
        CheckedRows.Result<Budget> result = read("项目名称,总投资,开工日期\n甲,1.005,2026-02-30\n,5,\n甲,-1,\n乙,1,\n",
                StandardCharsets.UTF_8, LIMITS);
        assertFalse(result.ok());
        assertTrue(result.records().isEmpty(), "a file with problems hands out no records");
        assertEquals(List.of("2 总投资", "2 开工日期", "3 项目名称", "4 项目名称", "4 总投资"),
                result.problems().stream().map(p -> p.row() + " " + p.field()).toList(), result.problems().toString());
        ImportProblem duplicate = result.problems().get(3);
        assertEquals("项目名称“甲”与第2行重复。", duplicate.messageZh());
        assertEquals("项目名称 \"甲\" appears already in row 2.", duplicate.messageEn());
        assertEquals("项目名称不能为空。", result.problems().get(2).message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(result.problems().get(0).messageEn().contains("more than two decimals"), result.problems().get(0).messageEn());
        assertEquals("\"2026-02-30\" is not a date: use yyyy-MM-dd, e.g. 2025-03-31.", result.problems().get(1).messageEn());
    }

    @Test
    void aMissingRequiredColumnIsAProblemOfTheHeaderRow() throws IOException {
        CheckedRows.Result<Budget> result = read("项目名称,备注\n甲,x\n", StandardCharsets.UTF_8, LIMITS);
        assertEquals(List.of("1 总投资 表头缺少必填列“总投资”。"),
                result.problems().stream().map(p -> p.row() + " " + p.field() + " " + p.messageZh()).toList());
        assertEquals(0, result.rowsRead(), "no row is read after a bad header");
    }

    @Test
    void emptyFilesAndFilesWithoutRowsAreRefused() throws IOException {
        assertEquals("文件为空：第一行应为表头（项目名称、总投资）。",
                read("", StandardCharsets.UTF_8, LIMITS).problems().get(0).messageZh());
        assertEquals("The file has no data rows.", read("项目名称,总投资\n", StandardCharsets.UTF_8, LIMITS).problems().get(0).messageEn());
    }

    @Test
    void aFileOverTheByteLimitIsRefusedWholeReadingOneByteMore() throws IOException {
        ImportLimits small = ImportLimits.of(1024 * 1024, 100);
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        CountingStream in = new CountingStream(new ByteArrayInputStream(big, 0, big.length), 50L * 1024 * 1024);
        CheckedRows.Result<Budget> result = new TableReader(small).read(in, ImportFormat.CSV, new Budgets(small, null));
        assertEquals("文件超过1 MB：请拆分为多个文件分批导入。未导入任何数据。", result.problems().get(0).messageZh());
        assertEquals(1024 * 1024 + 1, in.read, "at most one byte more than the limit is read");
    }

    @Test
    void moreRowsThanTheLimitRefuseTheFileWhole() throws IOException {
        StringBuilder csv = new StringBuilder("项目名称,总投资\n");
        for (int i = 0; i < 11; i++) {
            csv.append("项目").append(i).append(",1\n");
        }
        CheckedRows.Result<Budget> result = read(csv.toString(), StandardCharsets.UTF_8, LIMITS.withMaxRows(10));
        assertEquals(List.of("文件超过10行数据：请拆分为多个文件分批导入。未导入任何数据。"),
                result.problems().stream().map(ImportProblem::messageZh).toList());
        assertTrue(result.records().isEmpty());
        assertTrue(read(csv.toString(), StandardCharsets.UTF_8, LIMITS.withMaxRows(11)).ok());
    }

    @Test
    void afterTheProblemLimitTheRestIsNotChecked() throws IOException {
        StringBuilder csv = new StringBuilder("项目名称,总投资\n");
        for (int i = 0; i < 50; i++) {
            csv.append("项目").append(i).append(",x\n");
        }
        CheckedRows.Result<Budget> result = read(csv.toString(), StandardCharsets.UTF_8, LIMITS.withMaxProblems(5));
        assertEquals(6, result.problems().size());
        assertEquals("Too many problems: the first 5 are listed, later rows were not checked.",
                result.problems().get(5).messageEn());
        assertEquals(5, result.rowsRead(), "reading stopped");
    }

    @Test
    void aBrokenQuoteIsAProblemOfTheFile() throws IOException {
        CheckedRows.Result<Budget> result = read("项目名称,总投资\n\"甲,1\n乙,2\n", StandardCharsets.UTF_8, LIMITS);
        assertFalse(result.ok());
        assertTrue(result.problems().get(0).messageZh().startsWith("CSV文件格式有误"), result.problems().toString());
    }

    @Test
    void readsTheFirstSheetOfAnXlsxAndToldProgress() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rows.add(List.of("项目" + i, new java.math.BigDecimal("1234.5"), LocalDate.of(2026, 1, 5)));
        }
        XlsxSheet.write(xlsx, "投资", List.of("项目名称", "总投资", "开工日期"), rows);
        List<Integer> told = new ArrayList<>();
        CheckedRows.Result<Budget> result = new TableReader(LIMITS.withMaxRows(10_000)).read(
                new ByteArrayInputStream(xlsx.toByteArray()), ImportFormat.XLSX, new Budgets(LIMITS.withMaxRows(10_000), told::add));
        assertTrue(result.ok(), result.problems().toString());
        assertEquals(5000, result.rowsRead());
        assertEquals(new Budget("项目4999", Yuan.parse("1,234.50"), LocalDate.of(2026, 1, 5)), result.values().get(4999));
        assertEquals(List.of(2048, 4096), told);
    }

    @Test
    void aFileThatIsNoXlsxIsSaidSo() throws IOException {
        CheckedRows.Result<Budget> result = new TableReader(LIMITS).read(
                new ByteArrayInputStream("项目名称,总投资\n".getBytes(StandardCharsets.UTF_8)), ImportFormat.XLSX,
                new Budgets(LIMITS, null));
        assertTrue(result.problems().get(0).messageZh().startsWith("无法读取Excel文件（应为.xlsx格式）"), result.problems().toString());
    }

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    /** On Derby, and on PostgreSQL when configured ({@code . .ci/postgres.sh}). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("databases")
    void writesAllOrNothingInOneTransaction(TestDatabase database) throws Exception {
        try (TestDatabase db = database) {
            Jdbi jdbi = db.settings().user() == null ? Jdbi.create(db.settings().url() + ";create=true")
                    : Jdbi.create(db.settings().url(), db.settings().user(), db.settings().password());
            jdbi.installPlugin(new cn.gov.laoshan.district.api.money.YuanJdbi());
            jdbi.useHandle(h -> h.execute("create table budget (name varchar(100) primary key, amount decimal(18,2) not null)"));
            FileImport.Writer<Budget> writer = FileImport.inTransaction(jdbi, (h, records) -> {
                for (CheckedRows.Checked<Budget> r : records) {
                    h.createUpdate("insert into budget (name, amount) values (:name, :amount)")
                            .bind("name", r.value().name()).bind("amount", r.value().amount()).execute();
                    if (r.value().name().startsWith("已有")) {
                        // a rule that needs the database, found after some rows were written
                        throw new ImportRefusedException(List.of(new ImportProblem(r.row(), "项目名称", "项目已登记。", "Already registered.")));
                    }
                }
                return records.size();
            });
            List<String> progress = new ArrayList<>();
            ImportProgress told = new ImportProgress() {
                @Override
                public void rowsRead(int rows) {
                    progress.add("read " + rows);
                }

                @Override
                public void writing() {
                    progress.add("writing");
                }
            };

            ImportReport bad = FileImport.run(new TableReader(LIMITS), in("项目名称,总投资\n甲,1\n乙,x\n"), ImportFormat.CSV,
                    new Budgets(LIMITS, told), writer);
            assertEquals(List.of("3 总投资"), bad.problems().stream().map(p -> p.row() + " " + p.field()).toList());
            assertEquals(List.of(), progress, "a bad file is never written");

            ImportReport refused = FileImport.run(new TableReader(LIMITS), in("项目名称,总投资\n甲,1\n已有项目,2\n"),
                    ImportFormat.CSV, new Budgets(LIMITS, told), writer);
            assertEquals(List.of("3 项目名称"), refused.problems().stream().map(p -> p.row() + " " + p.field()).toList());
            assertEquals(0, count(jdbi), "the rows written before the refusal were rolled back");

            ImportReport good = FileImport.run(new TableReader(LIMITS), in("项目名称,总投资\n甲,12.5万\n乙,0.01\n"),
                    ImportFormat.CSV, new Budgets(LIMITS, told), writer);
            assertTrue(good.accepted());
            assertEquals(2, good.rowsImported());
            assertEquals(Yuan.of(125_000), jdbi.withHandle(h -> h.createQuery("select amount from budget where name = '甲'")
                    .mapTo(Yuan.class).one()));
            assertEquals(List.of("writing", "writing"), progress);
        }
    }

    @Test
    void bothLanguagesHaveTheSameMessages() {
        MessageKeys.assertSameKeys(ImportMessages.class, "cn/gov/laoshan/district/uikit/imports/messages");
    }

    private static int count(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from budget").mapTo(Integer.class).one());
    }

    private static InputStream in(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Counts what is read of a stream that pretends to be {@code length} bytes long. */
    static final class CountingStream extends InputStream {
        private final InputStream in;
        long read;

        CountingStream(InputStream in, long length) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
