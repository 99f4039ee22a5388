package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipLimitsTest {

    @Test
    void anExportedWorkbookPassesAndItsPartsAreNamed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = XlsxSheet.open(out, "表", List.of("名称", "数量"))) {
            for (int i = 0; i < 5000; i++) {
                sheet.row("青岛崂峰茶业有限公司" + i, i);
            }
        }
        List<String> names = ZipLimits.of(64 * BoundedUpload.MIB).check(out.toByteArray());
        assertTrue(names.contains("xl/workbook.xml"), names.toString());
        assertTrue(names.contains("[Content_Types].xml"), names.toString());
    }

    @Test
    void aBombIsRefusedByItsRatioWithoutUnpackingIt(@TempDir Path dir) throws Exception {
        // 64 MiB of zeros compress to about 64 KiB: a ratio of ~1000
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(Files.size(bomb) < 200_000, Files.size(bomb) + " bytes");
        ZipLimits.Exceeded e = assertThrows(ZipLimits.Exceeded.class, () -> ZipLimits.of(1024 * BoundedUpload.MIB).check(bomb));
        assertTrue(e.getMessage().contains("xl/sharedStrings.xml inflates more than 100 times"), e.getMessage());
        assertFalse(e.notZip());
    }

    @Test
    void theTotalIsBoundedEvenAtAnHonestRatio() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random random = new Random(7);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 4; i++) {
                zip.putNextEntry(new ZipEntry("part" + i));
                byte[] noise = new byte[1024 * 1024];
                random.nextBytes(noise);
                zip.write(noise);
            }
        }
        ZipLimits.Exceeded e = assertThrows(ZipLimits.Exceeded.class,
                () -> ZipLimits.of(3 * BoundedUpload.MIB).check(out.toByteArray()));
        assertTrue(e.getMessage().contains("more than " + 3 * BoundedUpload.MIB), e.getMessage());
        ZipLimits.of(5 * BoundedUpload.MIB).check(out.toByteArray());
        // one part larger than allowed for a part
        ZipLimits.Exceeded entry = assertThrows(ZipLimits.Exceeded.class, () -> ZipLimits.of(5 * BoundedUpload.MIB)
                .withMaxEntryBytes(BoundedUpload.MIB / 2).check(out.toByteArray()));
        assertTrue(entry.getMessage().startsWith("part0 inflates to more than"), entry.getMessage());
    }

    @Test
    void tooManyEntriesAndNoZipAtAll() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 20; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
            }
        }
        assertThrows(ZipLimits.Exceeded.class,
                () -> ZipLimits.of(BoundedUpload.MIB).withEntriesAndRatio(10, 100).check(out.toByteArray()));
        ZipLimits.Exceeded e = assertThrows(ZipLimits.Exceeded.class,
                () -> ZipLimits.of(BoundedUpload.MIB).check("PK\u0003\u0004 not really".getBytes()));
        assertTrue(e.notZip());
    }
}
