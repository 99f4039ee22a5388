package cn.gov.laoshan.district.audit.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.audit.domain.AuditEntry;
import cn.gov.laoshan.district.audit.domain.AuditFilter;
import cn.gov.laoshan.district.audit.domain.Verification;

/**
 * Reading the audit log: the platform side, for the viewer and administration (plugins write through
 * {@link cn.gov.laoshan.district.api.audit.AuditLog} only). Registered in the OSGi registry by the audit module.
 * Every method checks the caller's permission on the server.
 */
public interface AuditQuery {

    String VIEW = "audit.view";
    String VERIFY = "audit.verify";
    String EXPORT = "audit.export";

    /** Records matching {@code filter}, newest first. Needs {@value #VIEW}. */
    List<AuditEntry> find(AuditFilter filter, int offset, int limit);

    /** Records matching {@code filter}, oldest first when {@code newestFirst} is false. Needs {@value #VIEW}. */
    List<AuditEntry> find(AuditFilter filter, boolean newestFirst, int offset, int limit);

    /** How many records match. Needs {@value #VIEW}. */
    long count(AuditFilter filter);

    /** One record. Needs {@value #VIEW}. */
    Optional<AuditEntry> get(long id);

    /** The sources (plugins, modules) that wrote records. Needs {@value #VIEW}. */
    List<String> sources();

    /** Walks the whole chain; the result is audited as {@code audit.verify}. Needs {@value #VERIFY}. */
    Verification verify();

    /**
     * Checks {@value #EXPORT} now, audits the export ({@code audit.export} with the filter), and returns what writes
     * the CSV — which may then run on another thread (a download).
     */
    CsvWriter export(AuditFilter filter, java.util.Locale locale);

    /** Writes an export: UTF-8 with a byte-order mark, so that Excel in Chinese opens it as UTF-8. */
    @FunctionalInterface
    interface CsvWriter {
        /** Returns the number of records written. */
        long writeTo(OutputStream out) throws IOException;
    }
}
