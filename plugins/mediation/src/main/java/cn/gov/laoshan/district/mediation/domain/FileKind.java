package cn.gov.laoshan.district.mediation.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.gov.laoshan.district.uikit.ZipLimits;

/**
 * The kinds of file a case may carry, each recognised by its CONTENT (magic bytes and structure), not by its name:
 * a PDF starts with {@code %PDF-}, a JPEG with FF D8 FF, a PNG with its 8-byte signature, DOC and XLS are OLE2
 * compound files holding a {@code WordDocument} or {@code Workbook} stream, DOCX and XLSX are ZIP packages with
 * {@code word/} or {@code xl/} parts (and unpack within {@link #OFFICE_LIMITS}: no zip bombs), and a text file is
 * valid UTF-8 without control characters. The name's extension must agree with the content.
 */
public enum FileKind {
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

    /** The kind the content is, as far as the allowed kinds go; empty for anything else. */
    public static Optional<FileKind> byContent(byte[] content, FileKind claimed) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, OLE2)) {
            // the directory of a compound file names its streams in UTF-16LE
            if (contains(content, utf16("WordDocument"))) {
                return Optional.of(DOC);
            }
            if (contains(content, utf16("Workbook")) || contains(content, utf16("Book"))) {
                return Optional.of(XLS);
            }
            return Optional.empty();
        }
        if (startsWith(content, ZIP)) {
            return officePackage(content);
        }
        if (claimed == TXT && text(content)) {
            return Optional.of(TXT);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> officePackage(byte[] content) {
        List<String> names;
        try {
            // every part is inflated once, counting: a zip bomb is refused after at most OFFICE_LIMITS' bytes
            names = OFFICE_LIMITS.check(content);
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
    static boolean text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                    || c == 0x7F);
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

    private static boolean contains(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i <= content.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
