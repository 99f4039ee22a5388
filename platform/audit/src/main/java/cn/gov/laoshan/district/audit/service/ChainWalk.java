package cn.gov.laoshan.district.audit.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import cn.gov.laoshan.district.audit.domain.AuditEntry;
import cn.gov.laoshan.district.audit.domain.ChainHash;
import cn.gov.laoshan.district.audit.domain.Verification;
import cn.gov.laoshan.district.audit.domain.Verification.Problem;

/**
 * The verification walk of the audit chain: every record in id order, each one's hash recomputed and its link to the
 * one before checked, then the chain head compared with the last record. Read only; {@link AuditService} checks the
 * permission and records that it ran.
 */
final class ChainWalk {

    private ChainWalk() {
    }

    /**
     * Walks the whole chain in id order, {@link AuditStore#VERIFY_BATCH} records per query, and stops at the first record
     * that is missing, altered or unlinked; finally compares the chain head with the last record.
     */
    static Verification verify(DataSource data) {
        long begin = System.nanoTime();
        long checked = 0;
        long previousId = 0;
        String previousHash = ChainHash.GENESIS;
        try (Connection connection = data.getConnection()) {
            while (true) {
                List<AuditEntry> batch = new ArrayList<>(AuditStore.VERIFY_BATCH);
                try (PreparedStatement query = connection.prepareStatement("select " + AuditStore.COLUMNS
                        + " from audit_record where id > ? order by id fetch first " + AuditStore.VERIFY_BATCH + " rows only")) {
                    query.setLong(1, previousId);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            batch.add(AuditStore.read(rows));
                        }
                    }
                }
                for (AuditEntry record : batch) {
                    checked++;
                    if (record.id() != previousId + 1) {
                        long firstMissing = previousId + 1;
                        long lastMissing = record.id() - 1;
                        return Verification.broken(checked, Problem.GAP, firstMissing,
                                (firstMissing == lastMissing ? "record " + firstMissing + " is missing"
                                        : "records " + firstMissing + " to " + lastMissing + " are missing")
                                        + " (found " + record.id() + " after " + previousId + ")",
                                since(begin));
                    }
                    String expected = ChainHash.hash(record);
                    if (!expected.equals(record.hash())) {
                        return Verification.broken(checked, Problem.HASH_MISMATCH, record.id(), "record " + record.id()
                                + " was changed: its fields hash to " + expected + ", it holds " + record.hash(),
                                since(begin));
                    }
                    if (!previousHash.equals(record.previousHash())) {
                        return Verification.broken(checked, Problem.BROKEN_LINK, record.id(), "record " + record.id()
                                + " links to " + record.previousHash() + ", but record " + previousId + " has hash "
                                + previousHash, since(begin));
                    }
                    previousId = record.id();
                    previousHash = record.hash();
                }
                if (batch.size() < AuditStore.VERIFY_BATCH) {
                    break;
                }
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "select last_id, last_hash from audit_chain_head where id = 1");
                    ResultSet head = query.executeQuery()) {
                head.next();
                long headId = head.getLong(1);
                String headHash = head.getString(2).strip();
                // appends that committed during the walk are fine; a head behind the table or pointing at a
                // record that is not there is not
                if (headId > previousId) {
                    if (!recordExists(connection, headId)) {
                        return Verification.broken(checked, Problem.TRUNCATED, previousId + 1, "the chain head names record "
                                + headId + " (hash " + headHash + ") but the log ends at " + previousId
                                + ": the newest records were deleted", since(begin));
                    }
                } else if (headId < previousId || !headHash.equals(previousHash)) {
                    return Verification.broken(checked, Problem.BROKEN_LINK, previousId, "the chain head (record "
                            + headId + ", hash " + headHash + ") does not match the last record " + previousId,
                            since(begin));
                }
            }
        } catch (SQLException e) {
            throw new AuditStorageException("the audit log could not be read: " + e.getMessage(), e);
        }
        return Verification.ok(checked, since(begin));
    }

    private static boolean recordExists(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from audit_record where id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) == 1;
            }
        }
    }

    private static Duration since(long begin) {
        return Duration.ofNanos(System.nanoTime() - begin);
    }

}
