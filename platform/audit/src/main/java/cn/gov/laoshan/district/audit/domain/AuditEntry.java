package cn.gov.laoshan.district.audit.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One record of the audit log, as stored.
 *
 * @param id             position in the chain: 1, 2, 3, … without gaps
 * @param occurredAt     when, in UTC, to the millisecond
 * @param actorLogin     who: login name, {@code system} for the platform's own work, {@code anonymous} before sign-in
 * @param actorName      their display name at the time
 * @param clientAddress  the browser's address when the record was written in a UI request, else {@code null}
 * @param source         plugin id or platform module that wrote it
 * @param action         dotted verb, e.g. {@code user.lock}
 * @param objectType     kind of the object, or {@code null}
 * @param objectId       its id, or {@code null}
 * @param before         state before (JSON preferred), secrets masked, or {@code null}
 * @param after          state after, or {@code null}
 * @param previousHash   hash of the record before ({@link ChainHash#GENESIS} for the first)
 * @param hash           SHA-256 of this record's canonical form, hex
 */
public record AuditEntry(long id, Instant occurredAt, String actorLogin, String actorName, String clientAddress,
        String source, String action, String objectType, String objectId, String before, String after,
        String previousHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorLogin, "actorLogin");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(action, "action");
    }

    /** This record with its chain fields set: {@code previousHash} and the hash computed over everything. */
    public AuditEntry chained(long newId, String previous) {
        AuditEntry linked = new AuditEntry(newId, occurredAt, actorLogin, actorName, clientAddress, source, action,
                objectType, objectId, before, after, previous, null);
        return linked.withHash(ChainHash.hash(linked));
    }

    AuditEntry withHash(String newHash) {
        return new AuditEntry(id, occurredAt, actorLogin, actorName, clientAddress, source, action, objectType,
                objectId, before, after, previousHash, newHash);
    }
}
