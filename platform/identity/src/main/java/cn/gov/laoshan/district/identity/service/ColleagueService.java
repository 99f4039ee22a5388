package cn.gov.laoshan.district.identity.service;

import static cn.gov.laoshan.district.identity.service.AccountValidation.blank;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;

/**
 * An enterprise's own administrator manages the colleagues who represent the same enterprise: lists them, invites
 * one (never with more roles than the administrator holds) and disables or enables one. Every call is for the
 * caller's own enterprise only — staff, even platform administrators, are refused, and another enterprise's
 * accounts do not exist as far as the caller can tell. Every change is audited like the staff administration in
 * {@link IdentityService}.
 */
public final class ColleagueService {

    /** The permission of an enterprise's own administrator. */
    public static final String COLLEAGUES_MANAGE = "identity.colleagues.manage";
    /** The role that makes an enterprise user its enterprise's administrator. */
    public static final String ENTERPRISE_ADMIN = "enterprise-admin";

    private final IdentityStore store;
    private final AccessControl access;
    private final Clock clock;
    private final PasswordCost cost;
    private final IdentityAudit audit;
    private final AccountValidation accounts;

    /** @param registry the enterprise registry, when it runs (an account is only made for an enterprise it holds) */
    public ColleagueService(IdentityStore store, AccessControl access, Supplier<Optional<AuditLog>> audit, Clock clock,
            PasswordCost cost, Supplier<Optional<EnterpriseRegistry>> registry) {
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.cost = cost;
        this.audit = new IdentityAudit(audit);
        this.accounts = new AccountValidation(store, access, registry);
    }

    /** The signed-in user's login, or {@code null}. */
    public String callerLogin() {
        return access.currentUser().map(CurrentUser::login).orElse(null);
    }

    /** The accounts of the caller's own enterprise (an enterprise administrator's view of their colleagues). */
    public List<User> colleagues() {
        String uscc = ownEnterprise();
        return store.usersOfEnterprise(uscc);
    }

    /** The roles each colleague holds, by login. */
    public Map<String, List<String>> colleagueRoles() {
        String uscc = ownEnterprise();
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (User user : store.usersOfEnterprise(uscc)) {
            roles.put(user.login(), store.roleCodesOf(user.login()));
        }
        return roles;
    }

    /**
     * An enterprise administrator invites a colleague of the same enterprise: an account with a random initial
     * password (to hand over once) and the caller's own enterprise roles — never more than the caller holds; the
     * enterprise administrators' role only when {@code enterpriseAdmin}. Audited.
     *
     * @throws IdentityException when a field is wrong (message key and field)
     */
    public String inviteColleague(String login, String displayName, String phone, String email, boolean enterpriseAdmin) {
        String uscc = ownEnterprise();
        String caller = access.currentUser().orElseThrow().login();
        User draft = new User(login == null ? "" : login.trim(), displayName == null ? "" : displayName,
                UserKind.EXTERNAL, null, uscc, blank(phone), blank(email), UserStatus.ACTIVE, true, null, 0, null);
        accounts.validate(draft);
        if (store.user(draft.login()).isPresent()) {
            throw new IdentityException("login", "identity.error.login-taken");
        }
        List<String> roles = new ArrayList<>(store.roleCodesOf(caller).stream()
                .filter(code -> enterpriseAdmin || !code.equals(ENTERPRISE_ADMIN)).toList());
        String password = PasswordHash.randomPassword(16);
        String hash = PasswordHash.hash(password.toCharArray(), cost);
        Instant now = clock.instant();
        User user = new User(draft.login(), draft.displayName().trim(), UserKind.EXTERNAL, null, uscc, draft.phone(),
                draft.email(), UserStatus.ACTIVE, true, now, 0, null);
        store.jdbi().useTransaction(h -> {
            store.insertUser(h, user, hash, now);
            store.setRoles(h, user.login(), roles);
        });
        audit.record("user.invite", user.login(), null, IdentityAudit.json(user, roles));
        return password;
    }

    /** An enterprise administrator disables a colleague's account (someone who left the enterprise). Audited. */
    public void disableColleague(String login) {
        setColleagueStatus(login, UserStatus.DISABLED, "user.disable");
    }

    /** And enables it again. Audited. */
    public void enableColleague(String login) {
        setColleagueStatus(login, UserStatus.ACTIVE, "user.enable");
    }

    private void setColleagueStatus(String login, UserStatus status, String action) {
        String uscc = ownEnterprise();
        User user = store.user(login).filter(u -> uscc.equals(u.uscc()))
                // another enterprise's account is not there at all, as far as this caller can tell
                .orElseThrow(() -> new IdentityException("login", "identity.error.no-such-user"));
        if (login.equals(callerLogin())) {
            throw new IdentityException("login", "identity.error.own-account");
        }
        store.jdbi().useTransaction(h -> {
            store.updateSignInState(h, login, status, 0, null);
            store.endSessions(h, login);
        });
        audit.record(action, login, IdentityAudit.json(user.status()), IdentityAudit.json(status));
    }

    /** The enterprise of the calling enterprise administrator; refused to anybody else (staff included). */
    private String ownEnterprise() {
        access.check(COLLEAGUES_MANAGE);
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException(COLLEAGUES_MANAGE));
        if (!user.external()) {
            throw new AccessDeniedException(COLLEAGUES_MANAGE);
        }
        return user.uscc();
    }
}
