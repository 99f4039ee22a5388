package cn.gov.laoshan.district.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which records a scope lets through, checked on a real database: department (with the user's own records),
 * everything, an enterprise user's own enterprise, nothing; values always bound, never in the SQL text.
 */
class RecordScopeTest {

    private static final String READ = "x.case.read";
    private static final String HAILAN = "91370212MA3C4XK2QQ";
    private static final String MINGDE = "91370212MA3D5YL3RR";

    /** A case table whose parties (with their USCC) are in another table, like mediation's. */
    private static final RecordScope.Columns CASES = RecordScope.columns("department_code")
            .owners("registered_by", "mediator_login")
            .enterprises("exists (select 1 from party sp where sp.case_id = x_case.id and ?)", "sp.uscc");
    /** A project table naming its investor, like housing's, with no owners. */
    private static final RecordScope.Columns PROJECTS = RecordScope.columns("p.department_code")
            .enterprises("p.investor_uscc");

    private static Jdbi jdbi;
    private static Handle handle;

    @BeforeAll
    static void database() {
        jdbi = Jdbi.create("jdbc:derby:memory:recordscope;create=true");
        handle = jdbi.open();
        handle.execute("create table x_case (id int primary key, department_code varchar(20), "
                + "registered_by varchar(20), mediator_login varchar(20))");
        handle.execute("create table party (case_id int, uscc varchar(18))");
        handle.execute("insert into x_case values (1, 'justice', 'zhou', null), (2, 'social-governance', 'wang', null), "
                + "(3, 'market', 'li', 'zhou'), (4, 'market', 'li', null), (5, null, 'sun', null)");
        handle.execute("insert into party values (1, '" + HAILAN + "'), (3, '" + MINGDE + "'), (4, '" + HAILAN + "')");
        handle.execute("create table project (id int primary key, department_code varchar(20), investor_uscc varchar(18))");
        handle.execute("insert into project values (10, 'housing', '" + HAILAN + "'), (11, 'market', '" + MINGDE + "')");
    }

    @AfterAll
    static void close() {
        handle.close();
    }

    private static List<Integer> cases(RecordScope scope) {
        RecordScope.Condition in = scope.condition(CASES);
        return in.bind(handle.createQuery("select id from x_case" + in.where() + " order by id")).mapTo(Integer.class)
                .list();
    }

    private static List<Integer> projects(RecordScope scope, String ownWhere) {
        RecordScope.Condition in = scope.condition(PROJECTS);
        return in.bind(handle.createQuery("select id from project p" + in.and(ownWhere) + " order by id"))
                .bind("min", 0).mapTo(Integer.class).list();
    }

    @Test
    void aDepartmentSeesItsDepartmentsAndWhatTheUserOwns() {
        // identity gives a role on 'justice' as justice and its sub-departments
        RecordScope scope = RecordScope.of(TestUser.staff("zhou", "justice", READ,
                DepartmentScope.of(Set.of("justice", "social-governance"))), READ);
        assertFalse(scope.all());
        assertEquals(List.of(1, 2, 3), cases(scope), "its departments, and case 3 which zhou mediates");
        assertEquals("(department_code in (:scopeDepartment0, :scopeDepartment1) or registered_by = :scopeLogin "
                + "or mediator_login = :scopeLogin)", scope.condition(CASES).sql());
        assertEquals(Map.of("scopeDepartment0", "justice", "scopeDepartment1", "social-governance",
                "scopeLogin", "zhou"), scope.condition(CASES).parameters());
        assertTrue(scope.includes("social-governance", "x", "y"));
        assertTrue(scope.includes("market", "x", "zhou"));
        assertFalse(scope.includes("market", "x", "y"));
        assertFalse(scope.includes(null, "x", null));
        assertEquals(List.of(), projects(scope, ""), "no housing project is in justice's departments");
    }

    @Test
    void anotherDepartmentSeesNoneOfTheRecords() {
        RecordScope market = RecordScope.of(TestUser.staff("li", "market", READ, DepartmentScope.of(Set.of("market"))),
                READ);
        assertEquals(List.of(11), projects(market, ""));
        assertEquals(List.of(11), projects(market, " where p.id >= :min"), "with a where clause of the query's own");
        assertEquals(List.of(3, 4), cases(market));
    }

    @Test
    void everyDepartmentOrAnAdministratorSeesEverything() {
        RecordScope all = RecordScope.of(TestUser.staff("leader", "laoshan", READ, DepartmentScope.ALL), READ);
        assertTrue(all.all());
        assertNull(all.condition(CASES).sql(), "no condition in SQL");
        assertEquals("", all.condition(CASES).where());
        assertEquals(List.of(1, 2, 3, 4, 5), cases(all));
        assertTrue(RecordScope.of(TestUser.admin(), READ).all());
        assertEquals(List.of(10, 11), projects(RecordScope.ALL, " where p.id >= :min"));
    }

    @Test
    void anEnterpriseUserSeesTheirOwnEnterprisesRecordsOnly() {
        // whatever a role says, an enterprise user's scope is their enterprise: not by department, not as registrant
        RecordScope scope = RecordScope.of(TestUser.enterprise("hailan-qy", HAILAN, READ), READ);
        assertTrue(scope.external());
        assertEquals(List.of(1, 4), cases(scope));
        assertEquals(List.of(10), projects(scope, ""));
        assertEquals("exists (select 1 from party sp where sp.case_id = x_case.id and sp.uscc in (:enterpriseScope0))",
                scope.condition(CASES).sql());
        assertFalse(scope.includes("justice", "hailan-qy"));
        // a table that names no enterprise shows an enterprise user nothing
        assertEquals("1 = 0", scope.condition(RecordScope.columns("department_code").owners("registered_by")).sql());
        assertEquals(List.of(), cases(RecordScope.enterprise(EnterpriseScope.NONE)));
    }

    @Test
    void withoutDepartmentsOrLoginNothingIsIn() {
        assertEquals(List.of(), cases(RecordScope.NONE));
        assertEquals(List.of(), cases(RecordScope.staff(Set.of(), null)));
        assertEquals("1 = 0", RecordScope.staff(Set.of("justice"), "zhou")
                .condition(RecordScope.columns(null)).sql(), "a table with no scope columns");
        assertEquals(List.of(1, 5), cases(RecordScope.staff(Set.of("justice"), "sun")), "a department and the user's own");
    }

    @Test
    void valuesAreBoundNeverWrittenIntoTheSql() {
        RecordScope hostile = RecordScope.staff(Set.of("x') or 1=1 --"), "a' or 'a'='a");
        String sql = hostile.condition(CASES).sql();
        assertFalse(sql.contains("1=1") || sql.contains("'"), sql);
        assertEquals(List.of(), cases(hostile));
        assertThrows(IllegalArgumentException.class, () -> RecordScope.columns("department_code; drop table x"));
        assertThrows(IllegalArgumentException.class, () -> RecordScope.columns("d").owners("a or 1=1"));
        assertThrows(IllegalArgumentException.class, () -> RecordScope.columns("d").enterprises("no placeholder", "u"));
    }

    @Test
    void aNewRecordBelongsToTheUsersDepartmentWhereThePermissionHoldsElseToThePlugins() {
        assertEquals("market", RecordScope.newRecordDepartment(TestUser.staff("li", "market", READ,
                DepartmentScope.of(Set.of("market"))), READ, "housing"));
        assertEquals("housing", RecordScope.newRecordDepartment(TestUser.staff("zhang", null, READ,
                DepartmentScope.ALL), READ, "housing"), "a user of no department: the plugin's department");
        // holding it in housing only, a member of the market bureau makes housing's records
        assertEquals("housing", RecordScope.newRecordDepartment(TestUser.staff("wu", "market", READ,
                DepartmentScope.of(Set.of("housing"))), READ, "housing"));
        assertThrows(AccessDeniedException.class, () -> RecordScope.newRecordDepartment(TestUser.staff("li", "market",
                READ, DepartmentScope.of(Set.of("market"))), "x.other", "housing"));
        assertThrows(AccessDeniedException.class, () -> RecordScope.newRecordDepartment(TestUser.staff("li", "finance",
                READ, DepartmentScope.of(Set.of("market"))), READ, "housing"), "held neither in his nor in housing");
    }
}
