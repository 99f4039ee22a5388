package cn.gov.laoshan.district.policy.suggestion.service;

import static cn.gov.laoshan.district.policy.suggestion.service.SuggestionWorkflow.ANALYSE;
import static cn.gov.laoshan.district.policy.suggestion.service.SuggestionWorkflow.RATE;
import static cn.gov.laoshan.district.policy.suggestion.service.SuggestionWorkflow.READ;
import static cn.gov.laoshan.district.policy.suggestion.service.SuggestionWorkflow.REGISTER;
import static cn.gov.laoshan.district.policy.suggestion.service.SuggestionWorkflow.RESPOND;
import static cn.gov.laoshan.district.policy.suggestion.service.SuggestionWorkflow.SUBMIT;

import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.plugin.DemoRole;

/**
 * The roles a home with demo data gets for 征点子: the policy staff of 发改局 (every suggestion of the district:
 * they analyse, group, keep the reserve library, and answer what stays with their bureau), the responders of the
 * other bureaus (their own department's suggestions), and the enterprise users (submit, read and rate their own
 * enterprise's; the record scope keeps them to it).
 */
public final class SuggestionRoles {

    public static final List<DemoRole> DEMO = List.of(
            DemoRole.staff("policy-staff", "政策服务专员", "Policy service officer", DemoRole.Scope.ALL, null,
                    Set.of(READ, REGISTER, ANALYSE, RESPOND, RATE, "registry.enterprise.read"),
                    List.of("fgj-admin", "sunwei")),
            DemoRole.staff("policy-responder", "意见建议答复人", "Suggestion responder", DemoRole.Scope.OWN, null,
                    Set.of(READ, REGISTER, RESPOND, "registry.enterprise.read"),
                    List.of("czj-admin", "chenjing", "scj-admin", "liuyang", "sunli", "zjj-admin", "zhanghua")),
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of(READ, SUBMIT, RATE), List.of()));

    private SuggestionRoles() {
    }
}
