package cn.gov.laoshan.district.console.config;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

import cn.gov.laoshan.district.console.config.ConfigForm.Kind;
import cn.gov.laoshan.district.console.config.ConfigValidationException.Problem;
import cn.gov.laoshan.district.core.config.ConfigValues;

/**
 * What a form's input makes of a configuration: each value parsed by its attribute's type and checked
 * ({@link ConfigValues}, the same check that refuses invalid values read from {@code conf/*.cfg} files), all or
 * nothing.
 */
final class ConfigInput {

    /** The configuration after the input, and which attributes are secrets (never shown, never audited). */
    record Applied(Map<String, Object> next, Set<String> secrets) {
    }

    private ConfigInput() {
    }

    /**
     * {@code input}: attribute id → its values as typed (one per line for lists); an absent id keeps its value, an
     * empty list removes it (the default applies). For a PASSWORD attribute an empty or absent value keeps the
     * secret; {@code clearSecrets} removes it.
     *
     * @throws ConfigValidationException naming each invalid field
     */
    static Applied apply(ObjectClassDefinition ocd, Map<String, Object> old, Map<String, List<String>> input,
            Set<String> clearSecrets) {
        Map<String, Object> next = new LinkedHashMap<>(old);
        Set<String> required = MetatypeCatalogue.ids(ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED));
        Map<String, Problem> problems = new TreeMap<>();
        Set<String> secrets = new HashSet<>();
        for (AttributeDefinition ad : MetatypeCatalogue.definitions(ocd)) {
            String id = ad.getID();
            Kind kind = kind(ad.getType());
            List<String> given = input.get(id);
            if (kind == Kind.PASSWORD) {
                secrets.add(id);
                if (clearSecrets.contains(id)) {
                    next.remove(id);
                } else if (given != null && !given.isEmpty() && !given.get(0).isEmpty()) {
                    Problem problem = check(ad, given.get(0));
                    if (problem != null) {
                        problems.put(id, problem);
                    } else {
                        next.put(id, given.get(0));
                    }
                }
                continue;
            }
            if (given == null) {
                continue;
            }
            List<String> values = given.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
            if (values.isEmpty()) {
                if (required.contains(id) && MetatypeCatalogue.list(ad.getDefaultValue()).isEmpty()) {
                    problems.put(id, new Problem("console.config.invalid.missing", ""));
                } else {
                    next.remove(id);
                }
                continue;
            }
            int max = ad.getCardinality() == 0 ? 1 : Math.abs(ad.getCardinality());
            if (values.size() > max) {
                problems.put(id, new Problem("console.config.invalid.too-many", String.valueOf(max)));
                continue;
            }
            List<Object> typed = new ArrayList<>();
            for (String v : values) {
                Problem problem = check(ad, v);
                if (problem != null) {
                    problems.put(id, problem);
                    break;
                }
                typed.add(parse(kind, v));
            }
            if (!problems.containsKey(id)) {
                next.put(id, ad.getCardinality() == 0 ? typed.get(0) : array(kind, typed));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigValidationException(problems);
        }
        return new Applied(next, secrets);
    }

    /** The ids of the PASSWORD attributes of a description. */
    static Set<String> secrets(ObjectClassDefinition ocd) {
        Set<String> secrets = new HashSet<>();
        for (AttributeDefinition ad : MetatypeCatalogue.definitions(ocd)) {
            if (kind(ad.getType()) == Kind.PASSWORD) {
                secrets.add(ad.getID());
            }
        }
        return secrets;
    }

    static Kind kind(int type) {
        return switch (type) {
            case AttributeDefinition.STRING -> Kind.STRING;
            case AttributeDefinition.INTEGER, AttributeDefinition.SHORT, AttributeDefinition.BYTE -> Kind.INTEGER;
            case AttributeDefinition.LONG -> Kind.LONG;
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT, AttributeDefinition.BIGDECIMAL -> Kind.DOUBLE;
            case AttributeDefinition.BOOLEAN -> Kind.BOOLEAN;
            case AttributeDefinition.PASSWORD -> Kind.PASSWORD;
            default -> Kind.OTHER;
        };
    }

    /**
     * The platform's one check of a configuration value ({@link ConfigValues}: type, then the definition's own
     * {@code validate}, then its options), as a console message key.
     */
    static Problem check(AttributeDefinition ad, String value) {
        String code = ConfigValues.problem(ad, value);
        return code == null ? null : problemOf(code, value);
    }

    /** Felix Metatype's validation wording ({@code %less than minimum}, ...) as console message keys. */
    static Problem problem(String message, String value) {
        return problemOf(ConfigValues.code(message), value);
    }

    private static Problem problemOf(String code, String value) {
        return code.startsWith("other:") ? new Problem("console.config.invalid.other", code.substring("other:".length()))
                : new Problem("console.config.invalid." + code, value);
    }

    static Object parse(Kind kind, String value) {
        return ConfigValues.parse(switch (kind) {
            case INTEGER -> AttributeDefinition.INTEGER;
            case LONG -> AttributeDefinition.LONG;
            case DOUBLE -> AttributeDefinition.DOUBLE;
            case BOOLEAN -> AttributeDefinition.BOOLEAN;
            default -> AttributeDefinition.STRING;
        }, value);
    }

    private static Object array(Kind kind, List<Object> values) {
        Class<?> type = switch (kind) {
            case INTEGER -> Integer.class;
            case LONG -> Long.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            default -> String.class;
        };
        Object array = Array.newInstance(type, values.size());
        for (int i = 0; i < values.size(); i++) {
            Array.set(array, i, values.get(i));
        }
        return array;
    }

    /** A configuration value (one value, an array or a collection) as the strings a form shows. */
    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value.getClass().isArray()) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(String.valueOf(Array.get(value, i)));
            }
            return out;
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
