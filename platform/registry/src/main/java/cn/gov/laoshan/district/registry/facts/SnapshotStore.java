package cn.gov.laoshan.district.registry.facts;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;

/**
 * The snapshot columns last read in full, kept in the database in a compact binary form ({@code fact_snapshot_store}):
 * the codes (18 ASCII bytes each), numbers as 8-byte values, texts as a dictionary and one 1-, 2- or 4-byte index per
 * row (a million rows hold a few hundred distinct industry codes or streets), flags as the bit set's words. Ten
 * columns of a million enterprises are some 40 MB: a start reads them in well under a second, where scanning the
 * tables takes ~19 s, and then catches up with the change logs ({@link FactSnapshots}). All rows are written in one
 * transaction and carry one version; a copy, never the record. Each row is sealed (its form's name and a CRC-32 of its
 * values) and read back checked — the form, the checksum, codes that are USCCs in ascending order, every column as
 * long as the codes, one version — so that a damaged or foreign copy is refused ({@link Unusable}: the tables are read
 * and the log says why), never handed out as facts.
 */
final class SnapshotStore {

    /**
     * The key of the codes' row. Not "codes", the key of the rows written before they were sealed: a node of that
     * version sharing the database finds no copy of its form (and reads the tables), and this one finds no codes in a
     * copy that node wrote.
     */
    static final String CODES = "codes:2";
    /** The key of the row of the changes of many that are in the copy ({@link FactSnapshots}' markers). */
    static final String MARKERS = "markers";
    /**
     * Every row's content starts with this (the form's name and number: a row of another form is not this copy's)
     * and then the CRC-32 of the rest: a damaged row is found, not read as values.
     */
    static final int FORM = 0x44465332; // "DFS2"
    private static final int HEADER = 8;

    /**
     * What was kept: the version, the time every change committed before is in it, the codes, the columns, and the
     * changes of many (change-log ids) in it.
     */
    record Image(long version, Instant from, String[] usccs, Map<FactColumn, Object> columns, Set<Long> markers) {
    }

    /** A kept copy that cannot be used as it is: damaged, of another form, not whole. */
    static final class Unusable extends RuntimeException {
        Unusable(String message) {
            super(message);
        }
    }

    private final Jdbi jdbi;

    SnapshotStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Replaces what was kept by {@code image} (one transaction). */
    void save(Image image) {
        Map<String, byte[]> rows = new LinkedHashMap<>();
        rows.put(CODES, sealed(codes(image.usccs())));
        rows.put(MARKERS, sealed(encode(image.markers().stream().mapToLong(Long::longValue).sorted().toArray())));
        image.columns().forEach((column, values) -> rows.put(key(column), sealed(encode(values))));
        Timestamp from = Timestamp.from(image.from());
        jdbi.useTransaction(h -> {
            h.execute("delete from fact_snapshot_store");
            // one row at a time: a batch would hold every column's bytes in the driver at once
            for (Map.Entry<String, byte[]> row : rows.entrySet()) {
                h.createUpdate("insert into fact_snapshot_store (column_key, version, taken_from, content) "
                        + "values (:key, :version, :from, :content)").bind("key", row.getKey())
                        .bind("version", image.version()).bind("from", from).bind("content", row.getValue()).execute();
            }
        });
    }

    /**
     * What was kept, if anything; {@link Unusable} (with the reason) when a copy is there but not usable as it is: of
     * another form, damaged (a checksum that does not match, a column of the wrong length, codes out of order), rows of
     * two versions, or no codes.
     */
    Optional<Image> load() {
        return jdbi.withHandle(h -> {
            List<String> keys = h.createQuery("select column_key from fact_snapshot_store").mapTo(String.class).list();
            if (keys.isEmpty()) {
                return Optional.empty();
            }
            if (!keys.contains(CODES) || keys.size() < 2) {
                throw new Unusable("not whole: rows " + keys);
            }
            long[] version = {Long.MIN_VALUE};
            Instant[] from = {null};
            String[][] usccs = {null};
            Map<String, ByteBuffer> contents = new HashMap<>();
            // read row by row, each content once (a list of all rows would hold every column twice)
            h.createQuery("select column_key, version, taken_from, content from fact_snapshot_store").map((rs, ctx) -> {
                long v = rs.getLong(2);
                String key = rs.getString(1);
                if (version[0] != Long.MIN_VALUE && version[0] != v) {
                    throw new Unusable("rows of two versions (" + version[0] + ", " + v + " of " + key + ")");
                }
                version[0] = v;
                from[0] = rs.getTimestamp(3).toInstant();
                ByteBuffer content = opened(key, rs.getBytes(4));
                if (CODES.equals(key)) {
                    usccs[0] = codes(content);
                } else {
                    contents.put(key, content);
                }
                return key;
            }).list();
            Map<FactColumn, Object> columns = new HashMap<>();
            Set<Long> markers = Set.of();
            for (Map.Entry<String, ByteBuffer> row : contents.entrySet()) {
                if (MARKERS.equals(row.getKey())) {
                    ByteBuffer content = row.getValue();
                    long[] ids = new long[content.remaining() / 8];
                    content.asLongBuffer().get(ids);
                    markers = java.util.Arrays.stream(ids).boxed().collect(java.util.stream.Collectors.toUnmodifiableSet());
                    continue;
                }
                FactColumn column = column(row.getKey());
                if (column != null) {
                    columns.put(column, decode(column, row.getValue(), usccs[0].length, row.getKey()));
                }
            }
            return Optional.of(new Image(version[0], from[0], usccs[0], columns, markers));
        });
    }

    /** A row's content: the form, the checksum of the rest, the rest. */
    static byte[] sealed(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer content = ByteBuffer.allocate(HEADER + payload.length);
        content.putInt(FORM).putInt((int) crc.getValue()).put(payload);
        return content.array();
    }

    /** The rest of a row's content, once its form and checksum are those {@link #sealed} wrote. */
    static ByteBuffer opened(String key, byte[] content) {
        if (content == null || content.length < HEADER || ByteBuffer.wrap(content).getInt() != FORM) {
            throw new Unusable("row " + key + " is not of this form (" + Integer.toHexString(FORM) + ")");
        }
        CRC32 crc = new CRC32();
        crc.update(content, HEADER, content.length - HEADER);
        if (ByteBuffer.wrap(content, 4, 4).getInt() != (int) crc.getValue()) {
            throw new Unusable("row " + key + " is damaged: its checksum does not match");
        }
        return ByteBuffer.wrap(content, HEADER, content.length - HEADER).slice();
    }

    /** Deletes what was kept (the next cold snapshot reads the tables). */
    void clear() {
        jdbi.useHandle(h -> h.execute("delete from fact_snapshot_store"));
    }

    /** A column's key: its kind and its arguments ({@code Figure:HEADCOUNT:2025}, {@code Marked:2025-12-31:守信激励}). */
    static String key(FactColumn column) {
        if (column instanceof FactColumn.Figure f) {
            return "Figure:" + f.kind().name() + ":" + f.year();
        } else if (column instanceof FactColumn.Qualified q) {
            return "Qualified:" + q.on() + ":" + q.qualificationType();
        } else if (column instanceof FactColumn.Marked m) {
            return "Marked:" + m.on() + ":" + m.mark();
        }
        return column.getClass().getSimpleName();
    }

    /** The column of a key, {@code null} for one this version does not know (it is then read from the tables). */
    static FactColumn column(String key) {
        String[] parts = key.split(":", 3);
        try {
            return switch (parts[0]) {
                case "IndustryCode" -> new FactColumn.IndustryCode();
                case "RegisteredCapital" -> new FactColumn.RegisteredCapital();
                case "Status" -> new FactColumn.Status();
                case "CreditGrade" -> new FactColumn.CreditGrade();
                case "Founded" -> new FactColumn.Founded();
                case "SizeClass" -> new FactColumn.SizeClass();
                case "Street" -> new FactColumn.Street();
                case "Park" -> new FactColumn.Park();
                case "Figure" -> new FactColumn.Figure(FigureKind.valueOf(parts[1]), Integer.parseInt(parts[2]));
                case "Qualified" -> new FactColumn.Qualified(parts[2], LocalDate.parse(parts[1]));
                case "Marked" -> new FactColumn.Marked(parts[2], LocalDate.parse(parts[1]));
                default -> null;
            };
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    static byte[] codes(String[] usccs) {
        byte[] bytes = new byte[usccs.length * 18];
        for (int i = 0; i < usccs.length; i++) {
            // a USCC is 18 characters of 0-9 and A-Z (the table's char(18)): one byte each
            for (int c = 0; c < 18; c++) {
                bytes[i * 18 + c] = (byte) usccs[i].charAt(c);
            }
        }
        return bytes;
    }

    static String[] codes(byte[] bytes) {
        return codes(ByteBuffer.wrap(bytes));
    }

    /** The codes, checked: 18 characters of 0-9 and A-Z each, strictly ascending (snapshots find rows by search). */
    static String[] codes(ByteBuffer content) {
        if (content.remaining() % 18 != 0) {
            throw new Unusable("the codes are " + content.remaining() + " bytes, not 18 each");
        }
        byte[] bytes = new byte[content.remaining()];
        content.get(bytes);
        String[] usccs = new String[bytes.length / 18];
        for (int i = 0; i < usccs.length; i++) {
            for (int c = i * 18; c < i * 18 + 18; c++) {
                if (!(bytes[c] >= '0' && bytes[c] <= '9' || bytes[c] >= 'A' && bytes[c] <= 'Z')) {
                    throw new Unusable("code " + i + " is not a USCC");
                }
            }
            if (i > 0 && java.util.Arrays.compare(bytes, (i - 1) * 18, i * 18, bytes, i * 18, i * 18 + 18) >= 0) {
                throw new Unusable("the codes are not in ascending order at " + i);
            }
            usccs[i] = new String(bytes, i * 18, 18, StandardCharsets.ISO_8859_1);
        }
        return usccs;
    }

    static byte[] encode(Object values) {
        if (values instanceof long[] numbers) {
            ByteBuffer buffer = ByteBuffer.allocate(numbers.length * 8);
            buffer.asLongBuffer().put(numbers);
            return buffer.array();
        } else if (values instanceof BitSet flags) {
            long[] words = flags.toLongArray();
            ByteBuffer buffer = ByteBuffer.allocate(words.length * 8);
            buffer.asLongBuffer().put(words);
            return buffer.array();
        }
        String[] texts = (String[]) values;
        Map<String, Integer> dictionary = new LinkedHashMap<>();
        for (String text : texts) {
            if (text != null) {
                dictionary.putIfAbsent(text, dictionary.size());
            }
        }
        int width = width(dictionary.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream(texts.length * width + 16 * dictionary.size() + 8);
        try (DataOutputStream data = new DataOutputStream(out)) {
            data.writeInt(dictionary.size());
            for (String text : dictionary.keySet()) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                data.writeInt(utf8.length);
                data.write(utf8);
            }
            ByteBuffer rows = ByteBuffer.allocate(texts.length * width);
            for (String text : texts) {
                // index 0 is "none"; the dictionary's entries are 1..n
                int index = text == null ? 0 : dictionary.get(text) + 1;
                switch (width) {
                    case 1 -> rows.put((byte) index);
                    case 2 -> rows.putShort((short) index);
                    default -> rows.putInt(index);
                }
            }
            data.write(rows.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Object decode(FactColumn column, byte[] content, int size) {
        return decode(column, ByteBuffer.wrap(content), size, SnapshotStore.key(column));
    }

    /** A column's values from its row ({@code key}), checked against the number of codes ({@link Unusable}). */
    static Object decode(FactColumn column, ByteBuffer buffer, int size, String key) {
        int length = buffer.remaining();
        switch (column.type()) {
            case NUMBER -> {
                if (length != size * 8) {
                    throw new Unusable("row " + key + " holds " + length / 8 + " numbers for " + size + " codes");
                }
                long[] numbers = new long[size];
                buffer.asLongBuffer().get(numbers);
                return numbers;
            }
            case FLAG -> {
                if (length % 8 != 0 || length / 8 > (size + 63) / 64) {
                    throw new Unusable("row " + key + " holds flags beyond " + size + " codes");
                }
                long[] words = new long[length / 8];
                buffer.asLongBuffer().get(words);
                return BitSet.valueOf(words);
            }
            default -> {
                try {
                    int count = buffer.getInt();
                    String[] dictionary = new String[count + 1];
                    for (int i = 1; i <= count; i++) {
                        byte[] utf8 = new byte[buffer.getInt()];
                        buffer.get(utf8);
                        dictionary[i] = new String(utf8, StandardCharsets.UTF_8);
                    }
                    int width = width(count);
                    if (buffer.remaining() != size * width) {
                        throw new Unusable("row " + key + " holds " + buffer.remaining() / width + " texts for " + size + " codes");
                    }
                    String[] texts = new String[size];
                    for (int i = 0; i < size; i++) {
                        int index = switch (width) {
                            case 1 -> Byte.toUnsignedInt(buffer.get());
                            case 2 -> Short.toUnsignedInt(buffer.getShort());
                            default -> buffer.getInt();
                        };
                        texts[i] = dictionary[index];
                    }
                    return texts;
                } catch (java.nio.BufferUnderflowException | NegativeArraySizeException | ArrayIndexOutOfBoundsException e) {
                    throw new Unusable("row " + key + " is not a column of texts (" + e + ")");
                }
            }
        }
    }

    /** Bytes per row index for a dictionary of {@code count} texts (plus "none"). */
    private static int width(int count) {
        return count < 255 ? 1 : count < 65535 ? 2 : 4;
    }
}
