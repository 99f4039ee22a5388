package cn.gov.laoshan.district.policy.eligibility.domain;

import java.time.LocalDate;
import java.util.BitSet;

import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;

/**
 * The facts rules are evaluated over, column-wise: row {@code i} of every column is one enterprise. Numbers are
 * {@link FactSnapshot#MISSING} and texts {@code null} where unknown; the arrays must not be changed. See
 * {@link SnapshotFactTable} for the registry's snapshot.
 */
public interface FactTable {

    int size();

    /** The enterprise of a row. */
    String uscc(int row);

    /** 所属行业: GB/T 4754 codes such as {@code C3911}. */
    String[] industry();

    /** 注册资本 in whole yuan. */
    long[] capital();

    /** 成立日期 as {@link LocalDate#toEpochDay()}. */
    long[] founded();

    /** 街道. */
    String[] street();

    /** 园区. */
    String[] park();

    /** 企业规模: {@code EnterpriseSize} names. */
    String[] sizeClass();

    /** 信用等级: {@code CreditGrade} names. */
    String[] credit();

    /** A yearly figure (yuan, persons). */
    long[] figure(FigureKind kind, int year);

    /** Whether each enterprise holds a qualification of that type valid on that day. */
    BitSet qualified(String type, LocalDate on);

    /**
     * Whether each enterprise holds a licence of that kind valid on that day (all clear when licence facts are not
     * available: a rule naming a licence is then refused before it is saved).
     */
    BitSet licensed(String kind, LocalDate on);

    /**
     * The number of the licence of that kind the enterprise of {@code row} holds valid on that day, or {@code null}
     * when it holds none: the actual value an explanation shows.
     */
    String licence(int row, String kind, LocalDate on);
}
