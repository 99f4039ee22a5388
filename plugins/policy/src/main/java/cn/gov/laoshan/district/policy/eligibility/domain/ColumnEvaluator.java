package cn.gov.laoshan.district.policy.eligibility.domain;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;

/**
 * Evaluates rules over every enterprise of a {@link FactTable} at once, column by column: each condition is one pass
 * over its column into a bit set (kept, so the many policies sharing a condition — 高新技术企业 valid today, 信用等级
 * 不为 D — pay for it once), and/or/not are bit-set operations of 64 enterprises per step. Near-misses come from
 * prefix and suffix products of the requirements: row {@code i} fails only requirement {@code k} when it is in the
 * complement of {@code k} and in the product of all the others. No object per enterprise is made. Not thread-safe
 * (the kept bit sets); one evaluator per run.
 */
public final class ColumnEvaluator {

    private final FactTable table;
    private final int size;
    private final Map<Condition, BitSet> kept = new HashMap<>();

    public ColumnEvaluator(FactTable table) {
        this.table = table;
        this.size = table.size();
    }

    /** The rule's matches and near-misses. */
    public RuleResult evaluate(Rule rule) {
        List<Rule> requirements = rule.requirements();
        int k = requirements.size();
        BitSet[] met = new BitSet[k];
        for (int i = 0; i < k; i++) {
            met[i] = bits(requirements.get(i));
        }
        // prefix[i] = met[0..i-1] all; suffix[i] = met[i..k-1] all
        BitSet[] suffix = new BitSet[k + 1];
        suffix[k] = all();
        for (int i = k - 1; i >= 0; i--) {
            suffix[i] = (BitSet) suffix[i + 1].clone();
            suffix[i].and(met[i]);
        }
        BitSet matches = suffix[0];
        BitSet prefix = all();
        BitSet near = new BitSet(size);
        BitSet[] onlyFails = new BitSet[k];
        for (int i = 0; i < k; i++) {
            BitSet others = (BitSet) prefix.clone();
            others.and(suffix[i + 1]);
            others.andNot(met[i]);
            onlyFails[i] = others;
            near.or(others);
            prefix.and(met[i]);
        }
        int[] nearRows = near.stream().toArray();
        int[] which = new int[nearRows.length];
        for (int i = 0; i < k; i++) {
            BitSet only = onlyFails[i];
            for (int n = 0; n < nearRows.length; n++) {
                if (only.get(nearRows[n])) {
                    which[n] = i;
                }
            }
        }
        return new RuleResult(matches.stream().toArray(), nearRows, which);
    }

    private BitSet all() {
        BitSet all = new BitSet(size);
        all.set(0, size);
        return all;
    }

    /** The rows where the rule holds (a fresh set the caller may change). */
    BitSet bits(Rule rule) {
        if (rule instanceof Rule.All all) {
            BitSet bits = all();
            for (Rule part : all.parts()) {
                bits.and(bits(part));
            }
            return bits;
        }
        if (rule instanceof Rule.Any any) {
            BitSet bits = new BitSet(size);
            for (Rule part : any.parts()) {
                bits.or(bits(part));
            }
            return bits;
        }
        if (rule instanceof Rule.Not not) {
            BitSet bits = bits(not.part());
            bits.flip(0, size);
            return bits;
        }
        Condition condition = (Condition) rule;
        BitSet bits = kept.get(condition);
        if (bits == null) {
            bits = condition(condition);
            kept.put(condition, bits);
        }
        return (BitSet) bits.clone();
    }

    private BitSet condition(Condition condition) {
        if (condition instanceof Condition.Industry industry) {
            return industry(table.industry(), industry.classes());
        } else if (condition instanceof Condition.Capital capital) {
            return range(table.capital(), capital.range().min(), capital.range().max());
        } else if (condition instanceof Condition.Figure figure) {
            return range(table.figure(figure.kind(), figure.year()), figure.range().min(), figure.range().max());
        } else if (condition instanceof Condition.Founded founded) {
            return range(table.founded(), founded.from() == null ? null : founded.from().toEpochDay(),
                    founded.to() == null ? null : founded.to().toEpochDay());
        } else if (condition instanceof Condition.Street street) {
            return oneOf(table.street(), street.streets());
        } else if (condition instanceof Condition.Park park) {
            return oneOf(table.park(), park.parks());
        } else if (condition instanceof Condition.Size size) {
            return oneOf(table.sizeClass(), names(size.sizes()));
        } else if (condition instanceof Condition.Credit credit) {
            return oneOf(table.credit(), names(credit.grades()));
        } else if (condition instanceof Condition.Qualified qualified) {
            return (BitSet) table.qualified(qualified.type(), qualified.on()).clone();
        } else if (condition instanceof Condition.Licence licence) {
            return (BitSet) table.licensed(licence.kind(), licence.on()).clone();
        }
        // a single enterprise is never eligible by rule (RuleValidator refuses it before saving)
        return new BitSet(size);
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return Set.copyOf(values.stream().map(Enum::name).toList());
    }

    private BitSet range(long[] values, Long min, Long max) {
        long lo = min == null ? Long.MIN_VALUE + 1 : min;
        long hi = max == null ? Long.MAX_VALUE : max;
        BitSet bits = new BitSet(size);
        for (int i = 0; i < size; i++) {
            long v = values[i];
            // MISSING is Long.MIN_VALUE, below every lower bound
            if (v != FactSnapshot.MISSING && v >= lo && v <= hi) {
                bits.set(i);
            }
        }
        return bits;
    }

    private BitSet oneOf(String[] values, Set<String> wanted) {
        BitSet bits = new BitSet(size);
        // the columns share their strings (the registry interns them): compare each distinct one once
        Map<String, Boolean> seen = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String v = values[i];
            if (v != null && seen.computeIfAbsent(v, wanted::contains)) {
                bits.set(i);
            }
        }
        return bits;
    }

    private BitSet industry(String[] codes, List<String> classes) {
        BitSet bits = new BitSet(size);
        Map<String, Boolean> seen = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String code = codes[i];
            if (code != null && seen.computeIfAbsent(code, c -> belongs(c, classes))) {
                bits.set(i);
            }
        }
        return bits;
    }

    /** Whether an enterprise's industry code belongs to one of the classes (is the class or below it). */
    static boolean belongs(String code, List<String> classes) {
        for (String c : classes) {
            if (code.startsWith(c)) {
                return true;
            }
        }
        return false;
    }
}
