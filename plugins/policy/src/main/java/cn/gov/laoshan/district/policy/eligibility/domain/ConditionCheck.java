package cn.gov.laoshan.district.policy.eligibility.domain;

/**
 * One condition checked for one enterprise, with the enterprise's actual value — a {@code Long} (yuan, persons), a
 * {@code LocalDate} (founding date), a {@code String} (industry code, street, park, size or grade name), a
 * {@code Boolean} (holds the qualification) or {@code null} (the registry does not know it) — so that a match or a
 * near-miss explains itself condition by condition.
 *
 * @param path      where the condition is in the rule (see {@link RuleProblem})
 * @param negated   whether it sits under an odd number of {@link Rule.Not}s (it is then wanted false)
 */
public record ConditionCheck(String path, Condition condition, boolean met, boolean negated, Object actual) {
}
