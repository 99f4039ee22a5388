package cn.gov.laoshan.district.api.imports;

/**
 * What one import file may be, checked on the server whatever the browser was told: at most {@code maxBytes} of
 * it are read (a larger file is refused whole), at most {@code maxRows} data rows (more: refused whole, nothing
 * written), and after {@code maxProblems} problems the rest is not checked (the report says so). An .xlsx must
 * also unpack to at most {@code maxUnpackedBytes}, all its parts together, at an honest compression ratio.
 *
 * @param maxBytes         the largest file, in bytes (at least 1)
 * @param maxRows          data rows, the header not counted (at least 1)
 * @param maxProblems      problems listed at most (at least 1)
 * @param maxUnpackedBytes what an .xlsx may unpack to (at least {@code maxBytes})
 */
public record ImportLimits(long maxBytes, int maxRows, int maxProblems, long maxUnpackedBytes) {

    public ImportLimits {
        if (maxBytes < 1 || maxRows < 1 || maxProblems < 1 || maxUnpackedBytes < maxBytes) {
            throw new IllegalArgumentException("import limits must be positive and an .xlsx may unpack to at least its size: "
                    + maxBytes + " bytes, " + maxRows + " rows, " + maxProblems + " problems, " + maxUnpackedBytes + " unpacked");
        }
    }

    /** {@code maxBytes} and {@code maxRows}, 1,000 problems, unpacking to ten times the file. */
    public static ImportLimits of(long maxBytes, int maxRows) {
        return new ImportLimits(maxBytes, maxRows, 1000, Math.multiplyExact(maxBytes, 10));
    }

    public ImportLimits withMaxProblems(int problems) {
        return new ImportLimits(maxBytes, maxRows, problems, maxUnpackedBytes);
    }

    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(maxBytes, rows, maxProblems, maxUnpackedBytes);
    }

    public ImportLimits withMaxUnpackedBytes(long bytes) {
        return new ImportLimits(maxBytes, maxRows, maxProblems, bytes);
    }

    /** {@code maxBytes} in whole MiB, for messages. */
    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
