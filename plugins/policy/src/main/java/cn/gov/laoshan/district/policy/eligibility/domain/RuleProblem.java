package cn.gov.laoshan.district.policy.eligibility.domain;

import java.util.List;
import java.util.Objects;

/**
 * What is wrong with a rule, at which field: {@code field} is the condition's path ({@code rule} the root,
 * {@code rule.2} its third part, {@code rule.2.0} that part's first) and, after a colon, the field of the condition
 * ({@code rule.2:range}); {@code messageKey} a key of the plugin's messages with its {@code parameters}.
 */
public record RuleProblem(String field, String messageKey, List<Object> parameters) {

    public RuleProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        parameters = List.copyOf(parameters);
    }

    static RuleProblem at(String path, String field, String key, Object... parameters) {
        return new RuleProblem(field == null ? path : path + ":" + field, key, List.of(parameters));
    }
}
