package cn.gov.laoshan.district.api.enterprise;

/** 信用等级: the enterprise's credit grade, A (best) to D. */
public enum CreditGrade {
    A, B, C, D;

    /** Message key, e.g. {@code registry.credit.A}. */
    public String messageKey() {
        return "registry.credit." + name();
    }

    /** The grade named by {@code A}..{@code D} (or {@code A级}); {@code null} when none. */
    public static CreditGrade fromText(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (t.endsWith("级")) {
            t = t.substring(0, t.length() - 1);
        }
        for (CreditGrade grade : values()) {
            if (grade.name().equals(t)) {
                return grade;
            }
        }
        return null;
    }
}
