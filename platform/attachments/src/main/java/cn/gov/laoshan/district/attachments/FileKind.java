package cn.gov.laoshan.district.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.gov.laoshan.district.uikit.ZipLimits;

/**
 * The kinds of file a record may carry, each recognised by its CONTENT (magic bytes and structure), not by its name:
 * a PDF starts with {@code %PDF-}, a JPEG with FF D8 FF, a PNG with its 8-byte signature, DOC and XLS are OLE2
 * compound files holding a {@code WordDocument} or {@code Workbook} stream, DOCX and XLSX are ZIP packages with
 * {@code word/} or {@code xl/} parts (and unpack within {@link #OFFICE_LIMITS}: no zip bombs), and a text file is
 * valid UTF-8 without control characters. The name's extension must agree with the content.
 */
enum FileKind {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    DOC("application/msword", "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLS("application/vnd.ms-excel", "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    TXT("text/plain; charset=UTF-8", "txt");

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    /**
     * What a .docx/.xlsx may unpack to when its structure is checked: 512 MiB, at most 100 times each part's
     * compressed size (a package that unpacks to more is refused as not being the kind it claims).
     */
    static final ZipLimits OFFICE_LIMITS = ZipLimits.of(512L * 1024 * 1024);

    private final String mediaType;
    private final List<String> extensions;

    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** The Content-Type a download of this kind is served with. */
    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The kind a file name's extension claims, if it is one of the allowed. */
    public static Optional<FileKind> byName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        for (FileKind kind : values()) {
            if (kind.extensions.contains(extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The kind the content of {@code file} is, as far as the allowed kinds go; empty for anything else. The file is
     * read in pieces (never whole into memory): its first bytes, then, for a compound file, a scan for its stream
     * names, for a ZIP package its directory (inflated within {@link #OFFICE_LIMITS}), for text a streaming decode.
     */
    static Optional<FileKind> byContent(Path file, FileKind claimed) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length == 0) {
            return Optional.empty();
        }
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, OLE2)) {
            // the directory of a compound file names its streams in UTF-16LE
            if (contains(file, utf16("WordDocument"))) {
                return Optional.of(DOC);
            }
            if (contains(file, utf16("Workbook")) || contains(file, utf16("Book"))) {
                return Optional.of(XLS);
            }
            return Optional.empty();
        }
        if (startsWith(head, ZIP)) {
            return officePackage(file);
        }
        if (claimed == TXT && text(file)) {
            return Optional.of(TXT);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> officePackage(Path file) {
        List<String> names;
        try {
            // every part is inflated once, counting: a zip bomb is refused after at most OFFICE_LIMITS' bytes
            names = OFFICE_LIMITS.check(file);
        } catch (ZipLimits.Exceeded e) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        return names.contains("word/document.xml") ? Optional.of(DOCX)
                : names.contains("xl/workbook.xml") ? Optional.of(XLSX) : Optional.empty();
    }

    /** UTF-8 (a BOM allowed) with no control characters other than tab, line feed, carriage return, form feed. */
    static boolean text(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] chars = new char[8192];
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
            for (int n = in.read(chars); n >= 0; n = in.read(chars)) {
                for (int i = 0; i < n; i++) {
                    char c = chars[i];
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                        return false;
                    }
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] utf16(String name) {
        return name.getBytes(StandardCharsets.UTF_16LE);
    }

    /** Whether {@code part} occurs in {@code file}, read in 64 KiB pieces that overlap by the part's length. */
    private static boolean contains(Path file, byte[] part) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int kept = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer, kept, buffer.length - kept); n >= 0;
                    n = in.read(buffer, kept, buffer.length - kept)) {
                int filled = kept + n;
                outer:
                for (int i = 0; i <= filled - part.length; i++) {
                    for (int j = 0; j < part.length; j++) {
                        if (buffer[i + j] != part[j]) {
                            continue outer;
                        }
                    }
                    return true;
                }
                kept = Math.min(part.length - 1, filled);
                System.arraycopy(buffer, filled - kept, buffer, 0, kept);
            }
        }
        return false;
    }
}
