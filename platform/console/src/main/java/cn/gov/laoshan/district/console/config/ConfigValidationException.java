package cn.gov.laoshan.district.console.config;

import java.util.Map;

/** Input refused: per field, a message key of the console's messages and its argument. Nothing was changed. */
public final class ConfigValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A field's problem: {@code key} is a console message key, {@code detail} its argument {0} (or ""). */
    public record Problem(String key, String detail) {
    }

    private final transient Map<String, Problem> problems;

    public ConfigValidationException(Map<String, Problem> problems) {
        super("invalid configuration values: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** attribute id → problem. */
    public Map<String, Problem> problems() {
        return problems;
    }
}
