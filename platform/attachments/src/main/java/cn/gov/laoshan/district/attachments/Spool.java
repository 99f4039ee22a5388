package cn.gov.laoshan.district.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.io.input.BoundedInputStream;

/**
 * An upload written to a temporary file while its bytes are counted: at most one byte more than the limit is ever
 * read (that byte tells a file over the limit from one of exactly the limit), and a file over the limit is deleted at
 * once. The content is checked and stored from the file, so no upload is ever held in memory whole.
 */
final class Spool implements AutoCloseable {

    /** The content was larger than the limit; nothing was kept. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final Path file;
    private final long size;

    private Spool(Path file, long size) {
        this.file = file;
        this.size = size;
    }

    static Spool of(InputStream content, long maxBytes) throws IOException, TooLarge {
        Path file = Files.createTempFile("district-attachment-", ".part");
        boolean kept = false;
        try {
            long size;
            try (InputStream in = BoundedInputStream.builder().setInputStream(content).setMaxCount(maxBytes + 1)
                    .setPropagateClose(false).get(); OutputStream out = Files.newOutputStream(file)) {
                size = in.transferTo(out);
            }
            if (size > maxBytes) {
                throw new TooLarge();
            }
            kept = true;
            return new Spool(file, size);
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
