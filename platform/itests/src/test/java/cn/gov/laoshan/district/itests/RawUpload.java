package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;

/**
 * Uploads made without a browser: a plain socket speaking HTTP/1.1 posts to an upload's URL (the {@code target} of
 * a {@code vaadin-upload}, a per-session secret) with the session's cookie, as a multipart request with a
 * Content-Length, a chunked multipart request or a chunked raw body, and reads the answer while it writes; plus the
 * heap and temporary-file measurements the upload limit tests make (the platform runs in the test's JVM).
 */
final class RawUpload {

    static final long MIB = 1024 * 1024;
    private static final String BOUNDARY = "----district-upload-limit-it";

    /** How a request carries its file. */
    enum Shape { MULTIPART_WITH_LENGTH, MULTIPART_CHUNKED, RAW_CHUNKED }

    /** What the server answered (-1: the connection was closed before a status line) and how much was sent. */
    record Answer(int status, long sent) {
    }

    private RawUpload() {
    }

    /** The upload's URL: the {@code target} Vaadin gives the element, a per-session secret. */
    static String target(Page page, String selector) {
        String target = (String) page.locator(selector).evaluate("e => e.target");
        assertNotNull(target, selector + " has a target");
        // relative to the application's root (Vaadin's <base href>), not to the route's path
        return URI.create(page.url()).resolve("/").resolve(target).toString();
    }

    static String cookie(Page page) {
        List<Cookie> cookies = page.context().cookies();
        StringBuilder header = new StringBuilder();
        for (Cookie c : cookies) {
            header.append(header.isEmpty() ? "" : "; ").append(c.name).append('=').append(c.value);
        }
        return header.toString();
    }

    /**
     * Posts {@code start} followed by {@code total - start.length} bytes of filler (or {@code start} alone when it is
     * as long as {@code total}) over a plain socket, reading the answer while writing. Nothing is allocated per
     * chunk, so the heap measured is the server's.
     */
    static Answer post(String url, String cookie, Shape shape, String fileName, byte[] start, long total)
            throws Exception {
        URI uri = URI.create(url);
        byte[] head = shape == Shape.RAW_CHUNKED ? new byte[0]
                : ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = shape == Shape.RAW_CHUNKED ? new byte[0]
                : ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long bodyLength = head.length + total + tail.length;
        StringBuilder request = new StringBuilder("POST ").append(uri.getRawPath())
                .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                .append("Cookie: ").append(cookie).append("\r\n");
        if (shape == Shape.RAW_CHUNKED) {
            request.append("Content-Type: application/octet-stream\r\n");
            request.append("X-Filename: ").append(java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8)).append("\r\n");
        } else {
            request.append("Content-Type: multipart/form-data; boundary=").append(BOUNDARY).append("\r\n");
        }
        request.append(shape == Shape.MULTIPART_WITH_LENGTH ? "Content-Length: " + bodyLength + "\r\n"
                : "Transfer-Encoding: chunked\r\n").append("Connection: close\r\n\r\n");
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(120_000);
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
                try {
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                    String line = in.readLine();
                    return line == null ? -1 : Integer.parseInt(line.split(" ")[1]);
                } catch (IOException e) {
                    return -1;
                }
            });
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request.toString().getBytes(StandardCharsets.UTF_8));
                boolean chunked = shape != Shape.MULTIPART_WITH_LENGTH;
                write(out, head, chunked, sent);
                write(out, start, chunked, sent);
                byte[] filler = new byte[64 * 1024];
                Arrays.fill(filler, (byte) 'a');
                long left = total - start.length;
                while (left > 0 && !status.isDone()) {
                    int n = (int) Math.min(filler.length, left);
                    write(out, n == filler.length ? filler : Arrays.copyOf(filler, n), chunked, sent);
                    left -= n;
                }
                write(out, tail, chunked, sent);
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedByTheServer) {
                // the server stopped reading and closed the connection: what it answered is read below
            }
            return new Answer(status.get(120, TimeUnit.SECONDS), sent.get());
        }
    }

    static void write(OutputStream out, byte[] bytes, boolean chunked, AtomicLong sent) throws IOException {
        if (bytes.length == 0) {
            return;
        }
        if (chunked) {
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        sent.addAndGet(bytes.length);
    }

    /** The platform's temporary uploads, import and attachment spools. */
    static List<Path> uploads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("district-upload-")
                    || p.getFileName().toString().startsWith("district-import-")
                    || p.getFileName().toString().startsWith("district-attachment-")).sorted().toList();
        }
    }

    static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The most heap used while a request runs, sampled every 20 ms (the platform runs in this JVM). */
    static final class HeapPeak {
        private final AtomicLong max = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread sampler;

        private HeapPeak() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            sampler = new Thread(() -> {
                while (running.get()) {
                    max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-peak");
            sampler.setDaemon(true);
            sampler.start();
        }

        static HeapPeak start() {
            return new HeapPeak();
        }

        long stop() throws InterruptedException {
            running.set(false);
            sampler.join();
            return max.get();
        }
    }
}
