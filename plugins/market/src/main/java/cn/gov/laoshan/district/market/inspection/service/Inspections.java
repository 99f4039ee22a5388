package cn.gov.laoshan.district.market.inspection.service;

/** The random inspections' permissions (双随机一公开). */
public final class Inspections {

    /** Market staff: make draws, keep the inspectors and their declared relations. */
    public static final String DRAW = "market.inspection.draw";
    /** Market staff: record an inspection's result (published with it). */
    public static final String RECORD = "market.inspection.record";
    /** Anyone signed in who may read the published results (一公开): staff, and enterprise users. */
    public static final String PUBLISHED = "market.inspection.published";

    private Inspections() {
    }
}
