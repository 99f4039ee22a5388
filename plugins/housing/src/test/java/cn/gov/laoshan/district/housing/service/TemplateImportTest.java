package cn.gov.laoshan.district.housing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.imports.ImportProblem;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.uikit.XlsxSheet;

/** Approval service menus in and out of Excel: a good file round-trips, a bad one is reported row by row and changes nothing. */
class TemplateImportTest {

    private Fixture f;

    @BeforeEach
    void setUp() {
        f = new Fixture(LocalDate.of(2026, 6, 1)).all();
        f.templates.seedDefaults();
    }

    private static byte[] sheet(List<String> headers, Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = XlsxSheet.open(out, "菜单", headers)) {
            for (Object[] row : rows) {
                sheet.row(row);
            }
        }
        return out.toByteArray();
    }

    @Test
    void theDefaultsAreTwoRealisticMenus() {
        List<Template> all = f.templates.list();
        assertEquals(List.of(DefaultTemplates.INDUSTRIAL, DefaultTemplates.ROAD), all.stream().map(Template::name).toList());
        for (Template t : all) {
            assertTrue(t.items().size() >= 20, t.name());
            assertEquals(8, t.items().stream().map(i -> i.stage()).distinct().count(), t.name() + " covers the eight stages");
        }
    }

    @Test
    void anExportImportsBackUnchanged() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.templates.exportXlsx(List.of(), out);
        List<Template> before = f.templates.list();
        TemplateService.ImportResult result = f.templates.importXlsx(new ByteArrayInputStream(out.toByteArray()), "菜单.xlsx");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(DefaultTemplates.INDUSTRIAL, DefaultTemplates.ROAD), result.imported());
        assertEquals(before.stream().mapToInt(t -> t.items().size()).sum(), result.rowsRead());
        List<Template> after = f.templates.list();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).items(), after.get(i).items());
            assertEquals(before.get(i).id(), after.get(i).id(), "a known name is replaced in place");
        }
        assertTrue(f.audit.actions().contains("template.import"));
    }

    /** The audit record names the menus imported in valid JSON, whatever their names hold (quotes, backslashes). */
    @Test
    void anImportsAuditNamesItsMenusInValidJson() throws IOException {
        String name = "研发楼\"试点\"类\\二期";
        byte[] file = sheet(TemplateExcel.HEADERS,
                new Object[] {name, "社会投资", "A01", "主体登记", "设立登记", "区行政审批局", "", 3, "", "否"});
        TemplateService.ImportResult result = f.templates.importXlsx(new ByteArrayInputStream(file), "one.xlsx");
        assertEquals(List.of(), result.problems());
        var entry = f.audit.last();
        assertEquals("template.import", entry.action());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(entry.after());
        assertEquals(name, json.path("templates").asText(), entry.after());
        assertEquals(1, json.path("rows").asInt());
    }

    @Test
    void aBadFileIsReportedRowByRowAndChangesNothing() throws IOException {
        byte[] bad = sheet(TemplateExcel.HEADERS,
                new Object[] {"社会投资研发楼类", "社会投资", "A01", "主体登记", "设立登记", "区行政审批局", "", 3, "", "否"},
                new Object[] {"社会投资研发楼类", "社会投资", "B01", "立项前", "企业投资项目备案", "区发改局", "", 2, "A01", "否"},
                new Object[] {"社会投资研发楼类", "社会投资", "B02", "立项", "节能审查", "区发改局", "", "十", "B01", "是"},
                new Object[] {"社会投资研发楼类", "社会投资", "C01", "用地规划", "规划许可", "区自然资源局", "", 5, "X09", "否"},
                new Object[] {"政府投资桥梁类", "政府投资", "A01", "立项", "项目建议书", "区发改局", "", 10, "A02", "否"},
                new Object[] {"政府投资桥梁类", "政府投资", "A02", "立项", "可研", "区发改局", "", 10, "A01", "否"});
        List<Template> before = f.templates.list();
        TemplateService.ImportResult result = f.templates.importXlsx(new ByteArrayInputStream(bad), "bad.xlsx");
        assertEquals(List.of(), result.imported());
        List<Integer> rows = result.problems().stream().map(ImportProblem::row).toList();
        assertEquals(List.of(3, 4, 5, 6), rows, result.problems().toString());
        assertTrue(result.problems().get(0).messageZh().startsWith("阶段应为"));
        assertTrue(result.problems().get(2).messageZh().contains("X09"));
        assertTrue(result.problems().get(3).messageZh().contains("循环依赖") && result.problems().get(3).messageEn().contains("A01"),
                result.problems().get(3).toString());
        assertEquals(before, f.templates.list());
        assertTrue(f.audit.actions().contains("template.import.refused"));

        TemplateService.ImportResult header = f.templates.importXlsx(new ByteArrayInputStream(
                sheet(List.of("名称", "类别"), new Object[] {"x", "y"})), "header.xlsx");
        // each missing column is named (the optional 申报材料, 前置事项, 可模拟审批 are not required)
        assertEquals(List.of("模板名称", "投资类别", "事项编号", "阶段", "事项名称", "责任部门", "办理时限（工作日）"),
                header.problems().stream().map(ImportProblem::field).toList());
        assertTrue(header.problems().get(0).messageZh().startsWith("表头缺少必填列“模板名称”"), header.problems().toString());
        TemplateService.ImportResult notExcel = f.templates.importXlsx(new ByteArrayInputStream(
                "not a workbook".getBytes()), "x.xlsx");
        assertEquals(1, notExcel.problems().size());
        assertEquals(before, f.templates.list());
    }

    @Test
    void aFileOverTheLimitOrThatUnpacksToTooMuchIsRefusedAndChangesNothing() throws IOException {
        List<Template> before = f.templates.list();
        // an endless upload: one byte more than the limit is read, then refused
        long[] served = new long[1];
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 0;
            }
        };
        TemplateService.ImportResult tooLarge = f.templates.importXlsx(endless, "big.xlsx");
        assertEquals(1, tooLarge.problems().size());
        assertTrue(tooLarge.problems().get(0).messageEn().startsWith("The file is larger than 10 MB"), tooLarge.problems().toString());
        assertEquals(TemplateExcel.MAX_FILE_BYTES + 1, served[0]);

        // 200 MiB of one letter in the shared strings, packed into a few hundred KB
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            byte[] letters = new byte[1024 * 1024];
            java.util.Arrays.fill(letters, (byte) 'a');
            for (int i = 0; i < 200; i++) {
                zip.write(letters);
            }
        }
        assertTrue(bomb.size() < TemplateExcel.MAX_FILE_BYTES);
        TemplateService.ImportResult unpacked = f.templates.importXlsx(new ByteArrayInputStream(bomb.toByteArray()), "bomb.xlsx");
        assertEquals(1, unpacked.problems().size());
        assertTrue(unpacked.problems().get(0).messageZh().startsWith("Excel文件解压后过大"), unpacked.problems().toString());
        assertEquals(before, f.templates.list());
    }

    @Test
    void theMenusImportMessagesAreKeyedInBothLanguages() {
        cn.gov.laoshan.district.testdoubles.MessageKeys.assertSameKeys(getClass(), "i18n/imports");
        ImportProblem cycle = TemplateExcel.MESSAGES.problem(6, "前置事项", "template.import.cycle", "桥梁类", "A01 → A02 → A01");
        assertEquals("模板“桥梁类”存在循环依赖：A01 → A02 → A01", cycle.messageZh());
        assertEquals("Template 桥梁类 has cyclic prerequisites: A01 → A02 → A01", cycle.messageEn());
    }

    @Test
    void aCsvWithTheSameColumnsImportsToo() throws IOException {
        String csv = String.join(",", TemplateExcel.HEADERS) + "\n"
                + "社会投资研发楼类,社会投资,A01,主体登记,设立登记,区行政审批局,,3,,否\n"
                + "社会投资研发楼类,社会投资,B01,立项,企业投资项目备案,区发改局,,2,A01,是\n";
        TemplateService.ImportResult result = f.templates.importXlsx(new ByteArrayInputStream(
                csv.getBytes(java.nio.charset.Charset.forName("GBK"))), "菜单.CSV");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("社会投资研发楼类"), result.imported());
        Template imported = f.templates.list().stream().filter(t -> t.name().equals("社会投资研发楼类")).findFirst().orElseThrow();
        assertEquals(java.util.Set.of("A01"), imported.items().get(1).prerequisites());
    }

    @Test
    void onlyTemplateManagersImportAndExport() {
        f.hold(HousingPermissions.VIEW, HousingPermissions.MANAGE);
        assertThrows(AccessDeniedException.class, () -> f.templates.importXlsx(new ByteArrayInputStream(new byte[0]), "x.xlsx"));
        assertThrows(AccessDeniedException.class, () -> f.templates.exportXlsx(List.of(), new ByteArrayOutputStream()));
        assertThrows(AccessDeniedException.class, () -> f.templates.setActive(1, false));
        assertEquals(2, f.templates.list().size());
    }
}
