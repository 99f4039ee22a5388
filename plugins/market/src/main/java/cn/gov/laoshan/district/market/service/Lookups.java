package cn.gov.laoshan.district.market.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.validation.RefusedException;

/** What the market services each need of a row, the registry and the caller, written once. */
public final class Lookups {

    private Lookups() {
    }

    /** A date column, or null. */
    public static LocalDate day(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /**
     * The registered enterprise of {@code uscc}, read as the platform (the caller's own right is checked by the
     * service); refused at the field {@code uscc} when the code is not valid or not registered.
     */
    public static Enterprise enterprise(AccessControl access, EnterpriseRegistry registry, String uscc) {
        Enterprise found = uscc == null || !Uscc.isValid(uscc) ? null
                : access.asSystem(() -> registry.find(Uscc.parse(uscc))).orElse(null);
        if (found == null) {
            throw new RefusedException("uscc", "market.error.uscc");
        }
        return found;
    }

    /** The caller's login, or {@code system} for the platform's own work. */
    public static String login(AccessControl access) {
        return access.currentUser().map(u -> u.login()).orElse("system");
    }
}
