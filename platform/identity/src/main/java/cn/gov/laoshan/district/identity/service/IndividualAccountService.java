package cn.gov.laoshan.district.identity.service;

import static cn.gov.laoshan.district.identity.service.AccountValidation.blank;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.identity.IndividualAccounts;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;

/**
 * {@link IndividualAccounts} for plugins: the account of a person a plugin accepted (an approved 政务体验官), made as
 * {@link IdentityService#createUser} makes one — validated by {@link AccountValidation}, a random first password
 * that must be changed at the first sign-in, audited ({@code user.create}) as the caller — but only of kind
 * INDIVIDUAL and only with the individual roles that grant the plugin's permission, so that a plugin's staff never
 * hand out more than what the administrators made for individual users.
 */
public final class IndividualAccountService implements IndividualAccounts {

    private final IdentityStore store;
    private final AccessControl access;
    private final Clock clock;
    private final PasswordCost cost;
    private final IdentityAudit audit;
    private final AccountValidation accounts;

    public IndividualAccountService(IdentityStore store, AccessControl access, Supplier<Optional<AuditLog>> audit,
            Clock clock, PasswordCost cost) {
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.cost = cost;
        this.audit = new IdentityAudit(audit);
        this.accounts = new AccountValidation(store, access, Optional::empty);
    }

    @Override
    public String create(String login, String displayName, String mobile, String permission) {
        access.check(CREATE);
        User draft = new User(login == null ? "" : login.strip(), displayName == null ? "" : displayName.strip(),
                UserKind.INDIVIDUAL, null, null, blank(mobile), null, UserStatus.ACTIVE, true, null, 0, null);
        accounts.validate(draft);
        if (mobile != null && !mobile.isBlank() && !mobile.strip().matches("1[3-9][0-9]{9}")) {
            throw new IdentityException("mobile", "identity.error.phone-format");
        }
        if (store.user(draft.login()).isPresent()) {
            throw new IdentityException("login", "identity.error.login-taken");
        }
        List<String> roles = store.roles().stream()
                .filter(r -> r.kind() == UserKind.INDIVIDUAL && !r.platformAdmin() && r.permissions().contains(permission))
                .map(Role::code).toList();
        if (roles.isEmpty()) {
            throw new IdentityException(null, "identity.error.no-individual-role");
        }
        String password = PasswordHash.randomPassword(16);
        String hash = PasswordHash.hash(password.toCharArray(), cost);
        Instant now = clock.instant();
        User user = new User(draft.login(), draft.displayName(), UserKind.INDIVIDUAL, null, null, draft.phone(), null,
                UserStatus.ACTIVE, true, now, 0, null);
        store.jdbi().useTransaction(h -> {
            // the login checked again under the insert: the primary key refuses a second account of the same login
            store.insertUser(h, user, hash, now);
            store.setRoles(h, user.login(), roles);
        });
        audit.record("user.create", user.login(), null, IdentityAudit.json(user, roles));
        return password;
    }
}
