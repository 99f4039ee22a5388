package cn.gov.laoshan.district.mediation.service;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.mediation.domain.MediationGroup;

/**
 * The mediation groups and their members, administered by holders of {@code mediation.group.admin} in the plugin's
 * own department ({@link CaseWorkflow#DEPARTMENT}): the permission held elsewhere (another bureau's role) does not
 * reach them. Every change is audited with before and after.
 */
public final class GroupService {

    private final CaseRepository repository;
    private final AccessControl access;
    private final Supplier<AuditLog> audit;

    public GroupService(CaseRepository repository, AccessControl access, Supplier<AuditLog> audit) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    /** The groups: for case readers (to filter and assign) and for their administrators. */
    public List<MediationGroup> all() {
        if (!access.has(CaseWorkflow.GROUP_ADMIN)) {
            access.check(CaseWorkflow.READ);
        }
        return repository.groups().all();
    }

    public void save(MediationGroup group) {
        access.check(CaseWorkflow.GROUP_ADMIN, CaseWorkflow.DEPARTMENT);
        if (group.nameZh().isBlank() || group.nameEn().isBlank()) {
            throw new RefusedException("name", "mediation.groups.name-required");
        }
        Set<String> logins = new HashSet<>();
        for (MediationGroup.Member member : group.members()) {
            if (!member.login().matches("[a-z][a-z0-9._-]{2,39}") || member.name().isBlank()) {
                throw new RefusedException("members", "mediation.groups.member-format", member.login());
            }
            if (!logins.add(member.login())) {
                throw new RefusedException("members", "mediation.groups.member-twice", member.login());
            }
            if (member.employerUscc() != null && !Uscc.isValid(member.employerUscc())) {
                throw new RefusedException("members", "mediation.error.uscc-invalid", member.employerUscc(), "");
            }
        }
        Optional<MediationGroup> before = group.id() == 0 ? Optional.empty()
                : repository.groups().all().stream().filter(g -> g.id() == group.id()).findFirst();
        long id = repository.jdbi().inTransaction(h -> {
            if (group.id() == 0) {
                return repository.groups().insert(h, group);
            }
            repository.groups().update(h, group);
            return group.id();
        });
        audit.get().record(CaseService.SOURCE, group.id() == 0 ? "group.create" : "group.update", "MediationGroup",
                String.valueOf(id), before.map(GroupService::described).orElse(null), described(group));
    }

    /** A group as the audit log shows it: names, speciality, state and members (lead marked). */
    private static String described(MediationGroup group) {
        return group.nameZh() + " / " + group.nameEn() + "；" + group.speciality() + "；"
                + (group.active() ? "active" : "inactive") + "；"
                + group.members().stream().map(m -> m.login() + (m.lead() ? "（lead）" : "")).toList();
    }
}
