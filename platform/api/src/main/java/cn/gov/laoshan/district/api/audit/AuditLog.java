package cn.gov.laoshan.district.api.audit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes audit records. Who, when and from which address are taken from the calling thread (the signed-in user
 * of the UI session, or {@code system}); the caller says what happened. Never put passwords or other secrets in
 * {@code before}/{@code after}; personal data there is masked by the caller.
 */
@ProviderType
public interface AuditLog {

    /**
     * Appends one record.
     *
     * @param source     who records: a plugin id ({@code mediation}) or a platform module ({@code identity})
     * @param action     what happened, a dotted verb: {@code case.register}, {@code user.lock}, {@code sign-in.failed}
     * @param objectType kind of the changed object ({@code MediationCase}), or {@code null}
     * @param objectId   its id ({@code 崂调〔2026〕0001号}), or {@code null}
     * @param before     its state before, as text (JSON preferred), or {@code null}
     * @param after      its state after, or {@code null}
     */
    void record(String source, String action, String objectType, String objectId, String before, String after);

    /**
     * Appends one record whose actor is {@code actor} rather than the calling thread's user: for the moment a user
     * becomes known, such as a successful sign-in (recorded before the session holds the user, it would otherwise
     * name nobody). The address is still the calling thread's. The default records as the calling thread's user.
     *
     * @since 1.1.0
     */
    default void record(cn.gov.laoshan.district.api.security.CurrentUser actor, String source, String action,
            String objectType, String objectId, String before, String after) {
        record(source, action, objectType, objectId, before, after);
    }
}
