package cn.gov.laoshan.district.servicehall.domain;

import java.util.Objects;

/**
 * One material an applicant brings for an item.
 *
 * @param name            as the catalogue names it (居民身份证)
 * @param certificateFree 免证办: the platform fetches it from the electronic licence library, the applicant need not
 *                        bring it
 */
public record Material(String name, boolean certificateFree) {

    /** How the catalogue's Excel file marks a 免证办 material after its name. */
    public static final String FREE_MARK = "（免证办）";

    public Material {
        Objects.requireNonNull(name, "name");
    }

    /** {@code 居民身份证（免证办）} for a certificate-free material, else the name. */
    public String text() {
        return certificateFree ? name + FREE_MARK : name;
    }

    /** A material as {@link #text()} writes it; a trailing （免证办） or (免证办) marks it certificate-free. */
    public static Material parse(String text) {
        String t = text.strip();
        for (String mark : new String[] {FREE_MARK, "(免证办)"}) {
            if (t.endsWith(mark)) {
                return new Material(t.substring(0, t.length() - mark.length()).strip(), true);
            }
        }
        return new Material(t, false);
    }
}
