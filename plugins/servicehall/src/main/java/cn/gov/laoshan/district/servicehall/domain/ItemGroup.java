package cn.gov.laoshan.district.servicehall.domain;

/**
 * The groups of service items that a window serves and that a hall's capacity is set for (labels:
 * {@code servicehall.group.<NAME>}): a booking takes a slot of its item's group, a waiting number is drawn per group.
 */
public enum ItemGroup {
    ESTATE, EXIT, HUKOU, MARRIAGE, SOCIAL, MEDICAL, MARKET, TAX, FUND, HEALTH, GENERAL;

    /** The group named {@code text} (its name, any case), or {@code null}. */
    public static ItemGroup parse(String text) {
        if (text == null) {
            return null;
        }
        for (ItemGroup g : values()) {
            if (g.name().equalsIgnoreCase(text.strip())) {
                return g;
            }
        }
        return null;
    }
}
