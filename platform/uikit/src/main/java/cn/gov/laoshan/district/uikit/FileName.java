package cn.gov.laoshan.district.uikit;

import java.nio.charset.StandardCharsets;

/** Uploaded file names made safe to keep and to send back in a Content-Disposition header (RFC 6266, RFC 5987). */
public final class FileName {

    public static final int MAX_LENGTH = 200;

    private FileName() {
    }

    /**
     * The name as kept: without any directory part (browsers on Windows send {@code C:\...\x.pdf}), without control
     * characters, quotes or separators, at most {@link #MAX_LENGTH} characters with its extension kept; Chinese kept.
     */
    public static String clean(String uploaded) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '"' || c == '\\' || c == '/'
                    || c == ';' || c == ':' || c == '*' || c == '?' || c == '<' || c == '>' || c == '|'
                    || c == 0x2028 || c == 0x2029 || c == 0x202E || c == 0xFEFF) {
                kept.append('_');
            } else {
                kept.appendCodePoint(c);
            }
        });
        String result = kept.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            String stem = result.substring(0, result.length() - extension.length());
            int keep = MAX_LENGTH - extension.length();
            result = stem.substring(0, stem.offsetByCodePoints(0, Math.min(keep, stem.codePointCount(0, stem.length()))))
                    + extension;
        }
        return result;
    }

    /**
     * {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded}: old clients get an ASCII name,
     * every current browser the real one (Chinese kept).
     */
    public static String contentDisposition(String name) {
        String clean = clean(name);
        StringBuilder ascii = new StringBuilder();
        clean.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(clean);
    }

    /** RFC 5987 ext-value encoding: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
