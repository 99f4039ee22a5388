package cn.gov.laoshan.district.shell.security;

import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;

/**
 * {@link AccessControl} over the shell's sessions: the current user is the one signed in to the Vaadin session of
 * the calling thread; {@link #asSystem} marks a thread as the platform's own work. Denials are audited.
 */
public final class ShellAccessControl implements AccessControl {

    /** The audit detail's JSON, by Jackson like every other. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    private final Supplier<Optional<AuditLog>> audit;

    /** @param audit the audit log, when one is running */
    public ShellAccessControl(Supplier<Optional<AuditLog>> audit) {
        this.audit = audit;
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        if (SYSTEM.get()) {
            return Optional.of(CurrentUser.SYSTEM);
        }
        return signedIn().map(SignedInUser::asCurrentUser);
    }

    @Override
    public boolean has(String permission) {
        return SYSTEM.get() || signedIn().map(user -> user.may(permission)).orElse(false);
    }

    @Override
    public void check(String permission) {
        if (!has(permission)) {
            audit.get().ifPresent(log -> log.record("platform", "access.denied", "permission", permission, null, null));
            throw new AccessDeniedException(permission);
        }
    }

    @Override
    public void check(String permission, String departmentCode) {
        check(permission);
        if (!scope(permission).includes(departmentCode)) {
            audit.get().ifPresent(log -> log.record("platform", "access.denied", "permission", permission, null,
                    JSON.createObjectNode().put("department", departmentCode).toString()));
            throw new AccessDeniedException(permission);
        }
    }

    @Override
    public DepartmentScope scope(String permission) {
        if (SYSTEM.get()) {
            return DepartmentScope.ALL;
        }
        return signedIn().map(user -> user.scope(permission)).orElse(DepartmentScope.NONE);
    }

    @Override
    public <T> T asSystem(Supplier<T> work) {
        boolean before = SYSTEM.get();
        SYSTEM.set(true);
        try {
            return work.get();
        } finally {
            SYSTEM.set(before);
        }
    }

    private static Optional<SignedInUser> signedIn() {
        return SessionUser.get();
    }
}
