package cn.gov.laoshan.district.api.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * For which enterprises (by USCC) a permission lets the caller act: every enterprise (staff holding it), their own
 * (an enterprise user holding it), or none. Plugins filter by it in SQL, never in Java after the fact:
 *
 * <pre>{@code
 * EnterpriseScope scope = access.enterprises("mediation.case.read");
 * String condition = scope.condition("p.uscc");          // null when every enterprise is in
 * Query q = h.createQuery("select ... from party p" + (condition == null ? "" : " where " + condition));
 * q.bindMap(scope.parameters());                          // the named parameters the condition uses
 * }</pre>
 *
 * @param all   every enterprise
 * @param usccs the enterprises' codes, when not {@code all}
 * @since 1.2.0
 */
public record EnterpriseScope(boolean all, Set<String> usccs) {

    public static final EnterpriseScope ALL = new EnterpriseScope(true, Set.of());
    public static final EnterpriseScope NONE = new EnterpriseScope(false, Set.of());

    /** The parameter names the condition binds start with this: {@code enterpriseScope0}, ... */
    public static final String PARAMETER_PREFIX = "enterpriseScope";

    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    public EnterpriseScope {
        // sorted, so that the parameters come in a stable order
        usccs = Set.copyOf(new TreeSet<>(usccs));
    }

    public static EnterpriseScope of(Set<String> usccs) {
        return usccs.isEmpty() ? NONE : new EnterpriseScope(false, usccs);
    }

    /** Whether the enterprise {@code uscc} is in. */
    public boolean includes(String uscc) {
        return all || (uscc != null && usccs.contains(uscc));
    }

    public boolean isEmpty() {
        return !all && usccs.isEmpty();
    }

    /**
     * The SQL condition that keeps rows whose {@code column} (a column name, optionally qualified: {@code p.uscc})
     * holds an enterprise in scope, without a leading "and"; {@code null} when every enterprise is in, and
     * {@code 1 = 0} when none is. Its values are named parameters: bind {@link #parameters()}.
     */
    public String condition(String column) {
        if (!COLUMN.matcher(Objects.requireNonNull(column, "column")).matches()) {
            throw new IllegalArgumentException("not a column name: " + column);
        }
        if (all) {
            return null;
        }
        if (usccs.isEmpty()) {
            return "1 = 0";
        }
        StringBuilder sql = new StringBuilder(column).append(" in (");
        for (int i = 0; i < usccs.size(); i++) {
            sql.append(i == 0 ? ":" : ", :").append(PARAMETER_PREFIX).append(i);
        }
        return sql.append(')').toString();
    }

    /** The named parameters {@link #condition(String)} uses, by name. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> sorted = List.copyOf(new TreeSet<>(usccs));
        for (int i = 0; i < sorted.size(); i++) {
            parameters.put(PARAMETER_PREFIX + i, sorted.get(i));
        }
        return parameters;
    }
}
