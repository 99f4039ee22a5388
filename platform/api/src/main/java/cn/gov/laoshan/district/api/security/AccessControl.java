package cn.gov.laoshan.district.api.security;

import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The access decisions of the platform, as an OSGi service. The current user is the one signed in to the UI
 * session the calling thread serves; a background job has none unless it runs {@link #asSystem}.
 */
@ProviderType
public interface AccessControl {

    /** The signed-in user of the calling thread, if any. */
    Optional<CurrentUser> currentUser();

    /** Whether the current user holds {@code permission} (in any department). Platform administrators hold all. */
    boolean has(String permission);

    /**
     * Throws {@link AccessDeniedException} unless the current user holds {@code permission}; the denial is written
     * to the audit log.
     */
    void check(String permission);

    /** The departments in which the current user holds {@code permission}: where they may see or change records. */
    DepartmentScope scope(String permission);

    /**
     * Throws {@link AccessDeniedException} unless the current user holds {@code permission} in the department
     * {@code departmentCode} (or everywhere). Every service method that changes a department's data calls it with
     * the department the data belongs to — a record's own department column, or the plugin's own department for
     * data of the plugin as a whole (mediation's groups, housing's approval menus) — so that a role holding the
     * permission elsewhere does not reach it. The denial is written to the audit log.
     *
     * @since 1.1.0
     */
    default void check(String permission, String departmentCode) {
        check(permission);
        if (!scope(permission).includes(departmentCode)) {
            throw new AccessDeniedException(permission);
        }
    }

    /**
     * The enterprises for which the current user may use {@code permission}: every enterprise for staff who hold
     * it (department scope still applies to department data, see {@link #scope}), their own enterprise for an
     * enterprise user who holds it, none for a user without it and none for an individual user (since 1.4.0). Plugins turn it into SQL with
     * {@link EnterpriseScope#condition(String)}.
     *
     * @since 1.2.0
     */
    default EnterpriseScope enterprises(String permission) {
        if (!has(permission)) {
            return EnterpriseScope.NONE;
        }
        CurrentUser user = currentUser().orElse(null);
        if (user != null && user.external()) {
            return EnterpriseScope.of(java.util.Set.of(user.uscc()));
        }
        if (user != null && user.individual()) {
            // a person acting for themself acts for no enterprise (since 1.4.0)
            return EnterpriseScope.NONE;
        }
        return EnterpriseScope.ALL;
    }

    /**
     * Throws {@link AccessDeniedException} unless the current user holds {@code permission} for the enterprise
     * {@code uscc} (see {@link #enterprises}): every service method that reads or changes one enterprise's records
     * on a caller's request calls it with that enterprise.
     *
     * @since 1.2.0
     */
    default void checkEnterprise(String permission, String uscc) {
        check(permission);
        if (!enterprises(permission).includes(uscc)) {
            throw new AccessDeniedException(permission);
        }
    }

    /**
     * Runs {@code work} as the platform itself (scheduled jobs, start-up): every check passes and audit records name
     * {@code system}. Not for work done on behalf of a user.
     */
    <T> T asSystem(Supplier<T> work);
}
