package cn.gov.laoshan.district.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportReport.Problem;
import cn.gov.laoshan.district.registry.service.ImportReader;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.registry.service.RowValidator;

class ImportReaderTest {

    static final String HEADER = "统一社会信用代码,企业名称,企业类型,法定代表人,注册资本（元）,成立日期,住所,所属行业,登记状态,信用等级,企业规模\n";
    static final String ROW1 = "91350100M000100Y43,青岛海澜智联科技有限公司,有限责任公司,王海涛,5000000,2018-05-20,山东省青岛市崂山区株洲路1号,I6510,存续,A,小型\n";
    static final String ROW2 = "91370200163562681G,青岛崂峰茶业有限公司,有限责任公司,李秀英,500万,2009/3/7,山东省青岛市崂山区北宅街道,C1530,在业,B级,微型企业\n";

    private final ImportReader reader = new ImportReader(new RowValidator(LocalDate.of(2026, 11, 27)));

    @Test
    void utf8CsvWithAndWithoutBomIsRead() throws Exception {
        byte[] plain = (HEADER + ROW1 + ROW2).getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        for (byte[] file : List.of(plain, bom)) {
            ImportReader.Parsed parsed = reader.read(new ByteArrayInputStream(file), ImportFormat.CSV);
            assertEquals(List.of(), parsed.problems());
            assertEquals(2, parsed.rowsRead());
            Enterprise first = parsed.enterprises().get(0);
            assertEquals("青岛海澜智联科技有限公司", first.name());
            assertEquals(0, new BigDecimal("5000000").compareTo(first.registeredCapital()));
            assertEquals(LocalDate.of(2018, 5, 20), first.establishedOn());
            assertEquals(EnterpriseStatus.EXISTING, first.status());
            assertEquals(CreditGrade.A, first.creditGrade());
            assertEquals(EnterpriseSize.SMALL, first.size());
            Enterprise second = parsed.enterprises().get(1);
            assertEquals(0, new BigDecimal("5000000").compareTo(second.registeredCapital()), "500万 is 5,000,000 yuan");
            assertEquals(LocalDate.of(2009, 3, 7), second.establishedOn());
            assertEquals(EnterpriseSize.MICRO, second.size());
        }
    }

    @Test
    void gbkCsvFromExcelIsDetected() throws Exception {
        byte[] gbk = (HEADER + ROW1 + ROW2).getBytes(Charset.forName("GBK"));
        ImportReader.Parsed parsed = reader.read(new ByteArrayInputStream(gbk), ImportFormat.CSV);
        assertEquals(List.of(), parsed.problems());
        assertEquals("青岛崂峰茶业有限公司", parsed.enterprises().get(1).name());
        assertEquals("李秀英", parsed.enterprises().get(1).legalRepresentative());
    }

    @Test
    void everyProblemIsReportedWithRowAndFieldAndNothingIsKept() throws Exception {
        String bad = HEADER + ROW1
                + "91350100M000100Y44,,有限责任公司,张三,abc,2018-13-01,地址,X99,营业,E,巨型\n"
                + ROW1;
        ImportReader.Parsed parsed = reader.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV);
        assertEquals(3, parsed.rowsRead());
        assertEquals(List.of(), parsed.enterprises());
        List<Problem> problems = parsed.problems();
        assertEquals(List.of("统一社会信用代码", "企业名称", "注册资本（元）", "成立日期", "所属行业", "登记状态", "信用等级", "企业规模",
                "统一社会信用代码"), problems.stream().map(Problem::field).toList());
        assertTrue(problems.stream().limit(8).allMatch(p -> p.row() == 3), problems.toString());
        assertEquals("校验码（第18位）为“4”，应为“3”。", problems.get(0).messageZh());
        assertEquals("The check character (18th) is \"4\" but should be \"3\".", problems.get(0).messageEn());
        assertEquals(4, problems.get(8).row());
        assertEquals("统一社会信用代码“91350100M000100Y43”与第2行重复。", problems.get(8).messageZh());
    }

    @Test
    void aMissingRequiredColumnRefusesTheFile() throws Exception {
        ImportReader.Parsed parsed = reader.read(new ByteArrayInputStream("企业名称,住所\n青岛某某有限公司,崂山\n"
                .getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV);
        assertEquals(List.of("统一社会信用代码", "登记状态"), parsed.problems().stream().map(Problem::field).toList());
        assertEquals(1, parsed.problems().get(0).row());
    }

    @Test
    void xlsxWithDateCellsSerialNumbersAndTexts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Sheet1");
        String[] headers = HEADER.strip().split(",");
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, headers[c]);
        }
        Object[][] rows = {
            {"91350100M000100Y43", "青岛海澜智联科技有限公司", "有限责任公司", "王海涛", 5000000, LocalDate.of(2018, 5, 20), "崂山区", "I6510", "存续", "A", "小型"},
            {"91370200163562681G", "青岛崂峰茶业有限公司", "有限责任公司", "李秀英", 1234567.5, "2009/3/7", "崂山区", "C1530", "在业", "B", "微型"},
        };
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof LocalDate d) {
                    sheet.value(r + 1, c, d);
                    sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                } else if (v instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else {
                    sheet.value(r + 1, c, (String) v);
                }
            }
        }
        workbook.finish();
        ImportReader.Parsed parsed = reader.read(new ByteArrayInputStream(out.toByteArray()), ImportFormat.XLSX);
        assertEquals(List.of(), parsed.problems());
        assertEquals(LocalDate.of(2018, 5, 20), parsed.enterprises().get(0).establishedOn());
        assertEquals(LocalDate.of(2009, 3, 7), parsed.enterprises().get(1).establishedOn());
        assertEquals(new BigDecimal("1234567.50"), parsed.enterprises().get(1).registeredCapital());
    }

    @Test
    void notAWorkbookIsOneClearProblem() throws Exception {
        ImportReader.Parsed parsed = reader.read(new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)),
                ImportFormat.XLSX);
        assertEquals(1, parsed.problems().size());
        assertTrue(parsed.problems().get(0).messageZh().startsWith("无法读取Excel文件"), parsed.problems().toString());
    }

    /** A file longer than the limit is refused whole, with the limit, and nothing is handed on for writing. */
    @Test
    void aFileWithMoreRowsThanTheLimitIsRefusedWhole() throws Exception {
        List<Enterprise> demo = DemoEnterprises.generate(12L, 5_000);
        byte[] bytes = DemoEnterprises.csv(demo).getBytes(StandardCharsets.UTF_8);
        ImportReader limited = new ImportReader(new RowValidator(LocalDate.of(2026, 11, 27)),
                java.util.concurrent.ForkJoinPool.commonPool(), 4_999);
        List<List<Enterprise>> handed = new java.util.ArrayList<>();
        ImportReader.Parsed parsed = limited.read(new ByteArrayInputStream(bytes), ImportFormat.CSV, handed::add);
        assertEquals(1, parsed.problems().size(), parsed.problems().toString());
        assertTrue(parsed.problems().get(0).messageZh().contains("文件超过4,999行数据"), parsed.problems().get(0).messageZh());
        assertTrue(parsed.problems().get(0).messageEn().contains("more than 4,999 data rows"));
        assertTrue(parsed.enterprises().isEmpty());
        assertEquals(4_999, parsed.rowsRead());

        // exactly the limit is accepted
        ImportReader exact = new ImportReader(new RowValidator(LocalDate.of(2026, 11, 27)),
                java.util.concurrent.ForkJoinPool.commonPool(), 5_000);
        parsed = exact.read(new ByteArrayInputStream(bytes), ImportFormat.CSV);
        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        assertEquals(5_000, parsed.enterprises().size());
        assertEquals(500_000, ImportReader.MAX_ROWS);
    }

    /**
     * A file over the byte limit is refused whole, reading no more than one byte past the limit (an endless stream
     * ends the read), and nothing is handed on for writing.
     */
    @Test
    void aFileOverTheByteLimitIsRefusedAfterReadingOneByteMore() throws Exception {
        byte[] bytes = DemoEnterprises.csv(DemoEnterprises.generate(13L, 2_000)).getBytes(StandardCharsets.UTF_8);
        long limit = bytes.length - 1;
        ImportReader limited = new ImportReader(new RowValidator(LocalDate.of(2026, 11, 27)),
                java.util.concurrent.ForkJoinPool.commonPool(), ImportReader.MAX_ROWS, limit,
                cn.gov.laoshan.district.uikit.ZipLimits.of(ImportReader.MAX_XLSX_INFLATED_BYTES));
        List<List<Enterprise>> handed = new java.util.ArrayList<>();
        ImportReader.Parsed parsed = limited.read(new ByteArrayInputStream(bytes), ImportFormat.CSV, handed::add);
        assertEquals(1, parsed.problems().size(), parsed.problems().toString());
        assertTrue(parsed.problems().get(0).messageEn().startsWith("The file is larger than"), parsed.problems().toString());
        assertTrue(parsed.enterprises().isEmpty());
        assertTrue(handed.isEmpty());

        // an endless upload: at most limit + 1 bytes are read
        long[] served = new long[1];
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }
        };
        parsed = limited.read(endless, ImportFormat.XLSX);
        assertTrue(parsed.problems().get(0).messageZh().startsWith("文件超过"), parsed.problems().toString());
        assertEquals(limit + 1, served[0]);

        // exactly the limit is read
        parsed = limited.read(new ByteArrayInputStream(bytes, 0, bytes.length), ImportFormat.CSV);
        assertEquals(1, parsed.problems().size());
        ImportReader exact = new ImportReader(new RowValidator(LocalDate.of(2026, 11, 27)),
                java.util.concurrent.ForkJoinPool.commonPool(), ImportReader.MAX_ROWS, bytes.length,
                cn.gov.laoshan.district.uikit.ZipLimits.of(ImportReader.MAX_XLSX_INFLATED_BYTES));
        assertEquals(2_000, exact.read(new ByteArrayInputStream(bytes), ImportFormat.CSV).enterprises().size());
    }

    /** An .xlsx that unpacks to far more than it weighs is refused before fastexcel opens it. */
    @Test
    void anXlsxBombIsRefusedBeforeItIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            zip.write("<sst><si><t>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) 'a');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
        }
        assertTrue(out.size() < 1_000_000, out.size() + " bytes");
        ImportReader.Parsed parsed = reader.read(new ByteArrayInputStream(out.toByteArray()), ImportFormat.XLSX);
        assertEquals(1, parsed.problems().size(), parsed.problems().toString());
        assertTrue(parsed.problems().get(0).messageZh().startsWith("Excel文件解压后过大"), parsed.problems().toString());
        assertTrue(parsed.enterprises().isEmpty());
    }

    /** Many chunks checked on another thread: the result is that of one pass in row order. */
    @Test
    void largeFilesAreCheckedInChunksWithTheResultOfOneOrderedPass() throws Exception {
        List<Enterprise> demo = DemoEnterprises.generate(11L, 5_000);
        String good = DemoEnterprises.csv(demo);
        List<List<Enterprise>> handed = new java.util.ArrayList<>();
        List<Integer> told = new java.util.ArrayList<>();
        ImportReader.Parsed parsed = reader.read(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)),
                ImportFormat.CSV, handed::add, told::add);
        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        assertEquals(List.of(ImportReader.CHUNK, 2 * ImportReader.CHUNK), told, "the rows read, a chunk at a time");
        assertEquals(demo.stream().map(Enterprise::uscc).toList(), parsed.enterprises().stream().map(Enterprise::uscc).toList());
        assertEquals(parsed.enterprises(), handed.stream().flatMap(List::stream).toList(), "the sink got every row, in order");
        assertTrue(handed.size() >= 5000 / ImportReader.CHUNK, "handed in chunks: " + handed.size());

        // a duplicate of row 12 (demo 10) at row 4,502 (demo 4,500): reported there; the sink got nothing after it
        String duplicate = good.replaceFirst(demo.get(4_500).uscc().value(), demo.get(10).uscc().value());
        handed.clear();
        parsed = reader.read(new ByteArrayInputStream(duplicate.getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV, handed::add);
        assertEquals(1, parsed.problems().size(), parsed.problems().toString());
        assertEquals(4_502, parsed.problems().get(0).row());
        assertTrue(parsed.problems().get(0).messageZh().contains("与第12行重复"), parsed.problems().get(0).messageZh());
        assertTrue(parsed.enterprises().isEmpty());
        assertTrue(handed.stream().mapToInt(List::size).sum() < 4_500, "nothing handed on after the problem");

        // 3,000 bad rows: the first 1,000 problems, in row order, then the note; later rows not read on
        StringBuilder bad = new StringBuilder(HEADER);
        for (int i = 0; i < 3_000; i++) {
            bad.append("91370200163562681X,青岛坏码").append(i).append("有限公司,,,,,,,存续,,\n");
        }
        parsed = reader.read(new ByteArrayInputStream(bad.toString().getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV);
        assertEquals(ImportReader.MAX_PROBLEMS + 1, parsed.problems().size());
        for (int i = 0; i < ImportReader.MAX_PROBLEMS; i++) {
            assertEquals(i + 2, parsed.problems().get(i).row());
        }
        assertEquals(0, parsed.problems().get(ImportReader.MAX_PROBLEMS).row());
        assertEquals(ImportReader.MAX_PROBLEMS, parsed.rowsRead());
    }
}
