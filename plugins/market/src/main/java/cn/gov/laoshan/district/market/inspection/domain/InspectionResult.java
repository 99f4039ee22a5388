package cn.gov.laoshan.district.market.inspection.domain;

/**
 * An inspection's state: drawn and waiting ({@code PENDING}), or its published result — 未发现问题 PASSED, 发现问题已责令整改
 * PROBLEMS, 不合格/发现违法 FAILED.
 */
public enum InspectionResult {
    PENDING, PASSED, PROBLEMS, FAILED;

    /** The credit signal kind a result gives the next grading ({@code null} while pending). */
    public String signalKind() {
        return switch (this) {
            case PENDING -> null;
            case PASSED -> "inspection.passed";
            case PROBLEMS -> "inspection.problems";
            case FAILED -> "inspection.failed";
        };
    }
}
