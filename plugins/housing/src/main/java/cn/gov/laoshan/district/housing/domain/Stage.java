package cn.gov.laoshan.district.housing.domain;

/** The eight lifecycle stages of a key project, in order (主体登记 … 经营许可). */
public enum Stage {
    REGISTRATION("主体登记"), APPROVAL("立项"), LAND_PLANNING("用地规划"), BIDDING("招标投标"), UTILITIES("市政报装"),
    CONSTRUCTION_PERMIT("施工许可"), COMPLETION("竣工验收"), OPERATING_LICENCE("经营许可");

    private final String chinese;

    Stage(String chinese) {
        this.chinese = chinese;
    }

    /** The stage's Chinese name, as in templates and Excel files. */
    public String chinese() {
        return chinese;
    }

    /** A stage from its Chinese name or its constant name, or {@code null}. */
    public static Stage parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (Stage s : values()) {
            if (s.chinese.equals(t) || s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        return null;
    }
}
