package cn.gov.laoshan.district.api.project;

import java.util.Objects;

/**
 * A project as another plugin may show it: no figures, only what names it and where its page is.
 *
 * @param code         the project's code, unique in the owning plugin (崂住项〔2026〕001号): what a referring record
 *                     stores
 * @param name         its name
 * @param investorName the investor's name, or {@code null}
 * @param route        the route of the project's page in the shell ({@code housing/projects/12}), for a link
 */
public record ProjectSummary(String code, String name, String investorName, String route) {

    public ProjectSummary {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(route, "route");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a project's code is not blank");
        }
    }

    /** {@code code name}: the label of a pick list. */
    public String label() {
        return code + " " + name;
    }
}
