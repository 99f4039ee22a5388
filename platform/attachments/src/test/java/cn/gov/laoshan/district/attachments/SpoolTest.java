package cn.gov.laoshan.district.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.attachment.AttachmentRefusedException;

/** The size limit is counted while the bytes arrive: the rest of a larger upload is never read, nothing is kept. */
class SpoolTest {

    private static final long MIB = 1024 * 1024;

    /** An endless-looking upload: a PDF header, then {@code size} bytes in total, made as they are read. */
    static final class Generated extends InputStream {
        private final long size;
        long read;

        Generated(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            return read++ < 5 ? "%PDF-".charAt((int) read - 1) : 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }

    @Test
    void anUploadOverTheLimitIsCutAfterOneByteMoreAndLeavesNoFile() throws Exception {
        List<Path> before = spools();
        long heapBefore = usedHeap();
        Generated upload = new Generated(200 * MIB);
        AttachmentRefusedException refused = assertThrows(AttachmentRefusedException.class,
                () -> AttachmentStore.accept("申请书.pdf", upload, 10 * MIB).close());
        assertEquals("shell.attachment.error.too-large", refused.messageKey());
        assertEquals(10L, refused.parameters()[1], "the limit in MB is named");
        assertTrue(upload.read <= 10 * MIB + 1 + 64 * 1024, "read " + upload.read + " bytes of 200 MiB: stopped at the limit");
        assertEquals(before, spools(), "no temporary file is left");
        long grown = usedHeap() - heapBefore;
        assertTrue(grown < 20 * MIB, "heap grew by " + grown / MIB + " MiB");
    }

    @Test
    void exactlyTheLimitIsKeptInATemporaryFileNotInMemoryAndDeletedAfter() throws Exception {
        List<Path> before = spools();
        Path kept;
        try (AttachmentStore.Accepted accepted = AttachmentStore.accept("a.pdf", new Generated(3 * MIB), 3 * MIB)) {
            assertEquals(FileKind.PDF, accepted.kind());
            assertEquals(3 * MIB, accepted.spool().size());
            kept = accepted.spool().file();
            assertEquals(3 * MIB, Files.size(kept));
        }
        assertTrue(Files.notExists(kept));
        assertEquals(before, spools());
    }

    @Test
    void aRefusedContentLeavesNoFile() throws Exception {
        List<Path> before = spools();
        assertThrows(AttachmentRefusedException.class,
                () -> AttachmentStore.accept("a.png", new Generated(MIB), 3 * MIB).close());
        assertEquals(before, spools());
    }

    private static List<Path> spools() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("district-attachment-")).sorted().toList();
        }
    }

    private static long usedHeap() throws InterruptedException {
        System.gc();
        Thread.sleep(100);
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
