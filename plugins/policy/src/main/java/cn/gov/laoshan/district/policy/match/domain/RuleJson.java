package cn.gov.laoshan.district.policy.match.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.policy.eligibility.domain.Condition;
import cn.gov.laoshan.district.policy.eligibility.domain.Rule;

/**
 * A {@link Rule} as JSON and back, through Jackson's tree model: {@code {"all":[…]}}, {@code {"any":[…]}},
 * {@code {"not":{…}}} and one object per condition with its {@code fact} ({@code industry}, {@code capital},
 * {@code founded}, {@code street}, {@code park}, {@code size}, {@code figure}, {@code qualified}, {@code licence},
 * {@code credit}, {@code enterprise}). Written field by field rather than with polymorphic type handling, so that
 * reading a stored or imported rule can only ever make these records (no class named by the text is loaded). A
 * text that is no rule is refused with an {@link IllegalArgumentException}.
 */
public final class RuleJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RuleJson() {
    }

    public static String write(Rule rule) {
        return node(rule).toString();
    }

    public static Rule read(String json) {
        try {
            return rule(MAPPER.readTree(json));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not a rule: " + e.getMessage(), e);
        }
    }

    private static ObjectNode node(Rule rule) {
        ObjectNode node = MAPPER.createObjectNode();
        if (rule instanceof Rule.All all) {
            ArrayNode parts = node.putArray("all");
            all.parts().forEach(p -> parts.add(node(p)));
        } else if (rule instanceof Rule.Any any) {
            ArrayNode parts = node.putArray("any");
            any.parts().forEach(p -> parts.add(node(p)));
        } else if (rule instanceof Rule.Not not) {
            node.set("not", node(not.part()));
        } else if (rule instanceof Condition.Industry c) {
            strings(node.put("fact", "industry").putArray("classes"), c.classes());
        } else if (rule instanceof Condition.Capital c) {
            range(node.put("fact", "capital"), c.range());
        } else if (rule instanceof Condition.Founded c) {
            node.put("fact", "founded").put("from", c.from() == null ? null : c.from().toString())
                    .put("to", c.to() == null ? null : c.to().toString());
        } else if (rule instanceof Condition.Street c) {
            strings(node.put("fact", "street").putArray("streets"), new TreeSet<>(c.streets()));
        } else if (rule instanceof Condition.Park c) {
            strings(node.put("fact", "park").putArray("parks"), new TreeSet<>(c.parks()));
        } else if (rule instanceof Condition.Size c) {
            strings(node.put("fact", "size").putArray("sizes"), new TreeSet<>(c.sizes().stream().map(Enum::name).toList()));
        } else if (rule instanceof Condition.Figure c) {
            range(node.put("fact", "figure").put("kind", c.kind().name()).put("year", c.year()), c.range());
        } else if (rule instanceof Condition.Qualified c) {
            node.put("fact", "qualified").put("type", c.type()).put("on", c.on().toString());
        } else if (rule instanceof Condition.Licence c) {
            node.put("fact", "licence").put("kind", c.kind()).put("on", c.on().toString());
        } else if (rule instanceof Condition.Credit c) {
            strings(node.put("fact", "credit").putArray("grades"), new TreeSet<>(c.grades().stream().map(Enum::name).toList()));
        } else if (rule instanceof Condition.Enterprise c) {
            node.put("fact", "enterprise").put("enterprise", c.usccOrName());
        }
        return node;
    }

    private static void strings(ArrayNode array, Iterable<String> values) {
        values.forEach(array::add);
    }

    private static void range(ObjectNode node, Condition.Range range) {
        if (range.min() != null) {
            node.put("min", range.min());
        }
        if (range.max() != null) {
            node.put("max", range.max());
        }
    }

    private static Rule rule(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a rule is an object");
        }
        if (node.has("all")) {
            return new Rule.All(parts(node.get("all")));
        }
        if (node.has("any")) {
            return new Rule.Any(parts(node.get("any")));
        }
        if (node.has("not")) {
            return new Rule.Not(rule(node.get("not")));
        }
        String fact = text(node, "fact");
        return switch (fact) {
            case "industry" -> new Condition.Industry(texts(node.get("classes")));
            case "capital" -> new Condition.Capital(range(node));
            case "founded" -> new Condition.Founded(day(node, "from"), day(node, "to"));
            case "street" -> new Condition.Street(Set.copyOf(texts(node.get("streets"))));
            case "park" -> new Condition.Park(Set.copyOf(texts(node.get("parks"))));
            case "size" -> {
                Set<EnterpriseSize> sizes = EnumSet.noneOf(EnterpriseSize.class);
                texts(node.get("sizes")).forEach(s -> sizes.add(EnterpriseSize.valueOf(s)));
                yield new Condition.Size(sizes);
            }
            case "figure" -> new Condition.Figure(FigureKind.valueOf(text(node, "kind")), node.get("year").intValue(), range(node));
            case "qualified" -> new Condition.Qualified(text(node, "type"), day(node, "on"));
            case "licence" -> new Condition.Licence(text(node, "kind"), day(node, "on"));
            case "credit" -> {
                Set<CreditGrade> grades = EnumSet.noneOf(CreditGrade.class);
                texts(node.get("grades")).forEach(g -> grades.add(CreditGrade.valueOf(g)));
                yield new Condition.Credit(grades);
            }
            case "enterprise" -> new Condition.Enterprise(text(node, "enterprise"));
            default -> throw new IllegalArgumentException("unknown fact " + fact);
        };
    }

    private static List<Rule> parts(JsonNode array) {
        List<Rule> parts = new ArrayList<>();
        array.forEach(p -> parts.add(rule(p)));
        return parts;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value.asText();
    }

    private static LocalDate day(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }

    private static Condition.Range range(JsonNode node) {
        return new Condition.Range(node.hasNonNull("min") ? node.get("min").longValue() : null,
                node.hasNonNull("max") ? node.get("max").longValue() : null);
    }
}
