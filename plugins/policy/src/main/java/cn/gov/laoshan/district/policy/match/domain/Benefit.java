package cn.gov.laoshan.district.policy.match.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.money.Yuan;

/**
 * What a policy gives a matched enterprise (兑现标准), as a formula the match run computes exactly to the fen: nothing
 * in money ({@link Kind#NONE}: a service, a title), a fixed amount ({@link Kind#FIXED}: 奖励20万元), or a percentage
 * of one of the enterprise's yearly figures of a given year with a cap ({@link Kind#PERCENTAGE}: 按2025年研发投入的10%给予
 * 补助，最高100万元). Amounts are {@link Yuan}; the percentage is rounded half-up to the fen once, then capped.
 *
 * @param fixed   the amount of a {@link Kind#FIXED} benefit
 * @param percent the percentage (10 for 10 %) of a {@link Kind#PERCENTAGE} benefit
 * @param figure  whose figure, with {@code year}
 * @param cap     the most a {@link Kind#PERCENTAGE} benefit gives ({@code null}: no cap)
 */
public record Benefit(Kind kind, Yuan fixed, BigDecimal percent, FigureKind figure, Integer year, Yuan cap) {

    public enum Kind { NONE, FIXED, PERCENTAGE }

    public static final Benefit NONE = new Benefit(Kind.NONE, null, null, null, null, null);

    public Benefit {
        Objects.requireNonNull(kind, "kind");
    }

    public static Benefit fixed(Yuan amount) {
        return new Benefit(Kind.FIXED, amount, null, null, null, null);
    }

    public static Benefit percentage(BigDecimal percent, FigureKind figure, int year, Yuan cap) {
        return new Benefit(Kind.PERCENTAGE, null, percent, figure, year, cap);
    }

    /** Whether the benefit is money (a match then carries an amount). */
    public boolean money() {
        return kind != Kind.NONE;
    }

    /**
     * The amount for an enterprise whose figure ({@link #figure()} of {@link #year()}, whole units) is
     * {@code figureValue} ({@link FactSnapshot#MISSING} when unknown: zero then); {@code null} for {@link Kind#NONE}.
     */
    public Yuan amount(long figureValue) {
        return switch (kind) {
            case NONE -> null;
            case FIXED -> fixed;
            case PERCENTAGE -> {
                if (figureValue == FactSnapshot.MISSING || figureValue <= 0) {
                    yield Yuan.ZERO;
                }
                Yuan share = Yuan.of(figureValue).times(percent.movePointLeft(2), RoundingMode.HALF_UP);
                yield cap != null && share.compareTo(cap) > 0 ? cap : share;
            }
        };
    }

    /** The problems of the formula (message keys of the plugin), empty when it may be saved. */
    public java.util.List<String> problems() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        switch (kind) {
            case NONE -> { }
            case FIXED -> {
                if (fixed == null || fixed.signum() <= 0) {
                    problems.add("policy.benefit.error.amount");
                }
            }
            case PERCENTAGE -> {
                if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                        || percent.scale() > 4) {
                    problems.add("policy.benefit.error.percent");
                }
                if (figure == null || figure == FigureKind.HEADCOUNT) {
                    problems.add("policy.benefit.error.figure");
                }
                if (year == null || year < 2000 || year > 2099) {
                    problems.add("policy.benefit.error.year");
                }
                if (cap != null && cap.signum() <= 0) {
                    problems.add("policy.benefit.error.cap");
                }
            }
        }
        return problems;
    }
}
