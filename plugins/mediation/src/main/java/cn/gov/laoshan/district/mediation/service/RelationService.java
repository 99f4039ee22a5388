package cn.gov.laoshan.district.mediation.service;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.mediation.domain.IdCardNumber;
import cn.gov.laoshan.district.mediation.domain.Relation;

/**
 * Declared relationships (回避关系申报): a mediator declares the persons (by ID number) and enterprises (from the
 * registry) they are related to; group administrators see and manage everyone's. {@link Recusal} reads them when a
 * case is assigned. Every change is audited (ID numbers masked in the record).
 */
public final class RelationService {

    private final CaseRepository repository;
    private final AccessControl access;
    private final EnterpriseRegistry registry;
    private final Supplier<AuditLog> audit;
    private final Masking masking;
    private final Clock clock;

    public RelationService(CaseRepository repository, AccessControl access, EnterpriseRegistry registry,
            Supplier<AuditLog> audit, Masking masking, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.registry = registry;
        this.audit = audit;
        this.masking = masking;
        this.clock = clock;
    }

    /** Whether the current user administers everyone's declarations. */
    public boolean administers() {
        return access.scope(CaseWorkflow.GROUP_ADMIN).includes(CaseWorkflow.DEPARTMENT);
    }

    /** The current user's own declarations. */
    public List<Relation> mine() {
        access.check(CaseWorkflow.MEDIATE);
        return repository.groups().relationsOf(me().login());
    }

    /** Everyone's, for group administrators. */
    public List<Relation> all() {
        access.check(CaseWorkflow.GROUP_ADMIN, CaseWorkflow.DEPARTMENT);
        return repository.groups().allRelations();
    }

    /**
     * Declares a relationship of {@code login} (the current user's own when {@code null}; someone else's only for
     * group administrators) to a person (name and ID number) or an enterprise (credit code, found in the registry).
     */
    public Relation declare(String login, boolean enterprise, String partyKey, String personName, String description) {
        String who = login == null || login.isBlank() ? me().login() : login.trim();
        requireMayManage(who);
        if (!who.matches("[a-z][a-z0-9._-]{2,39}")) {
            throw new RefusedException("login", "mediation.groups.member-format", who);
        }
        String key;
        String name;
        if (enterprise) {
            Uscc code;
            try {
                code = Uscc.parse(partyKey == null ? "" : partyKey.trim());
            } catch (InvalidUsccException e) {
                throw new RefusedException("party", "mediation.error.uscc-invalid", partyKey, e.getMessage());
            }
            Enterprise found = registry.find(code)
                    .orElseThrow(() -> new RefusedException("party", "mediation.error.uscc-unknown", partyKey));
            key = code.toString();
            name = found.name();
        } else {
            key = partyKey == null ? "" : partyKey.trim().toUpperCase(java.util.Locale.ROOT);
            if (personName == null || personName.isBlank()) {
                throw new RefusedException("party", "mediation.error.party-name");
            }
            if (!IdCardNumber.valid(key)) {
                throw new RefusedException("party", "mediation.error.id-number", personName.trim());
            }
            name = personName.trim();
        }
        if (description == null || description.isBlank()) {
            throw new RefusedException("description", "mediation.relation.error.description");
        }
        if (description.trim().length() > 200) {
            throw new RefusedException("description", "mediation.error.too-long", 200);
        }
        if (repository.groups().relations(who).containsKey(key)) {
            throw new RefusedException("party", "mediation.relation.error.twice", name);
        }
        long id = repository.groups().insertRelation(who, enterprise, key, name, description.trim(), clock.instant(),
                me().login());
        audit.get().record(CaseService.SOURCE, "relation.declare", "MediatorRelation", String.valueOf(id), null,
                who + " ↔ " + name + "（" + shown(enterprise, key) + "）：" + description.trim());
        return repository.groups().relation(id).orElseThrow();
    }

    public void remove(long id) {
        Relation r = repository.groups().relation(id)
                .orElseThrow(() -> new RefusedException("relation", "mediation.relation.error.gone"));
        requireMayManage(r.login());
        repository.groups().deleteRelation(id);
        audit.get().record(CaseService.SOURCE, "relation.remove", "MediatorRelation", String.valueOf(id),
                r.login() + " ↔ " + r.partyName() + "（" + shown(r.enterprise(), r.partyKey()) + "）", null);
    }

    /** The party key as shown: an ID number masked, a credit code as it is. */
    public String shown(Relation r) {
        return shown(r.enterprise(), r.partyKey());
    }

    private String shown(boolean enterprise, String key) {
        return enterprise ? key : masking.idCard(key);
    }

    private void requireMayManage(String login) {
        if (login.equals(me().login())) {
            if (!access.has(CaseWorkflow.MEDIATE) && !access.has(CaseWorkflow.GROUP_ADMIN)) {
                access.check(CaseWorkflow.MEDIATE);
            }
        } else {
            // someone else's declaration (回避): deleting one re-allows a conflicted assignment, so only the
            // plugin's own department's group administrators
            access.check(CaseWorkflow.GROUP_ADMIN, CaseWorkflow.DEPARTMENT);
        }
    }

    private CurrentUser me() {
        return access.currentUser().orElseThrow(() -> new AccessDeniedException(CaseWorkflow.MEDIATE));
    }
}
