package cn.gov.laoshan.district.policy.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;

/**
 * One condition on one fact of an enterprise. A condition on a fact the enterprise lacks (no figure for that year,
 * no credit grade) is not met: eligibility must be shown, not assumed; under {@link Rule.Not} it is then met (信用等级
 * 不为 D holds for an enterprise without a grade).
 */
public sealed interface Condition extends Rule {

    /**
     * 所属行业 belongs to one of these GB/T 4754 classes: a section letter ({@code C}), or the letter with a 2-, 3- or
     * 4-digit class ({@code C39}, {@code C391}, {@code C3911}); an enterprise's code belongs to every class it starts
     * with.
     */
    record Industry(List<String> classes) implements Condition {
        public Industry {
            classes = List.copyOf(classes);
        }
    }

    /** 注册资本 in whole yuan within the range. */
    record Capital(Range range) implements Condition {
        public Capital {
            Objects.requireNonNull(range, "range");
        }
    }

    /** 成立日期 within the days, both included ({@code null}: open). */
    record Founded(LocalDate from, LocalDate to) implements Condition {
    }

    /** 街道 is one of these. */
    record Street(Set<String> streets) implements Condition {
        public Street {
            streets = Set.copyOf(new TreeSet<>(streets));
        }
    }

    /** 园区 is one of these. */
    record Park(Set<String> parks) implements Condition {
        public Park {
            parks = Set.copyOf(new TreeSet<>(parks));
        }
    }

    /** 企业规模 is one of these. */
    record Size(Set<EnterpriseSize> sizes) implements Condition {
        public Size {
            sizes = Set.copyOf(sizes);
        }
    }

    /** A yearly figure (从业人数, 营业收入, 纳税额, 研发投入, 出口额) of one year within the range (yuan, persons). */
    record Figure(FigureKind kind, int year, Range range) implements Condition {
        public Figure {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(range, "range");
        }
    }

    /** Holds a qualification of this type ({@code QualificationType#code()}) valid on that day. */
    record Qualified(String type, LocalDate on) implements Condition {
        public Qualified {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * Holds a licence of this kind ({@code HeldLicences.LicenceKind#code()}, e.g. a food business licence) valid on that
     * day: 持有有效的食品经营许可证. The facts come from the plugin that keeps licences ({@code HeldLicences}); without it
     * {@link RuleValidator} refuses the condition as naming an unknown fact.
     */
    record Licence(String kind, LocalDate on) implements Condition {
        public Licence {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(on, "on");
        }
    }

    /** 信用等级 is one of these. */
    record Credit(Set<CreditGrade> grades) implements Condition {
        public Credit {
            grades = Set.copyOf(grades);
        }
    }

    /**
     * Is this one enterprise (its USCC or name). Never valid: under the Fair Competition Review Regulation (2024) art.
     * 10 a subsidy must not select specific operators, so {@link RuleValidator} refuses any rule holding it. It is part
     * of the model so that such a rule, typed or imported, is refused with that reason rather than unrepresentable.
     */
    record Enterprise(String usccOrName) implements Condition {
        public Enterprise {
            Objects.requireNonNull(usccOrName, "usccOrName");
        }
    }

    /** A range of whole numbers, both ends included ({@code null}: open). */
    record Range(Long min, Long max) {

        public static Range atLeast(long min) {
            return new Range(min, null);
        }

        public static Range atMost(long max) {
            return new Range(null, max);
        }

        public static Range between(long min, long max) {
            return new Range(min, max);
        }

        public boolean contains(long value) {
            return (min == null || value >= min) && (max == null || value <= max);
        }

        /** The values both ranges hold, or {@code null} when none. */
        Range intersect(Range other) {
            Long lo = min == null ? other.min : other.min == null ? min : Long.valueOf(Math.max(min, other.min));
            Long hi = max == null ? other.max : other.max == null ? max : Long.valueOf(Math.min(max, other.max));
            return lo != null && hi != null && lo > hi ? null : new Range(lo, hi);
        }
    }
}
