package cn.gov.laoshan.district.policy.match.ui;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.policy.eligibility.domain.Condition;
import cn.gov.laoshan.district.policy.eligibility.domain.Rule;
import cn.gov.laoshan.district.policy.eligibility.domain.RuleProblem;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * The structured rule form: groups (all / any / not) of conditions, each condition a fact, then an operator, then a
 * value widget fitting the fact (industry classes the registry knows, amounts in yuan, dates, qualification types,
 * sizes, streets and parks, credit grades, licence kinds). The rule is never typed as text: {@link #value()} builds
 * it from the widgets, and {@link #show(List)} puts each validator problem at its field.
 */
public class RuleEditor extends VerticalLayout {

    /** The choices the widgets offer. */
    public record Choices(List<String> industries, List<String> streets, List<String> parks, Map<String, String> qualifications,
            Map<String, String> licences, LocalDate today) {
    }

    static final List<String> FACTS = List.of("industry", "capital", "founded", "street", "park", "size", "figure",
            "qualified", "licence", "credit");

    private final Choices choices;
    private final Function<RuleProblem, String> message;
    private final Runnable changed;
    private GroupNode root;
    /** The node of each path of the rule last built (the validator's paths). */
    private final Map<String, Node> paths = new HashMap<>();

    public RuleEditor(Choices choices, Function<RuleProblem, String> message, Runnable changed) {
        this.choices = choices;
        this.message = message;
        this.changed = changed;
        setPadding(false);
        setId("policy-rule-editor");
        setValue(Rule.all());
    }

    public void setValue(Rule rule) {
        removeAll();
        root = new GroupNode(null);
        root.load(rule instanceof Rule.All || rule instanceof Rule.Any || rule instanceof Rule.Not ? rule : Rule.all(rule));
        add(root);
        // the widgets told of changes while the rule was half loaded: the whole rule once more
        changed.run();
    }

    /** The rule the form shows now. */
    public Rule value() {
        paths.clear();
        return root.rule("rule");
    }

    /** Shows every problem at its field (clearing the earlier ones); returns those not placed at a field. */
    public List<RuleProblem> show(List<RuleProblem> problems) {
        value();
        paths.values().forEach(Node::clear);
        List<RuleProblem> rest = new ArrayList<>();
        for (RuleProblem p : problems) {
            String path = p.field().contains(":") ? p.field().substring(0, p.field().indexOf(':')) : p.field();
            String field = p.field().contains(":") ? p.field().substring(p.field().indexOf(':') + 1) : null;
            Node node = paths.get(path);
            if (node == null || !node.error(field, message.apply(p))) {
                rest.add(p);
            }
        }
        return rest;
    }

    private abstract class Node extends Div {
        abstract Rule rule(String path);

        abstract void clear();

        abstract boolean error(String field, String text);
    }

    /** 且 / 或 / 非 and its parts. */
    private final class GroupNode extends Node {
        private final Select<String> kind = new Select<>();
        private final VerticalLayout parts = new VerticalLayout();
        private final Span error = new Span();
        private final List<Node> children = new ArrayList<>();

        GroupNode(GroupNode parent) {
            addClassName("policy-rule-group");
            getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)").set("padding-left", "var(--lumo-space-s)");
            kind.setItems("all", "any", "not");
            kind.setItemLabelGenerator(k -> getTranslation("policy.rule.editor.group." + k));
            kind.setValue("all");
            kind.addValueChangeListener(e -> changed.run());
            kind.addClassName("policy-rule-group-kind");
            Button condition = new Button(getTranslation("policy.rule.editor.addCondition"), VaadinIcon.PLUS.create(),
                    e -> add(new ConditionNode(this)));
            condition.addClassName("policy-rule-add-condition");
            Button group = new Button(getTranslation("policy.rule.editor.addGroup"), VaadinIcon.PLUS_SQUARE_O.create(),
                    e -> add(new GroupNode(this)));
            group.addClassName("policy-rule-add-group");
            for (Button b : List.of(condition, group)) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            }
            HorizontalLayout bar = new HorizontalLayout(kind, condition, group);
            bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            if (parent != null) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> parent.remove(this));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.getElement().setAttribute("title", getTranslation("policy.rule.editor.remove"));
                bar.add(remove);
            }
            parts.setPadding(false);
            parts.setSpacing(false);
            error.addClassName("policy-rule-error");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            add(bar, error, parts);
        }

        void add(Node child) {
            children.add(child);
            parts.add(child);
            changed.run();
        }

        void remove(Node child) {
            children.remove(child);
            parts.remove(child);
            changed.run();
        }

        void load(Rule rule) {
            List<Rule> list;
            if (rule instanceof Rule.All all) {
                kind.setValue("all");
                list = all.parts();
            } else if (rule instanceof Rule.Any any) {
                kind.setValue("any");
                list = any.parts();
            } else {
                kind.setValue("not");
                Rule part = ((Rule.Not) rule).part();
                list = part instanceof Rule.All all ? all.parts() : List.of(part);
            }
            for (Rule part : list) {
                if (part instanceof Condition c) {
                    ConditionNode node = new ConditionNode(this);
                    node.load(c, false);
                    children.add(node);
                    parts.add(node);
                } else if (part instanceof Rule.Not not && not.part() instanceof Condition c) {
                    ConditionNode node = new ConditionNode(this);
                    node.load(c, true);
                    children.add(node);
                    parts.add(node);
                } else {
                    GroupNode node = new GroupNode(this);
                    node.load(part);
                    children.add(node);
                    parts.add(node);
                }
            }
        }

        @Override
        Rule rule(String path) {
            paths.put(path, this);
            if ("not".equals(kind.getValue())) {
                if (children.size() == 1) {
                    return new Rule.Not(children.get(0).rule(path + ".0"));
                }
                paths.put(path + ".0", this);
                return new Rule.Not(new Rule.All(parts(path + ".0")));
            }
            return "any".equals(kind.getValue()) ? new Rule.Any(parts(path)) : new Rule.All(parts(path));
        }

        private List<Rule> parts(String path) {
            List<Rule> rules = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                rules.add(children.get(i).rule(path + "." + i));
            }
            return rules;
        }

        @Override
        void clear() {
            error.setText("");
        }

        @Override
        boolean error(String field, String text) {
            error.setText(text);
            return true;
        }
    }

    /** One condition: the fact, its operator, its value. */
    private final class ConditionNode extends Node {
        private final Select<String> fact = new Select<>();
        private final Select<String> operator = new Select<>();
        private final HorizontalLayout values = new HorizontalLayout();
        private final Span error = new Span();
        /** The widgets of the current fact, by the validator's field name. */
        private final Map<String, Component> fields = new HashMap<>();
        private Function<String, Condition> build;

        ConditionNode(GroupNode parent) {
            addClassName("policy-rule-condition");
            List<String> facts = new ArrayList<>(FACTS);
            if (choices.licences().isEmpty()) {
                facts.remove("licence");
            }
            fact.setItems(facts);
            fact.setItemLabelGenerator(f -> getTranslation("policy.rule.editor.fact." + f));
            fact.setPlaceholder(getTranslation("policy.rule.editor.fact"));
            fact.addClassName("policy-rule-fact");
            operator.addClassName("policy-rule-operator");
            operator.setItemLabelGenerator(o -> getTranslation("policy.rule.editor.op." + o));
            operator.addValueChangeListener(e -> changed.run());
            fact.addValueChangeListener(e -> {
                widgets(e.getValue());
                changed.run();
            });
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> parent.remove(this));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("title", getTranslation("policy.rule.editor.remove"));
            values.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            values.setWrap(true);
            HorizontalLayout line = new HorizontalLayout(fact, operator, values, remove);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            error.addClassName("policy-rule-error");
            add(line, error);
        }

        void load(Condition c, boolean negated) {
            String f = c instanceof Condition.Industry ? "industry" : c instanceof Condition.Capital ? "capital"
                    : c instanceof Condition.Founded ? "founded" : c instanceof Condition.Street ? "street"
                    : c instanceof Condition.Park ? "park" : c instanceof Condition.Size ? "size"
                    : c instanceof Condition.Figure ? "figure" : c instanceof Condition.Qualified ? "qualified"
                    : c instanceof Condition.Licence ? "licence" : c instanceof Condition.Credit ? "credit" : null;
            if (f == null) {
                return;
            }
            if ("licence".equals(f) && choices.licences().isEmpty()) {
                // the rule names a licence but no plugin provides them now: show it as it is, refused on save
                fact.setItems(FACTS);
            }
            fact.setValue(f);
            if (c instanceof Condition.Capital cap) {
                rangeOperator(cap.range());
            } else if (c instanceof Condition.Figure fig) {
                rangeOperator(fig.range());
            } else if (!(c instanceof Condition.Founded)) {
                operator.setValue(negated ? "not" : "is");
            }
            load = c;
            widgets(f);
            load = null;
        }

        private Condition load;

        private void rangeOperator(Condition.Range range) {
            operator.setValue(range.min() == null ? "atMost" : range.max() == null ? "atLeast" : "between");
        }

        @SuppressWarnings("unchecked")
        private void widgets(String f) {
            values.removeAll();
            fields.clear();
            build = null;
            if (f == null) {
                return;
            }
            switch (f) {
                case "industry", "street", "park" -> {
                    operator.setItems("is", "not");
                    defaultOperator("is");
                    MultiSelectComboBox<String> box = new MultiSelectComboBox<>();
                    box.setItems(f.equals("industry") ? choices.industries() : f.equals("street") ? choices.streets() : choices.parks());
                    box.setWidth("22em");
                    box.addClassName("policy-rule-value");
                    if (load instanceof Condition.Industry c) {
                        box.setValue(new HashSet<>(c.classes()));
                    } else if (load instanceof Condition.Street c) {
                        box.setValue(c.streets());
                    } else if (load instanceof Condition.Park c) {
                        box.setValue(c.parks());
                    }
                    box.addValueChangeListener(e -> changed.run());
                    values.add(box);
                    fields.put(f.equals("industry") ? "classes" : f.equals("street") ? "streets" : "parks", box);
                    build = op -> f.equals("industry") ? new Condition.Industry(box.getValue().stream().sorted().toList())
                            : f.equals("street") ? new Condition.Street(box.getValue()) : new Condition.Park(box.getValue());
                }
                case "size" -> {
                    operator.setItems("is", "not");
                    defaultOperator("is");
                    MultiSelectComboBox<EnterpriseSize> box = new MultiSelectComboBox<>();
                    box.setItems(EnterpriseSize.values());
                    box.setItemLabelGenerator(s -> s.label(getLocale()));
                    box.addClassName("policy-rule-value");
                    if (load instanceof Condition.Size c) {
                        box.setValue(c.sizes());
                    }
                    box.addValueChangeListener(e -> changed.run());
                    values.add(box);
                    fields.put("sizes", box);
                    build = op -> new Condition.Size(box.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(box.getValue()));
                }
                case "credit" -> {
                    operator.setItems("is", "not");
                    defaultOperator("not");
                    MultiSelectComboBox<CreditGrade> box = new MultiSelectComboBox<>();
                    box.setItems(CreditGrade.values());
                    box.addClassName("policy-rule-value");
                    if (load instanceof Condition.Credit c) {
                        box.setValue(c.grades());
                    }
                    box.addValueChangeListener(e -> changed.run());
                    values.add(box);
                    fields.put("grades", box);
                    build = op -> new Condition.Credit(box.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(box.getValue()));
                }
                case "qualified", "licence" -> {
                    operator.setItems("is", "not");
                    defaultOperator("is");
                    Map<String, String> kinds = f.equals("qualified") ? choices.qualifications() : choices.licences();
                    Select<String> type = new Select<>();
                    type.setItems(kinds.keySet());
                    type.setItemLabelGenerator(k -> kinds.getOrDefault(k, k));
                    type.addClassName("policy-rule-value");
                    DatePicker on = Dates.picker(new DatePicker(getTranslation("policy.rule.editor.on")), getLocale());
                    on.setValue(choices.today());
                    if (load instanceof Condition.Qualified c) {
                        type.setValue(kinds.containsKey(c.type()) ? c.type() : null);
                        on.setValue(c.on());
                    } else if (load instanceof Condition.Licence c) {
                        type.setValue(kinds.containsKey(c.kind()) ? c.kind() : null);
                        on.setValue(c.on());
                    }
                    type.addValueChangeListener(e -> changed.run());
                    on.addValueChangeListener(e -> changed.run());
                    values.add(type, on);
                    fields.put(f.equals("qualified") ? "type" : "kind", type);
                    build = op -> {
                        String t = type.getValue() == null ? "" : type.getValue();
                        LocalDate day = on.getValue() == null ? choices.today() : on.getValue();
                        return f.equals("qualified") ? new Condition.Qualified(t, day) : new Condition.Licence(t, day);
                    };
                }
                case "founded" -> {
                    operator.setItems("between");
                    operator.setValue("between");
                    DatePicker from = Dates.picker(new DatePicker(getTranslation("policy.rule.editor.from")), getLocale());
                    DatePicker to = Dates.picker(new DatePicker(getTranslation("policy.rule.editor.to")), getLocale());
                    if (load instanceof Condition.Founded c) {
                        from.setValue(c.from());
                        to.setValue(c.to());
                    }
                    from.addValueChangeListener(e -> changed.run());
                    to.addValueChangeListener(e -> changed.run());
                    values.add(from, to);
                    fields.put("range", to);
                    build = op -> new Condition.Founded(from.getValue(), to.getValue());
                }
                default -> amounts(f);
            }
        }

        private void defaultOperator(String op) {
            if (operator.getValue() == null || !List.of("is", "not").contains(operator.getValue())) {
                operator.setValue(op);
            }
        }

        /** 注册资本 or a yearly figure: ≥, ≤ or between, in yuan (persons for headcount). */
        private void amounts(String f) {
            operator.setItems("atLeast", "atMost", "between");
            if (operator.getValue() == null || !List.of("atLeast", "atMost", "between").contains(operator.getValue())) {
                operator.setValue("atLeast");
            }
            Select<FigureKind> kind = new Select<>();
            IntegerField year = new IntegerField(getTranslation("policy.rule.editor.year"));
            if (f.equals("figure")) {
                kind.setItems(FigureKind.values());
                kind.setItemLabelGenerator(k -> k.label(getLocale()));
                kind.setValue(FigureKind.RND_SPENDING);
                kind.addClassName("policy-rule-figure-kind");
                year.setValue(choices.today().getYear() - 1);
                year.setWidth("7em");
                year.addClassName("policy-rule-year");
                values.add(year, kind);
                fields.put("year", year);
            }
            YuanField min = new YuanField(getTranslation("policy.rule.editor.min"), getLocale());
            YuanField max = new YuanField(getTranslation("policy.rule.editor.max"), getLocale());
            min.addClassName("policy-rule-min");
            max.addClassName("policy-rule-max");
            Condition.Range loaded = load instanceof Condition.Capital c ? c.range() : load instanceof Condition.Figure g ? g.range() : null;
            if (load instanceof Condition.Figure g) {
                kind.setValue(g.kind());
                year.setValue(g.year());
            }
            if (loaded != null) {
                min.setValue(loaded.min() == null ? null : Yuan.of(loaded.min()));
                max.setValue(loaded.max() == null ? null : Yuan.of(loaded.max()));
            }
            Runnable shown = () -> {
                String op = operator.getValue();
                min.setVisible(!"atMost".equals(op));
                max.setVisible(!"atLeast".equals(op));
            };
            operator.addValueChangeListener(e -> shown.run());
            shown.run();
            min.addValueChangeListener(e -> changed.run());
            max.addValueChangeListener(e -> changed.run());
            kind.addValueChangeListener(e -> changed.run());
            year.addValueChangeListener(e -> changed.run());
            values.add(min, max);
            fields.put("range", min);
            build = op -> {
                Long lo = "atMost".equals(op) ? null : whole(min.getValue());
                Long hi = "atLeast".equals(op) ? null : whole(max.getValue());
                Condition.Range range = new Condition.Range(lo, hi);
                return f.equals("figure") ? new Condition.Figure(kind.getValue(), year.getValue() == null ? 0 : year.getValue(), range)
                        : new Condition.Capital(range);
            };
        }

        private Long whole(Yuan amount) {
            return amount == null ? null : amount.amount().setScale(0, RoundingMode.DOWN).longValueExact();
        }

        @Override
        Rule rule(String path) {
            paths.put(path, this);
            if (build == null) {
                // no fact chosen: an empty choice, refused at this condition
                paths.put(path, this);
                return new Condition.Industry(List.of());
            }
            Condition c = build.apply(operator.getValue());
            if ("not".equals(operator.getValue())) {
                paths.put(path + ".0", this);
                return new Rule.Not(c);
            }
            return c;
        }

        @Override
        void clear() {
            error.setText("");
            fields.values().forEach(f -> {
                if (f instanceof HasValidation v) {
                    v.setInvalid(false);
                    v.setErrorMessage(null);
                }
            });
        }

        @Override
        boolean error(String field, String text) {
            Component widget = field == null ? null : fields.get(field);
            if (widget instanceof HasValidation v) {
                v.setErrorMessage(text);
                v.setInvalid(true);
            } else {
                error.setText(text);
            }
            return true;
        }
    }
}
