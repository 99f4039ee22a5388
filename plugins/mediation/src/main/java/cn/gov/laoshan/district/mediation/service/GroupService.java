package cn.gov.laoshan.district.mediation.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.mediation.domain.MediationGroup;

/** The mediation groups and their members, administered by holders of {@code mediation.group.admin}. */
public final class GroupService {

    private final CaseRepository repository;
    private final AccessControl access;

    public GroupService(CaseRepository repository, AccessControl access) {
        this.repository = repository;
        this.access = access;
    }

    /** The groups: for case readers (to filter and assign) and for their administrators. */
    public List<MediationGroup> all() {
        if (!access.has(CaseWorkflow.GROUP_ADMIN)) {
            access.check(CaseWorkflow.READ);
        }
        return repository.groups();
    }

    public void save(MediationGroup group) {
        access.check(CaseWorkflow.GROUP_ADMIN);
        if (group.nameZh().isBlank() || group.nameEn().isBlank()) {
            throw new CaseException("name", "mediation.groups.name-required");
        }
        Set<String> logins = new HashSet<>();
        for (MediationGroup.Member member : group.members()) {
            if (!member.login().matches("[a-z][a-z0-9._-]{2,39}") || member.name().isBlank()) {
                throw new CaseException("members", "mediation.groups.member-format", member.login());
            }
            if (!logins.add(member.login())) {
                throw new CaseException("members", "mediation.groups.member-twice", member.login());
            }
            if (member.employerUscc() != null && !Uscc.isValid(member.employerUscc())) {
                throw new CaseException("members", "mediation.error.uscc-invalid", member.employerUscc(), "");
            }
        }
        repository.jdbi().useTransaction(h -> {
            if (group.id() == 0) {
                repository.insertGroup(h, group);
            } else {
                repository.updateGroup(h, group);
            }
        });
    }
}
