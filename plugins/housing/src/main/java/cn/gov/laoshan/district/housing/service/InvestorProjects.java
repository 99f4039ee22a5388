package cn.gov.laoshan.district.housing.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.RecordScope;

/**
 * The projects an enterprise invests in (by the investor's credit code), for the enterprise page's section. Scoped in
 * SQL as every housing read is: staff see the projects of the departments where they hold
 * {@link HousingPermissions#VIEW}; an enterprise user holding it sees their own enterprise's projects only
 * ({@link AccessControl#enterprises} over {@code investor_uscc}), whatever code they ask for ({@link RecordScope} over
 * {@link HousingSql#PROJECTS}). Without the permission the caller is refused.
 */
public final class InvestorProjects {

    /** One project as the section lists it. */
    public record Invested(long id, String code, String name, String kind, String level, BigDecimal amountWan,
            String status, LocalDate startDate) {
    }

    private final Jdbi jdbi;
    private final AccessControl access;

    public InvestorProjects(Jdbi jdbi, AccessControl access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    /** The projects {@code uscc} invests in that the caller may see, newest start first. */
    public List<Invested> of(String uscc) {
        access.check(HousingPermissions.VIEW);
        RecordScope.Condition in = RecordScope.of(access, HousingPermissions.VIEW).condition(HousingSql.PROJECTS);
        return jdbi.withHandle(h -> {
            Query q = in.bind(h.createQuery("select id, code, name, kind, project_level, amount_wan, status, start_date "
                    + "from project" + in.and(" where investor_uscc = :uscc") + " order by start_date desc, id desc"))
                    .bind("uscc", uscc);
            return q.map((rs, ctx) -> new Invested(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                    rs.getString("kind"), rs.getString("project_level"), rs.getBigDecimal("amount_wan"),
                    rs.getString("status"), rs.getDate("start_date").toLocalDate())).list();
        });
    }
}
