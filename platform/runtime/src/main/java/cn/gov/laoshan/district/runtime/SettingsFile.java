package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Properties;

/**
 * Reads {@code conf/district.properties} (UTF-8) so that a mistake in it is reported as the file and the line, never
 * as a stack trace: bytes that are not UTF-8 text (binary garbage), control characters, or a bad {@code \\uXXXX}
 * escape ({@link Properties#load} says only "Malformed \\uxxxx encoding", without a line).
 */
final class SettingsFile {

    private SettingsFile() {
    }

    /** The settings in {@code file}; empty when it does not exist. */
    static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return properties;
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException("cannot read " + file + " (permission denied)");
        }
        String[] lines = decodeLines(file, bytes);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (Character.isISOControl(ch) && ch != '\t' && ch != '\r' && ch != '\f') {
                    throw new IllegalArgumentException(where(file, i) + ": control character U+"
                            + String.format("%04X", (int) ch) + " (binary data?); the file must be UTF-8 text");
                }
            }
            try {
                new Properties().load(new StringReader(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where(file, i) + ": " + e.getMessage()
                        + " (a backslash-u must be followed by four hexadecimal digits; write \\\\ for a backslash)");
            }
        }
        properties.load(new StringReader(String.join("\n", lines)));
        return properties;
    }

    /** The file split into lines, each checked to be UTF-8, so that a bad byte is reported with its line. */
    private static String[] decodeLines(Path file, byte[] bytes) {
        String[] lines = new String[0];
        int start = 0;
        int number = 0;
        java.util.List<String> decoded = new java.util.ArrayList<>();
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoded.add(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start)).toString());
                } catch (CharacterCodingException e) {
                    throw new IllegalArgumentException(where(file, number)
                            + ": not UTF-8 text (binary data?); the file must be UTF-8 text");
                }
                start = i + 1;
                number++;
            }
        }
        return decoded.toArray(lines);
    }

    private static String where(Path file, int index) {
        return file + ", line " + (index + 1);
    }

    /** Of {@code known}, the one nearest to {@code key} (fewest single-character edits: "http.prot" → "http.port"). */
    static String nearest(String key, Collection<String> known) {
        return known.stream().min(Comparator.comparingInt(candidate -> distance(key, candidate))).orElse("");
    }

    /** Levenshtein distance, the classic two-row dynamic programme. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        Arrays.setAll(previous, j -> j);
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
