package cn.gov.laoshan.district.housing.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.api.security.EnterpriseScope;

/**
 * The projects an enterprise invests in (by the investor's credit code), for the enterprise page's section. Scoped in
 * SQL as every housing read is: staff see the projects of the departments where they hold
 * {@link HousingPermissions#VIEW}; an enterprise user holding it sees their own enterprise's projects only
 * ({@link AccessControl#enterprises} over {@code investor_uscc}), whatever code they ask for. Without the permission
 * the caller is refused.
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
        StringBuilder sql = new StringBuilder("select id, code, name, kind, project_level, amount_wan, status, start_date "
                + "from project where investor_uscc = :uscc");
        CurrentUser user = access.currentUser().orElse(null);
        EnterpriseScope enterprises = access.enterprises(HousingPermissions.VIEW);
        List<String> departments = new ArrayList<>();
        if (user != null && user.external()) {
            sql.append(" and ").append(enterprises.isEmpty() ? "1 = 0" : enterprises.condition("investor_uscc"));
        } else {
            DepartmentScope scope = access.scope(HousingPermissions.VIEW);
            if (!scope.all() && (user == null || !user.platformAdmin())) {
                departments.addAll(scope.departments());
                sql.append(departments.isEmpty() ? " and 1 = 0" : " and department_code in (<departments>)");
            }
        }
        sql.append(" order by start_date desc, id desc");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("uscc", uscc);
            if (user != null && user.external() && !enterprises.isEmpty()) {
                q.bindMap(enterprises.parameters());
            }
            if (!departments.isEmpty()) {
                q.bindList("departments", departments);
            }
            return q.map((rs, ctx) -> new Invested(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                    rs.getString("kind"), rs.getString("project_level"), rs.getBigDecimal("amount_wan"),
                    rs.getString("status"), rs.getDate("start_date").toLocalDate())).list();
        });
    }
}
