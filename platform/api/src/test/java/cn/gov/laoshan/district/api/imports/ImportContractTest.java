package cn.gov.laoshan.district.api.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ImportContractTest {

    private static final ImportProblem PROBLEM = new ImportProblem(3, "数值", "“x”不是数值。", "\"x\" is not a number.");

    @Test
    void aReportWithProblemsImportsNothing() {
        assertThrows(IllegalArgumentException.class, () -> new ImportReport(5, 5, List.of(PROBLEM)));
        assertThrows(IllegalArgumentException.class, () -> ImportReport.refused(5, List.of()));
        ImportReport refused = ImportReport.refused(5, List.of(PROBLEM));
        assertFalse(refused.accepted());
        assertEquals(0, refused.rowsImported());
        ImportReport imported = ImportReport.imported(5, 4);
        assertTrue(imported.accepted());
        assertEquals(4, imported.rowsImported());
    }

    @Test
    void theReportKeepsItsOwnCopyOfTheProblems() {
        List<ImportProblem> problems = new ArrayList<>(List.of(PROBLEM));
        ImportReport report = ImportReport.refused(1, problems);
        problems.clear();
        assertEquals(1, report.problems().size());
        assertThrows(UnsupportedOperationException.class, () -> report.problems().clear());
    }

    @Test
    void aProblemSpeaksBothLanguages() {
        assertEquals("\"x\" is not a number.", PROBLEM.message(Locale.ENGLISH));
        assertEquals("“x”不是数值。", PROBLEM.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("“x”不是数值。", PROBLEM.message(null));
        assertThrows(IllegalArgumentException.class, () -> new ImportProblem(-1, null, "a", "b"));
        assertThrows(NullPointerException.class, () -> new ImportProblem(1, null, null, "b"));
        assertNull(ImportProblem.ofFile("整个文件", "the file").field());
    }

    @Test
    void limitsArePositiveAndAnXlsxMayUnpackToAtLeastItsSize() {
        ImportLimits limits = ImportLimits.of(10L * 1024 * 1024, 5000);
        assertEquals(10, limits.maxMegabytes());
        assertEquals(1000, limits.maxProblems());
        assertEquals(100L * 1024 * 1024, limits.maxUnpackedBytes());
        assertEquals(7, limits.withMaxRows(7).maxRows());
        assertThrows(IllegalArgumentException.class, () -> ImportLimits.of(0, 10));
        assertThrows(IllegalArgumentException.class, () -> limits.withMaxRows(0));
        assertThrows(IllegalArgumentException.class, () -> limits.withMaxUnpackedBytes(1));
    }

    @Test
    void formatsByFileName() {
        assertEquals(ImportFormat.CSV, ImportFormat.ofFileName("企业.CSV"));
        assertEquals(ImportFormat.XLSX, ImportFormat.ofFileName("menus.xlsx"));
        assertNull(ImportFormat.ofFileName("menus.xls"));
        assertNull(ImportFormat.ofFileName(null));
    }

    @Test
    void aRefusalNamesItsProblems() {
        assertThrows(IllegalArgumentException.class, () -> new ImportRefusedException(List.of()));
        assertEquals(List.of(PROBLEM), new ImportRefusedException(List.of(PROBLEM)).problems());
    }
}
