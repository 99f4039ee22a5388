package cn.gov.laoshan.district.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.attachment.AttachmentRefusedException;
import cn.gov.laoshan.district.uikit.FileName;

/**
 * The upload check: by content (magic bytes, structure, read from the spooled file), agreeing with the name, within
 * the size limit counted while the bytes are read.
 */
class AttachmentCheckTest {

    private static final long MB = 1024 * 1024;

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] ole2(String stream) {
        byte[] header = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
        byte[] name = stream.getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[512 + name.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(name, 0, all, 512, name.length);
        return all;
    }

    static FileKind check(String name, byte[] content, long maxBytes) {
        try (AttachmentStore.Accepted accepted = AttachmentStore.accept(name, new ByteArrayInputStream(content),
                maxBytes)) {
            return accepted.kind();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileKind check(String name, byte[] content) {
        return check(name, content, 10 * MB);
    }

    private static String refusal(String name, byte[] content) {
        return assertThrows(AttachmentRefusedException.class, () -> check(name, content)).messageKey();
    }

    @Test
    void everyAllowedKindIsRecognisedByItsContent() throws IOException {
        assertEquals(FileKind.PDF, check("调解申请书.pdf", pdf()));
        assertEquals(FileKind.JPEG, check("现场照片.JPG", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F')));
        assertEquals(FileKind.JPEG, check("photo.jpeg", bytes(0xFF, 0xD8, 0xFF, 0xE1, 0, 0)));
        assertEquals(FileKind.PNG, check("截图.png", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D)));
        assertEquals(FileKind.DOC, check("笔录.doc", ole2("WordDocument")));
        assertEquals(FileKind.XLS, check("工资表.xls", ole2("Workbook")));
        assertEquals(FileKind.DOCX, check("协议草稿.docx", zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(FileKind.XLSX, check("欠款明细.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")));
        assertEquals(FileKind.TXT, check("说明.txt", "双方同意分两期支付。\r\nTabs\tare fine.\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(FileKind.TXT, check("bom.txt", bytes(0xEF, 0xBB, 0xBF, 'o', 'k')));
    }

    @Test
    void aFileWhoseContentIsNotItsKindIsRefused() throws IOException {
        byte[] exe = bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0);
        assertEquals("shell.attachment.error.content", refusal("invoice.pdf", exe), "an executable named .pdf");
        assertEquals("shell.attachment.error.content", refusal("photo.png", "<html><script>".getBytes()));
        assertEquals("shell.attachment.error.content", refusal("a.docx", zip("[Content_Types].xml", "other.xml")),
                "a ZIP that is not a Word document");
        assertEquals("shell.attachment.error.content", refusal("a.xlsx", zip("xl/workbook.xml")),
                "no [Content_Types].xml: not an Office package");
        assertEquals("shell.attachment.error.content", refusal("a.doc", ole2("Something")),
                "an OLE2 file that is neither Word nor Excel");
        assertEquals("shell.attachment.error.content", refusal("gbk.txt", bytes(0xB5, 0xF7, 0xBD, 0xE2)),
                "GBK is not UTF-8");
        assertEquals("shell.attachment.error.content", refusal("binary.txt", bytes('a', 0, 'b')),
                "a NUL byte is not text");
    }

    @Test
    void theNameMustAgreeWithTheContentAndBeAllowed() throws IOException {
        assertEquals("shell.attachment.error.mismatch", refusal("scan.jpg", pdf()));
        assertEquals("shell.attachment.error.mismatch", refusal("table.docx", zip("[Content_Types].xml",
                "xl/workbook.xml")));
        assertEquals("shell.attachment.error.type", refusal("setup.exe", pdf()));
        assertEquals("shell.attachment.error.type", refusal("noextension", pdf()));
        assertEquals("shell.attachment.error.type", refusal("page.html", "<html>".getBytes()));
        assertEquals("shell.attachment.error.type", refusal("archive.zip", zip("a.txt")));
    }

    /** A .docx whose document part unpacks 1000-fold (a zip bomb) is refused; the check stops early. */
    @Test
    void aZipBombIsRefusedWithoutUnpackingIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(out.size() < 200_000, out.size() + " bytes");
        assertEquals("shell.attachment.error.content", refusal("协议.docx", out.toByteArray()));
        // an honest package of the same kind passes
        assertEquals(FileKind.DOCX, check("协议.docx", zip("[Content_Types].xml", "word/document.xml")));
    }

    @Test
    void emptyTooLargeAndNamelessFilesAreRefused() {
        assertEquals("shell.attachment.error.empty", refusal("a.pdf", new byte[0]));
        byte[] big = new byte[(int) (2 * MB) + 1];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);
        AttachmentRefusedException tooLarge = assertThrows(AttachmentRefusedException.class,
                () -> check("big.pdf", big, 2 * MB));
        assertEquals("shell.attachment.error.too-large", tooLarge.messageKey());
        assertEquals(2L, tooLarge.parameters()[1], "the limit in MB is named");
        assertEquals(FileKind.PDF, check("exact.pdf", java.util.Arrays.copyOf(big, (int) (2 * MB)), 2 * MB),
                "exactly the limit is accepted");
        assertEquals("shell.attachment.error.name", refusal("   ", pdf()));
        assertEquals("shell.attachment.error.name", refusal(null, pdf()));
    }

    @Test
    void namesAreCleanedAndSentSafelyWithChineseKept() {
        assertEquals("passwd.pdf", FileName.clean("../../etc/passwd.pdf"));
        assertEquals("申请书.pdf", FileName.clean("C:\\Users\\张三\\申请书.pdf"));
        assertEquals("a_b_.pdf", FileName.clean("a\"b\n.pdf"));
        assertEquals("hidden.txt", FileName.clean(".hidden.txt"));
        String longName = "长".repeat(300) + ".pdf";
        String cut = FileName.clean(longName);
        assertEquals(FileName.MAX_LENGTH, cut.codePointCount(0, cut.length()));
        assertTrue(cut.endsWith(".pdf"), "the extension survives the cut");

        String header = FileName.contentDisposition("调解协议 (1).pdf");
        assertEquals("attachment; filename=\"____ (1).pdf\"; filename*=UTF-8''%E8%B0%83%E8%A7%A3%E5%8D%8F%E8%AE%AE%20%281%29.pdf",
                header);
        String evil = FileName.contentDisposition("x\"; filename=evil.exe\r\nSet-Cookie: a=b.pdf");
        assertFalse(evil.contains("\r") || evil.contains("\n"), "no header injection");
        assertEquals(2, evil.chars().filter(c -> c == ';').count(), "only our two parameters: " + evil);
        assertEquals(2, evil.chars().filter(c -> c == '"').count(), "no quote of the name ends the quoted string early");
    }
}
