package cn.gov.laoshan.district.policy.suggestion.service;

import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionState;

import java.util.EnumSet;

/** The suggestions' permissions, the policy department and the answer chain's state machine, declared once. */
public final class SuggestionWorkflow {

    public static final String PLUGIN = "policy";
    /** 区发展和改革局: the policy staff's department, where suggestions are until they are analysed. */
    public static final String DEPARTMENT = "development";

    /** Read suggestions: staff within their scope, an enterprise user their own enterprise's. */
    public static final String READ = "policy.suggestion.read";
    /** Enter a suggestion for an enterprise (forum, hotline/window, visit, association). */
    public static final String REGISTER = "policy.suggestion.register";
    /** An enterprise user submits their own enterprise's suggestion in 企业服务. */
    public static final String SUBMIT = "policy.suggestion.submit";
    /** Policy staff: set the topic and the responsible department, group look-alikes, keep the reserve library. */
    public static final String ANALYSE = "policy.suggestion.analyse";
    /** A department's responder: answer, adopt into the reserve library, record a joint meeting. */
    public static final String RESPOND = "policy.suggestion.respond";
    /** Rate an answer: the enterprise (or staff on a return visit, 回访). */
    public static final String RATE = "policy.suggestion.rate";

    public static final StateMachine<SuggestionState, Suggestion> MACHINE = StateMachine
            .<SuggestionState, Suggestion>of(SuggestionState.class, "Suggestion").messages(PLUGIN)
            .transition("analyse", SuggestionState.RECEIVED, SuggestionState.ANALYSED).permission(ANALYSE).add()
            .transition("respond", EnumSet.of(SuggestionState.ANALYSED, SuggestionState.REOPENED),
                    SuggestionState.RESPONDED).permission(RESPOND).add()
            .transition("rate", SuggestionState.RESPONDED, SuggestionState.CLOSED).permission(RATE).add()
            .transition("reopen", SuggestionState.RESPONDED, SuggestionState.REOPENED).permission(RATE)
                    .reasonRequired().add()
            .build();

    private SuggestionWorkflow() {
    }
}
