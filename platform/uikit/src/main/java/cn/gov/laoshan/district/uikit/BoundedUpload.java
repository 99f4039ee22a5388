package cn.gov.laoshan.district.uikit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.io.input.BoundedInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An {@link UploadHandler} with a byte limit enforced on the server — {@code Upload.setMaxFileSize} is only the
 * browser's, and anyone can post to an upload's URL without one. Use it for every upload:
 *
 * <pre>{@code
 * Upload upload = new Upload(BoundedUpload.inMemory(10 * BoundedUpload.MIB, (name, bytes) -> runImport(name, bytes))
 *         .whenTooLarge(name -> showError(...)));
 * upload.setMaxFileSize((int) (10 * BoundedUpload.MIB));   // the browser's check, for the user's sake
 * }</pre>
 *
 * What the server does with a file over the limit:
 * <ul>
 *   <li>the multipart request is limited by Vaadin's own parser (commons-fileupload: {@link #getRequestSizeMax()},
 *       {@link #getFileSizeMax()}, one file per request): a request that declares a larger Content-Length is refused
 *       before a byte of it is read (Vaadin answers it with HTTP 500 and a warning in the log);</li>
 *   <li>whatever the request looks like (chunked, or a raw body instead of multipart), the file is read through a
 *       {@link BoundedInputStream}: at most one byte more than the limit is read, into memory
 *       ({@link #inMemory}) or into a temporary file ({@link #toTempFile}, deleted again);</li>
 *   <li>then the answer is HTTP 413; the rest of the request is not read (Jetty closes the connection), the receiver is
 *       never called and {@link #whenTooLarge} runs in the UI (to say so in the user's language).</li>
 * </ul>
 * The receiver runs in the UI's lock ({@code ui.access}), as the signed-in user, after the whole file arrived.
 */
public final class BoundedUpload implements UploadHandler {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(BoundedUpload.class);

    /** One mebibyte, for limits: {@code 10 * MIB}. */
    public static final long MIB = 1024L * 1024L;

    /** What a multipart request may carry besides the file: boundaries and part headers. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    /** Takes an uploaded file held in memory. */
    @FunctionalInterface
    public interface BytesReceiver extends java.io.Serializable {
        void received(String fileName, byte[] content);
    }

    /**
     * Takes an uploaded file in a temporary file, which is then the receiver's: it deletes it when done (it may work
     * on it after returning, e.g. in a later {@code ui.access}, so that the upload's request ends first).
     */
    @FunctionalInterface
    public interface FileReceiver extends java.io.Serializable {
        void received(String fileName, Path file);
    }

    /** Whether the request on this thread was refused as too large: the answer is 413, not Vaadin's 200/500. */
    private static final ThreadLocal<Boolean> REFUSED = new ThreadLocal<>();

    private final long maxBytes;
    private final BytesReceiver bytes;
    private final FileReceiver file;
    private TooLarge tooLarge = fileName -> {
    };

    private BoundedUpload(long maxBytes, BytesReceiver bytes, FileReceiver file) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
        this.bytes = bytes;
        this.file = file;
    }

    /** A file of at most {@code maxBytes} (at most 1 GiB) into memory. */
    public static BoundedUpload inMemory(long maxBytes, BytesReceiver receiver) {
        if (maxBytes > 1024 * MIB) {
            throw new IllegalArgumentException("keep at most 1 GiB in memory; use toTempFile");
        }
        return new BoundedUpload(maxBytes, java.util.Objects.requireNonNull(receiver), null);
    }

    /**
     * A file of at most {@code maxBytes} into a temporary file handed to {@code receiver}, who deletes it when done; a
     * file over the limit is deleted at once, and so is the file of a screen closed before it arrived.
     */
    public static BoundedUpload toTempFile(long maxBytes, FileReceiver receiver) {
        return new BoundedUpload(maxBytes, null, java.util.Objects.requireNonNull(receiver));
    }

    /** Told, in the UI's lock, of a file refused for its size. */
    @FunctionalInterface
    public interface TooLarge extends java.io.Serializable {
        void refused(String fileName);
    }

    /** What to do, in the UI's lock, when a file over the limit was refused (say so; the receiver is not called). */
    public BoundedUpload whenTooLarge(TooLarge action) {
        this.tooLarge = java.util.Objects.requireNonNull(action);
        return this;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        REFUSED.remove();
        String name = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            // a raw body or a servlet part whose length is known: nothing to read
            refuse(event, event.getFileSize());
            return;
        }
        try {
            if (bytes != null) {
                byte[] content;
                try (InputStream in = bounded(event.getInputStream())) {
                    content = in.readAllBytes();
                }
                if (content.length > maxBytes) {
                    refuse(event, content.length);
                    return;
                }
                access(event.getUI(), () -> bytes.received(name, content), null);
            } else {
                Path temporary = Files.createTempFile("district-upload-", ".part");
                try {
                    long size;
                    try (InputStream in = bounded(event.getInputStream());
                            OutputStream out = Files.newOutputStream(temporary)) {
                        size = in.transferTo(out);
                    }
                    if (size > maxBytes) {
                        refuse(event, size);
                        return;
                    }
                    Path received = temporary;
                    temporary = null;
                    access(event.getUI(), () -> file.received(name, received), received);
                } finally {
                    deleteQuietly(temporary);
                }
            }
        } catch (FileUploadSizeException e) {
            // Vaadin's multipart parser counted past getFileSizeMax/getRequestSizeMax (a chunked request)
            refuse(event, e.getActualSize());
        }
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        if (Boolean.TRUE.equals(REFUSED.get())) {
            REFUSED.remove();
            response.setStatus(413);
        } else {
            UploadHandler.super.responseHandled(success, response);
        }
    }

    private InputStream bounded(InputStream in) throws IOException {
        // one byte more than allowed tells a file that is too large from one that is exactly the limit
        return BoundedInputStream.builder().setInputStream(in).setMaxCount(maxBytes + 1).get();
    }

    private void refuse(UploadEvent event, long size) {
        REFUSED.set(Boolean.TRUE);
        LOG.info("upload of {} refused: {} bytes or more, the limit is {}", event.getFileName(), size, maxBytes);
        UI ui = event.getUI();
        if (ui != null) {
            String name = event.getFileName();
            access(ui, () -> tooLarge.refused(name), null);
        }
    }

    private static void access(UI ui, com.vaadin.flow.server.Command command, Path orphan) {
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // the screen was closed meanwhile: nobody to give the file to
            deleteQuietly(orphan);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.debug("temporary upload {} not deleted", path, e);
        }
    }
}
