package cn.gov.laoshan.district.api.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Which of a plugin's records a holder of a read permission sees, as one SQL condition with bound values — the
 * department scope and the enterprise scope, applied in the database, never in Java after the fact:
 * <ul>
 * <li>everything: a role that holds the permission in every department, a platform administrator, the system;</li>
 * <li>staff: records of the departments where the permission holds (identity already expands a department to its
 * sub-departments), plus the records the user owns (registered, handles: the plugin names those columns);</li>
 * <li>an enterprise user ({@link AccessControl#enterprises}): the records of their own enterprise and nothing else —
 * not by department, not as the registrant; none when the plugin's records name no enterprise.</li>
 * </ul>
 * The plugin says once where these are in its tables ({@link Columns}); each query asks for its condition:
 *
 * <pre>{@code
 * static final RecordScope.Columns CASES = RecordScope.columns("department_code")
 *         .owners("registered_by", "mediator_login")
 *         .enterprises("exists (select 1 from party sp where sp.case_id = mediation_case.id and ?)", "sp.uscc");
 *
 * RecordScope scope = RecordScope.of(access, "mediation.case.read");
 * RecordScope.Condition in = scope.condition(CASES);
 * h.createQuery("select * from mediation_case" + in.where()).bindMap(in.parameters());   // or in.bind(query)
 * }</pre>
 *
 * Values are always named parameters ({@code :scopeDepartment0}, {@code :scopeLogin}, {@code :enterpriseScope0}),
 * never put into the SQL text; column names are checked to be names. Immutable.
 *
 * @param all         every record is in
 * @param departments the departments whose records are in (staff, when not {@code all})
 * @param login       the user whose own records are in, or {@code null}
 * @param enterprises the enterprises whose records are in; {@link EnterpriseScope#ALL} for staff
 * @since 1.3.0
 */
public record RecordScope(boolean all, Set<String> departments, String login, EnterpriseScope enterprises) {

    /** Every record: for the system's work and tests. */
    public static final RecordScope ALL = new RecordScope(true, Set.of(), null, EnterpriseScope.ALL);
    /** No record. */
    public static final RecordScope NONE = new RecordScope(false, Set.of(), null, EnterpriseScope.ALL);

    /** The parameter names of the departments start with this: {@code scopeDepartment0}, ... */
    public static final String DEPARTMENT_PARAMETER = "scopeDepartment";
    /** The parameter name of the owner's login. */
    public static final String LOGIN_PARAMETER = "scopeLogin";

    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    public RecordScope {
        // sorted, so that the parameters come in a stable order
        departments = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(departments, "departments")));
        enterprises = enterprises == null ? EnterpriseScope.ALL : enterprises;
    }

    /** A member of staff's scope: {@code departments}, and what {@code login} owns ({@code null}: nothing). */
    public static RecordScope staff(Set<String> departments, String login) {
        return new RecordScope(false, departments, login, EnterpriseScope.ALL);
    }

    /**
     * An individual user's scope: only the records {@code login} owns (the plugin's owner columns), never by
     * department or enterprise.
     *
     * @since 1.4.0
     */
    public static RecordScope individual(String login) {
        return new RecordScope(false, Set.of(), Objects.requireNonNull(login, "login"), EnterpriseScope.ALL);
    }

    /** An enterprise user's scope: the records of {@code enterprises}. */
    public static RecordScope enterprise(EnterpriseScope enterprises) {
        return new RecordScope(false, Set.of(), null, enterprises.all() ? EnterpriseScope.NONE : enterprises);
    }

    /**
     * The scope of {@code permission} for the current user: an enterprise user's enterprises; an individual user's
     * own records (since 1.4.0); everything for a
     * role scoped to every department or a platform administrator; else the permission's departments and the
     * user's own records. It does not check the permission: the service does that first.
     */
    public static RecordScope of(AccessControl access, String permission) {
        CurrentUser user = access.currentUser().orElse(null);
        if (user != null && user.external()) {
            return enterprise(access.enterprises(permission));
        }
        if (user != null && user.individual()) {
            return individual(user.login());
        }
        DepartmentScope scope = access.scope(permission);
        if (scope.all() || (user != null && user.platformAdmin())) {
            return ALL;
        }
        return staff(scope.departments(), user == null ? null : user.login());
    }

    /**
     * The department a new record made by the current user belongs to: their own department when
     * {@code permission} holds there, else {@code fallback} (the plugin's own department: for a user of no department,
     * such as the system, or one holding the permission elsewhere only).
     *
     * @throws AccessDeniedException unless {@code permission} holds in that department
     */
    public static String newRecordDepartment(AccessControl access, String permission, String fallback) {
        String own = access.currentUser().map(CurrentUser::departmentCode).orElse(null);
        String department = own != null && access.scope(permission).includes(own) ? own : fallback;
        access.check(permission, department);
        return department;
    }

    /** Whether it is an enterprise user's scope (their enterprises decide, not departments). */
    public boolean external() {
        return !all && !enterprises.all();
    }

    /**
     * Whether a staff record of {@code department} owned by {@code owners} (e.g. its registrant and its handler) is
     * in. An enterprise user's records depend on the enterprises they concern: ask the database.
     */
    public boolean includes(String department, String... owners) {
        if (all) {
            return true;
        }
        if (external()) {
            return false;
        }
        if (department != null && departments.contains(department)) {
            return true;
        }
        for (String owner : owners) {
            if (login != null && login.equals(owner)) {
                return true;
            }
        }
        return false;
    }

    /** The condition over a plugin's table whose columns are {@code columns}. */
    public Condition condition(Columns columns) {
        if (all) {
            return Condition.NONE;
        }
        if (external()) {
            if (columns.enterpriseColumn == null || enterprises.isEmpty()) {
                return Condition.NOTHING;
            }
            String in = enterprises.condition(columns.enterpriseColumn);
            return new Condition(columns.enterpriseTemplate == null ? in
                    : columns.enterpriseTemplate.replace("?", in), enterprises.parameters());
        }
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (columns.departmentColumn != null && !departments.isEmpty()) {
            StringBuilder in = new StringBuilder(columns.departmentColumn).append(" in (");
            int i = 0;
            for (String department : departments) {
                in.append(i == 0 ? ":" : ", :").append(DEPARTMENT_PARAMETER).append(i);
                parameters.put(DEPARTMENT_PARAMETER + i++, department);
            }
            any.add(in.append(')').toString());
        }
        if (login != null && !columns.ownerColumns.isEmpty()) {
            columns.ownerColumns.forEach(owner -> any.add(owner + " = :" + LOGIN_PARAMETER));
            parameters.put(LOGIN_PARAMETER, login);
        }
        if (any.isEmpty()) {
            return Condition.NOTHING;
        }
        return new Condition(any.size() == 1 ? any.get(0) : "(" + String.join(" or ", any) + ")", parameters);
    }

    /** Where a plugin's table keeps what a scope looks at: start with {@link RecordScope#columns(String)}. */
    public static Columns columns(String departmentColumn) {
        return new Columns(departmentColumn == null ? null : column(departmentColumn), List.of(), null, null);
    }

    private static String column(String name) {
        if (!COLUMN.matcher(Objects.requireNonNull(name, "column")).matches()) {
            throw new IllegalArgumentException("not a column name: " + name);
        }
        return name;
    }

    /**
     * The columns of a table that a scope looks at: its department's code, the logins that own a record, and the
     * enterprise (USCC) a record concerns. Immutable: each method returns a new one. Made once per table, as a
     * constant.
     */
    public static final class Columns {
        private final String departmentColumn;
        private final List<String> ownerColumns;
        private final String enterpriseTemplate;
        private final String enterpriseColumn;

        private Columns(String departmentColumn, List<String> ownerColumns, String enterpriseTemplate,
                String enterpriseColumn) {
            this.departmentColumn = departmentColumn;
            this.ownerColumns = ownerColumns;
            this.enterpriseTemplate = enterpriseTemplate;
            this.enterpriseColumn = enterpriseColumn;
        }

        /** Columns holding the login of a user whose own records these are (the registrant, the handler). */
        public Columns owners(String... columns) {
            List<String> owners = new ArrayList<>();
            for (String c : columns) {
                owners.add(column(c));
            }
            return new Columns(departmentColumn, List.copyOf(owners), enterpriseTemplate, enterpriseColumn);
        }

        /** The column holding the USCC of the enterprise a record concerns (enterprise users see theirs). */
        public Columns enterprises(String column) {
            return new Columns(departmentColumn, ownerColumns, null, column(column));
        }

        /**
         * The enterprise condition when the USCCs are in another table: {@code template} is the plugin's SQL with
         * one {@code ?} where the condition on {@code column} goes, e.g.
         * {@code exists (select 1 from party sp where sp.case_id = mediation_case.id and ?)} with {@code sp.uscc}.
         */
        public Columns enterprises(String template, String column) {
            if (template.indexOf('?') < 0 || template.indexOf('?') != template.lastIndexOf('?')) {
                throw new IllegalArgumentException("the template needs exactly one '?': " + template);
            }
            return new Columns(departmentColumn, ownerColumns, template, column(column));
        }
    }

    /**
     * A scope's SQL condition and its named parameters' values. {@link #sql()} is {@code null} when every record
     * is in; {@code 1 = 0} when none is.
     *
     * @param sql        the condition, without a leading "where" or "and"; {@code null}: no condition
     * @param parameters the values of the named parameters it uses
     * @since 1.3.0
     */
    public record Condition(String sql, Map<String, Object> parameters) {

        /** No condition: every record is in. */
        public static final Condition NONE = new Condition(null, Map.of());
        /** A condition no record meets. */
        public static final Condition NOTHING = new Condition("1 = 0", Map.of());

        public Condition {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }

        /** {@code " where <condition>"}, or {@code ""} when every record is in. */
        public String where() {
            return sql == null ? "" : " where " + sql;
        }

        /**
         * {@code where} (a where clause of the query's own, {@code " where ..."}, or {@code ""}) with the condition
         * added: {@code " where <own> and <condition>"}. Put parentheses around an own clause that has an
         * {@code or} at its top level, or it would bind tighter than the scope.
         */
        public String and(String where) {
            if (sql == null) {
                return where;
            }
            return where == null || where.isBlank() ? " where " + sql : where + " and " + sql;
        }

        /** Binds the parameters to {@code statement}. */
        public <S extends SqlStatement<S>> S bind(S statement) {
            return statement.bindMap(parameters);
        }
    }
}
