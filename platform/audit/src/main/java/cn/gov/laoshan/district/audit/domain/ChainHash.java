package cn.gov.laoshan.district.audit.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical form of a record and its hash: {@code hash = hex(SHA-256(canonical(record)))}, where the canonical
 * form is the format tag {@code district-audit-v1} followed by every field in a fixed order — id, occurred-at
 * (ISO-8601 UTC, milliseconds), actor login, actor name, client address, source, action, object type, object id,
 * before, after, previous hash — each written as {@code N} for null or {@code S<byte length>:<UTF-8 bytes>}, then
 * {@code ;}. Length prefixes make the encoding unambiguous: no choice of field contents can make two different
 * records serialize alike. The first record's previous hash is {@link #GENESIS}.
 */
public final class ChainHash {

    /** What the first record chains to: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    static final String FORMAT = "district-audit-v1";

    private ChainHash() {
    }

    /** The canonical bytes of a record (its own {@code hash} field is not part of them). */
    public static byte[] canonical(AuditEntry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, FORMAT);
        field(out, Long.toString(entry.id()));
        field(out, timestamp(entry.occurredAt()));
        field(out, entry.actorLogin());
        field(out, entry.actorName());
        field(out, entry.clientAddress());
        field(out, entry.source());
        field(out, entry.action());
        field(out, entry.objectType());
        field(out, entry.objectId());
        field(out, entry.before());
        field(out, entry.after());
        field(out, entry.previousHash());
        return out.toByteArray();
    }

    /** The hash a record must carry. */
    public static String hash(AuditEntry entry) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical(entry)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Records keep milliseconds: what both Derby and PostgreSQL store exactly. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    static String timestamp(Instant instant) {
        return truncate(instant).toString();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.write('N');
        } else {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(("S" + bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bytes);
        }
        out.write(';');
    }
}
