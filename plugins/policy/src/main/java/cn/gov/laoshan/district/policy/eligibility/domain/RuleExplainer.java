package cn.gov.laoshan.district.policy.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;

/**
 * Explains a rule for one enterprise (one row of a {@link FactTable}): evaluates it value by value, the way a person
 * reads it, and records each condition with the enterprise's actual value. For one enterprise at a time (the policy
 * calculator, a match's detail); the run over every enterprise is the {@link ColumnEvaluator}'s.
 */
public final class RuleExplainer {

    private final FactTable table;

    public RuleExplainer(FactTable table) {
        this.table = table;
    }

    public Explanation explain(Rule rule, int row) {
        List<ConditionCheck> checks = new ArrayList<>();
        List<Boolean> met = new ArrayList<>();
        List<Rule> requirements = rule.requirements();
        boolean split = rule instanceof Rule.All;
        for (int i = 0; i < requirements.size(); i++) {
            met.add(holds(requirements.get(i), split ? "rule." + i : "rule", false, row, checks));
        }
        return new Explanation(table.uscc(row), met, checks);
    }

    private boolean holds(Rule rule, String path, boolean negated, int row, List<ConditionCheck> checks) {
        if (rule instanceof Rule.All all) {
            boolean result = true;
            for (int i = 0; i < all.parts().size(); i++) {
                // every part is checked (not short-circuited): the explanation lists them all
                result &= holds(all.parts().get(i), path + "." + i, negated, row, checks);
            }
            return result;
        }
        if (rule instanceof Rule.Any any) {
            boolean result = false;
            for (int i = 0; i < any.parts().size(); i++) {
                result |= holds(any.parts().get(i), path + "." + i, negated, row, checks);
            }
            return result;
        }
        if (rule instanceof Rule.Not not) {
            return !holds(not.part(), path + ".0", !negated, row, checks);
        }
        Condition condition = (Condition) rule;
        Object actual = actual(condition, row);
        boolean met = met(condition, actual);
        checks.add(new ConditionCheck(path, condition, met, negated, actual));
        return met;
    }

    private Object actual(Condition condition, int row) {
        if (condition instanceof Condition.Industry) {
            return table.industry()[row];
        } else if (condition instanceof Condition.Capital) {
            return number(table.capital()[row]);
        } else if (condition instanceof Condition.Figure f) {
            return number(table.figure(f.kind(), f.year())[row]);
        } else if (condition instanceof Condition.Founded) {
            long day = table.founded()[row];
            return day == FactSnapshot.MISSING ? null : LocalDate.ofEpochDay(day);
        } else if (condition instanceof Condition.Street) {
            return table.street()[row];
        } else if (condition instanceof Condition.Park) {
            return table.park()[row];
        } else if (condition instanceof Condition.Size) {
            return table.sizeClass()[row];
        } else if (condition instanceof Condition.Credit) {
            return table.credit()[row];
        } else if (condition instanceof Condition.Qualified q) {
            return table.qualified(q.type(), q.on()).get(row);
        } else if (condition instanceof Condition.Licence l) {
            // the licence's number (许可证编号) when held, so that the explanation names it
            return table.licence(row, l.kind(), l.on());
        }
        return table.uscc(row);
    }

    private static Long number(long value) {
        return value == FactSnapshot.MISSING ? null : value;
    }

    /** Whether the condition holds for this actual value; an unknown value meets no condition. */
    static boolean met(Condition condition, Object actual) {
        if (actual == null) {
            return false;
        }
        if (condition instanceof Condition.Industry industry) {
            return ColumnEvaluator.belongs((String) actual, industry.classes());
        } else if (condition instanceof Condition.Capital capital) {
            return capital.range().contains((Long) actual);
        } else if (condition instanceof Condition.Figure figure) {
            return figure.range().contains((Long) actual);
        } else if (condition instanceof Condition.Founded founded) {
            LocalDate day = (LocalDate) actual;
            return (founded.from() == null || !day.isBefore(founded.from())) && (founded.to() == null || !day.isAfter(founded.to()));
        } else if (condition instanceof Condition.Street street) {
            return street.streets().contains(actual);
        } else if (condition instanceof Condition.Park park) {
            return park.parks().contains(actual);
        } else if (condition instanceof Condition.Size size) {
            return size.sizes().stream().anyMatch(s -> s.name().equals(actual));
        } else if (condition instanceof Condition.Credit credit) {
            return credit.grades().stream().anyMatch(g -> g.name().equals(actual));
        } else if (condition instanceof Condition.Qualified) {
            return (Boolean) actual;
        } else if (condition instanceof Condition.Licence) {
            return true;
        }
        return false;
    }
}
