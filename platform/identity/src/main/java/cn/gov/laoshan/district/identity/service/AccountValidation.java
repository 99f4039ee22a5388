package cn.gov.laoshan.district.identity.service;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;

/**
 * What a valid account is: a login of the allowed form, a name, a staff member's department that exists, an
 * enterprise user's enterprise that the registry holds, a well-formed e-mail address and phone number. A refusal
 * names its field ({@link IdentityException}).
 */
final class AccountValidation {

    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{2,39}");

    private final IdentityStore store;
    private final AccessControl access;
    private final Supplier<Optional<EnterpriseRegistry>> registry;

    AccountValidation(IdentityStore store, AccessControl access, Supplier<Optional<EnterpriseRegistry>> registry) {
        this.store = store;
        this.access = access;
        this.registry = registry;
    }

    void validate(User user) {
        if (!LOGIN.matcher(user.login()).matches()) {
            throw new IdentityException("login", "identity.error.login-format");
        }
        if (user.displayName() == null || user.displayName().isBlank() || user.displayName().length() > 100) {
            throw new IdentityException("displayName", "identity.error.name-required");
        }
        if (user.kind() == UserKind.STAFF && (user.departmentCode() == null
                || store.departments().stream().noneMatch(d -> d.code().equals(user.departmentCode())))) {
            throw new IdentityException("department", "identity.error.department-required");
        }
        if (user.kind() == UserKind.EXTERNAL) {
            requireRegisteredEnterprise(user.uscc());
        }
        if (user.kind() == UserKind.INDIVIDUAL && (user.departmentCode() != null || user.uscc() != null)) {
            // a person acting for themself: a department would make them staff to every RecordScope, a USCC an
            // enterprise's representative
            throw new IdentityException("kind", "identity.error.individual-no-organisation");
        }
        if (user.email() != null && !user.email().isBlank() && !user.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IdentityException("email", "identity.error.email-format");
        }
        if (user.phone() != null && !user.phone().isBlank() && !user.phone().matches("[0-9+\\- ]{7,20}")) {
            throw new IdentityException("phone", "identity.error.phone-format");
        }
    }

    /**
     * A staff member has a department and no enterprise; an enterprise user an enterprise and no department; an
     * individual user neither. The
     * shell tells the two apart by the enterprise code, so a staff account must never carry one.
     */
    static User sideOfTheTable(User user) {
        if (user.kind() == UserKind.INDIVIDUAL) {
            return new User(user.login(), user.displayName(), user.kind(), null, null, user.phone(), user.email(),
                    user.status(), user.mustChangePassword(), user.passwordChangedAt(), user.failedAttempts(),
                    user.lockedUntil());
        }
        return user.kind() == UserKind.STAFF
                ? new User(user.login(), user.displayName(), user.kind(), user.departmentCode(), null, user.phone(),
                        user.email(), user.status(), user.mustChangePassword(), user.passwordChangedAt(),
                        user.failedAttempts(), user.lockedUntil())
                : new User(user.login(), user.displayName(), user.kind(), null,
                        user.uscc() == null ? null : user.uscc().trim().toUpperCase(Locale.ROOT), user.phone(),
                        user.email(), user.status(), user.mustChangePassword(), user.passwordChangedAt(),
                        user.failedAttempts(), user.lockedUntil());
    }

    /** An optional text as stored: trimmed, {@code null} when blank. */
    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * An enterprise account represents an enterprise the registry holds, named by a well-formed code (GB 32100-2015,
     * check character included). The registry is asked as the platform: whoever creates the account (a platform
     * administrator, an enterprise's own administrator) need not hold the registry's read permission, and the
     * answer is only whether the code they gave is registered.
     */
    private void requireRegisteredEnterprise(String uscc) {
        if (uscc == null || uscc.isBlank()) {
            throw new IdentityException("uscc", "identity.error.uscc-required");
        }
        if (!Uscc.isValid(uscc)) {
            throw new IdentityException("uscc", uscc.length() == 18 && uscc.chars().allMatch(c -> Uscc.ALPHABET.indexOf(c) >= 0)
                    ? "identity.error.uscc-check" : "identity.error.uscc-format");
        }
        EnterpriseRegistry enterprises = registry.get()
                .orElseThrow(() -> new IdentityException("uscc", "identity.error.registry-unavailable"));
        if (access.asSystem(() -> enterprises.find(Uscc.parse(uscc))).isEmpty()) {
            throw new IdentityException("uscc", "identity.error.uscc-not-registered");
        }
    }
}
