package cn.gov.laoshan.district.audit.domain;

import java.time.Instant;

/**
 * What the viewer asks for; every part is optional ({@code null} or blank: no restriction).
 *
 * @param actor        part of the actor's login or display name (case-insensitive)
 * @param source       exactly this source (plugin id or module)
 * @param actionPrefix actions starting with this, e.g. {@code sign-in} or {@code user.}
 * @param from         at or after this instant
 * @param to           before this instant
 */
public record AuditFilter(String actor, String source, String actionPrefix, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        source = blankToNull(source);
        actionPrefix = blankToNull(actionPrefix);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
