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

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;

/**
 * The snapshot columns last read in full, kept in the database in a compact binary form ({@code fact_snapshot_store}):
 * the codes (18 ASCII bytes each), numbers as 8-byte values, texts as a dictionary and one 1-, 2- or 4-byte index per
 * row (a million rows hold a few hundred distinct industry codes or streets), flags as the bit set's words. Ten
 * columns of a million enterprises are some 40 MB: a start reads them in well under a second, where scanning the
 * tables takes ~19 s, and then catches up with the change logs ({@link FactSnapshots}). All rows are written in one
 * transaction and carry one version; a copy, never the record.
 */
final class SnapshotStore {

    /** The key of the codes' row. */
    static final String CODES = "codes";

    /** What was kept: the version, the time every change committed before is in it, the codes and the columns. */
    record Image(long version, Instant from, String[] usccs, Map<FactColumn, Object> columns) {
    }

    private final Jdbi jdbi;

    SnapshotStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Replaces what was kept by {@code image} (one transaction). */
    void save(Image image) {
        Map<String, byte[]> rows = new LinkedHashMap<>();
        rows.put(CODES, codes(image.usccs()));
        image.columns().forEach((column, values) -> rows.put(key(column), encode(values)));
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

    /** What was kept, if anything (and whole: the codes and at least one column, of one version). */
    Optional<Image> load() {
        return jdbi.withHandle(h -> {
            List<String> keys = h.createQuery("select column_key from fact_snapshot_store").mapTo(String.class).list();
            if (!keys.contains(CODES) || keys.size() < 2) {
                return Optional.empty();
            }
            long[] version = {Long.MIN_VALUE};
            Instant[] from = {null};
            String[][] usccs = {null};
            Map<String, byte[]> contents = new HashMap<>();
            boolean[] mixed = {false};
            // read row by row, each content once (a list of all rows would hold every column twice)
            h.createQuery("select column_key, version, taken_from, content from fact_snapshot_store").map((rs, ctx) -> {
                long v = rs.getLong(2);
                if (version[0] != Long.MIN_VALUE && version[0] != v) {
                    mixed[0] = true;
                }
                version[0] = v;
                from[0] = rs.getTimestamp(3).toInstant();
                String key = rs.getString(1);
                byte[] content = rs.getBytes(4);
                if (CODES.equals(key)) {
                    usccs[0] = codes(content);
                } else {
                    contents.put(key, content);
                }
                return key;
            }).list();
            if (mixed[0] || usccs[0] == null) {
                return Optional.empty();
            }
            Map<FactColumn, Object> columns = new HashMap<>();
            contents.forEach((key, content) -> {
                FactColumn column = column(key);
                if (column != null) {
                    columns.put(column, decode(column, content, usccs[0].length));
                }
            });
            return Optional.of(new Image(version[0], from[0], usccs[0], columns));
        });
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
        String[] usccs = new String[bytes.length / 18];
        for (int i = 0; i < usccs.length; i++) {
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
        ByteBuffer buffer = ByteBuffer.wrap(content);
        switch (column.type()) {
            case NUMBER -> {
                long[] numbers = new long[size];
                buffer.asLongBuffer().get(numbers);
                return numbers;
            }
            case FLAG -> {
                long[] words = new long[content.length / 8];
                buffer.asLongBuffer().get(words);
                return BitSet.valueOf(words);
            }
            default -> {
                int count = buffer.getInt();
                String[] dictionary = new String[count + 1];
                for (int i = 1; i <= count; i++) {
                    byte[] utf8 = new byte[buffer.getInt()];
                    buffer.get(utf8);
                    dictionary[i] = new String(utf8, StandardCharsets.UTF_8);
                }
                int width = width(count);
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
            }
        }
    }

    /** Bytes per row index for a dictionary of {@code count} texts (plus "none"). */
    private static int width(int count) {
        return count < 255 ? 1 : count < 65535 ? 2 : 4;
    }
}
