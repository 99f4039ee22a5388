package cn.gov.laoshan.district.policy.eligibility.domain;

import java.util.List;
import java.util.Objects;

/**
 * A policy's eligibility (申报条件) as a structured rule over the registry's facts: conditions ({@link Condition})
 * combined with and ({@link All}), or ({@link Any}) and not ({@link Not}). Staff edit it in a form, never as text that
 * is parsed or run: a rule is data, evaluated by {@link ColumnEvaluator} and read back as a sentence by
 * {@link RuleSentence}. A rule must pass {@link RuleValidator} before it is saved.
 *
 * <p>A rule's <em>requirements</em> are its top-level conjuncts: the children of a root {@link All}, or the root
 * itself. An enterprise that fails exactly one requirement is a near-miss (差一项).
 */
public sealed interface Rule permits Rule.All, Rule.Any, Rule.Not, Condition {

    /** Every part holds (且). */
    record All(List<Rule> parts) implements Rule {
        public All {
            parts = List.copyOf(parts);
        }
    }

    /** At least one part holds (或). */
    record Any(List<Rule> parts) implements Rule {
        public Any {
            parts = List.copyOf(parts);
        }
    }

    /** The part does not hold (非). */
    record Not(Rule part) implements Rule {
        public Not {
            Objects.requireNonNull(part, "part");
        }
    }

    static All all(Rule... parts) {
        return new All(List.of(parts));
    }

    static Any any(Rule... parts) {
        return new Any(List.of(parts));
    }

    static Not not(Rule part) {
        return new Not(part);
    }

    /** The requirements an enterprise must all meet: the children of a root {@link All}, else the rule itself. */
    default List<Rule> requirements() {
        return this instanceof All all ? all.parts() : List.of(this);
    }
}
