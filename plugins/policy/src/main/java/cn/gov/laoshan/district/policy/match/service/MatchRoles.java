package cn.gov.laoshan.district.policy.match.service;

import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;

/** The match side's permissions and demo roles. */
public final class MatchRoles {

    static final String DEPARTMENT = cn.gov.laoshan.district.policy.draft.service.DraftWorkflow.DEPARTMENT;

    public static final List<PermissionDefinition> PERMISSIONS = List.of(
            new PermissionDefinition(MatchService.RULE_EDIT, "policy.match.permission.rule-edit"),
            new PermissionDefinition(MatchService.MATCH_READ, "policy.match.permission.read"),
            new PermissionDefinition(MatchService.MATCH_RUN, "policy.match.permission.run"),
            new PermissionDefinition(MatchService.CALCULATOR, "policy.match.permission.calculator"));

    /**
     * 政策兑现专员 (the development bureau's policy staff: rules of its own policies, runs, every result) and the
     * platform's enterprise role with the calculator over its own enterprise.
     */
    public static final List<DemoRole> DEMO = List.of(
            DemoRole.staff("policy-matcher", "政策兑现专员", "Policy delivery officer", DemoRole.Scope.DEPARTMENT, DEPARTMENT,
                    Set.of(MatchService.RULE_EDIT, MatchService.MATCH_READ, MatchService.MATCH_RUN), List.of("fgj-admin", "sunwei")),
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of(MatchService.CALCULATOR), List.of()));

    private MatchRoles() {
    }
}
