package cn.gov.laoshan.district.api.enterprise.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One column of a {@link FactSnapshot}: a fact for every enterprise. Numbers are {@code long} (amounts in whole yuan,
 * missing values {@link FactSnapshot#MISSING}), texts are Strings ({@code null} when missing), flags are bits.
 */
public sealed interface FactColumn {

    /** The column's kind of values. */
    enum Type { NUMBER, TEXT, FLAG }

    Type type();

    /** 所属行业 (GB/T 4754 code), text. */
    record IndustryCode() implements FactColumn {
        public Type type() {
            return Type.TEXT;
        }
    }

    /** 注册资本 in whole yuan, number. */
    record RegisteredCapital() implements FactColumn {
        public Type type() {
            return Type.NUMBER;
        }
    }

    /** 登记状态 ({@code EnterpriseStatus} name), text. */
    record Status() implements FactColumn {
        public Type type() {
            return Type.TEXT;
        }
    }

    /** 信用等级 (A–D), text. */
    record CreditGrade() implements FactColumn {
        public Type type() {
            return Type.TEXT;
        }
    }

    /**
     * 成立日期 as a day number ({@link java.time.LocalDate#toEpochDay()}: {@code LocalDate.ofEpochDay(value)} gives the
     * date back), number ({@link FactSnapshot#MISSING} when unknown). A day number, not a date object, so that a rule
     * compares a million founding dates as {@code long}s ("founded within three years": {@code value >= day}).
     *
     * @since 1.1.0
     */
    record Founded() implements FactColumn {
        public Type type() {
            return Type.NUMBER;
        }
    }

    /**
     * 企业规模: the {@code EnterpriseSize} constant's name ({@code LARGE}, {@code MEDIUM}, {@code SMALL}, {@code MICRO}),
     * text ({@code null} when not registered).
     *
     * @since 1.1.0
     */
    record SizeClass() implements FactColumn {
        public Type type() {
            return Type.TEXT;
        }
    }

    /** 街道, text. */
    record Street() implements FactColumn {
        public Type type() {
            return Type.TEXT;
        }
    }

    /** 园区, text. */
    record Park() implements FactColumn {
        public Type type() {
            return Type.TEXT;
        }
    }

    /** A yearly figure (whole units), number. */
    record Figure(FigureKind kind, int year) implements FactColumn {
        public Figure {
            Objects.requireNonNull(kind, "kind");
        }

        public Type type() {
            return Type.NUMBER;
        }
    }

    /** Whether the enterprise holds a valid qualification of this type on that day, flag. */
    record Qualified(String qualificationType, LocalDate on) implements FactColumn {
        public Qualified {
            Objects.requireNonNull(qualificationType, "qualificationType");
            Objects.requireNonNull(on, "on");
        }

        public Type type() {
            return Type.FLAG;
        }
    }

    /** Whether a credit mark of this kind holds on that day, flag. */
    record Marked(String mark, LocalDate on) implements FactColumn {
        public Marked {
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(on, "on");
        }

        public Type type() {
            return Type.FLAG;
        }
    }
}
