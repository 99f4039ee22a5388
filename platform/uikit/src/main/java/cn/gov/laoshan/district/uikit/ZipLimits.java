package cn.gov.laoshan.district.uikit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Decompression limits for ZIP packages that users upload (.xlsx, .docx): a small file must not unpack into gigabytes
 * (a "zip bomb") before a reader, or a check of the content, gets to it. {@link #check(Path)} inflates every entry
 * once, counting the bytes it really produces (the sizes a ZIP declares may lie), and refuses the package as soon as
 * <ul>
 *   <li>it has more than {@code maxEntries} entries,</li>
 *   <li>an entry inflates to more than {@code maxRatio} times its compressed size (after the first 1 MiB, as Apache
 *       POI's {@code ZipSecureFile} does: its default ratio is 100),</li>
 *   <li>one entry inflates to more than {@code maxEntryBytes} (by default {@code maxTotalBytes}),</li>
 *   <li>or all entries together inflate to more than {@code maxTotalBytes}.</li>
 * </ul>
 * Nothing is kept in memory but a read buffer. Read with commons-compress, fastexcel-reader's own ZIP library.
 *
 * <pre>{@code
 * List<String> names = ZipLimits.of(500 * MiB).check(uploadedFile);   // throws ZipLimits.Exceeded
 * }</pre>
 */
public final class ZipLimits {

    /** An entry may inflate to this many bytes before its ratio is checked (POI's grace size is 100 KiB). */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private final long maxTotalBytes;
    private final long maxEntryBytes;
    private final int maxEntries;
    private final int maxRatio;

    private ZipLimits(long maxTotalBytes, long maxEntryBytes, int maxEntries, int maxRatio) {
        if (maxTotalBytes <= 0 || maxEntryBytes <= 0 || maxEntries <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxTotalBytes = maxTotalBytes;
        this.maxEntryBytes = maxEntryBytes;
        this.maxEntries = maxEntries;
        this.maxRatio = maxRatio;
    }

    /** At most {@code maxTotalBytes} inflated, 10,000 entries, a ratio of 100 per entry. */
    public static ZipLimits of(long maxTotalBytes) {
        return new ZipLimits(maxTotalBytes, maxTotalBytes, 10_000, 100);
    }

    /** The same limits with another entry count and ratio. */
    public ZipLimits withEntriesAndRatio(int maxEntries, int maxRatio) {
        return new ZipLimits(maxTotalBytes, maxEntryBytes, maxEntries, maxRatio);
    }

    /**
     * The same limits, and no single entry larger than {@code maxEntryBytes} when inflated: a reader that keeps one
     * part whole in memory (fastexcel keeps the shared strings it has read) is bounded by it.
     */
    public ZipLimits withMaxEntryBytes(long maxEntryBytes) {
        return new ZipLimits(maxTotalBytes, maxEntryBytes, maxEntries, maxRatio);
    }

    public long maxTotalBytes() {
        return maxTotalBytes;
    }

    /** A package beyond the limits, or not a ZIP at all ({@link #notZip()}). */
    public static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean notZip;

        Exceeded(String message, boolean notZip) {
            super(message);
            this.notZip = notZip;
        }

        /** True when the file is no readable ZIP (rather than too big when inflated). */
        public boolean notZip() {
            return notZip;
        }
    }

    /** Checks a package in a file; the names of its entries, in their order, when it is within the limits. */
    public List<String> check(Path file) throws Exceeded {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            return check(zip);
        } catch (Exceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Exceeded("not a readable ZIP package: " + e.getMessage(), true);
        }
    }

    /** Checks a package held in memory; the names of its entries when it is within the limits. */
    public List<String> check(byte[] content) throws Exceeded {
        try (SeekableByteChannel channel = new SeekableInMemoryByteChannel(content);
                ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
            return check(zip);
        } catch (Exceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Exceeded("not a readable ZIP package: " + e.getMessage(), true);
        }
    }

    private List<String> check(ZipFile zip) throws IOException {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > maxEntries) {
            throw new Exceeded("more than " + maxEntries + " entries", false);
        }
        List<String> names = new ArrayList<>(entries.size());
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (ZipArchiveEntry entry : entries) {
            names.add(entry.getName());
            if (entry.isDirectory()) {
                continue;
            }
            long compressed = Math.max(entry.getCompressedSize(), 1);
            long inflated = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    inflated += n;
                    total += n;
                    if (inflated > maxEntryBytes) {
                        throw new Exceeded(entry.getName() + " inflates to more than " + maxEntryBytes + " bytes", false);
                    }
                    if (total > maxTotalBytes) {
                        throw new Exceeded("inflates to more than " + maxTotalBytes + " bytes", false);
                    }
                    if (inflated > RATIO_GRACE_BYTES && inflated / compressed > maxRatio) {
                        throw new Exceeded(entry.getName() + " inflates more than " + maxRatio + " times", false);
                    }
                }
            }
        }
        return names;
    }
}
