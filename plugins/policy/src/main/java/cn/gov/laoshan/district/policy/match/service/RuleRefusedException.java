package cn.gov.laoshan.district.policy.match.service;

import java.util.List;

import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.policy.eligibility.domain.RuleProblem;

/**
 * A rule refused before it was saved, with every problem at its field ({@link RuleProblem#field()}: the condition's
 * path and field), so that the rule editor shows each one where it belongs. The exception's own field and message are
 * the first problem's.
 */
public class RuleRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    public RuleRefusedException(List<RuleProblem> problems) {
        super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).parameters().toArray(),
                "rule refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
