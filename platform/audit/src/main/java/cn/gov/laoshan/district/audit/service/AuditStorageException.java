package cn.gov.laoshan.district.audit.service;

/** The audit log's database failed; an action that must be audited must not go on without its record. */
public class AuditStorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuditStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
