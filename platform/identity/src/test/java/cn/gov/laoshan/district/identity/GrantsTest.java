package cn.gov.laoshan.district.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.identity.domain.Department;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;
import cn.gov.laoshan.district.identity.service.Grants;

class GrantsTest {

    private final Grants grants = new Grants(List.of(
            new Department("laoshan", "崂山区", "Laoshan", null, 0),
            new Department("market", "区市场监督管理局", "Market", "laoshan", 1),
            new Department("market-shazikou", "沙子口所", "Shazikou", "market", 2),
            new Department("justice", "区司法局", "Justice", "laoshan", 3)));

    private static User staffOf(String department) {
        return new User("u", "U", UserKind.STAFF, department, null, null, null, UserStatus.ACTIVE, false, Instant.EPOCH, 0,
                null);
    }

    @Test
    void ownDepartmentCoversTheDepartmentsBelow() {
        Role admin = new Role("department-admin", "部门管理员", "Dept admin", RoleScope.OWN, null, false,
                Set.of("identity.users.manage"));
        Map<String, DepartmentScope> granted = grants.of(staffOf("market"), List.of(admin));
        DepartmentScope scope = granted.get("identity.users.manage");
        assertEquals(Set.of("market", "market-shazikou"), scope.departments());
        assertFalse(scope.includes("justice"));
        assertFalse(scope.includes("laoshan"));
    }

    @Test
    void districtWideWinsAndScopesAddUp() {
        Role own = new Role("a", "a", "a", RoleScope.OWN, null, false, Set.of("x.read", "x.write"));
        Role fixed = new Role("b", "b", "b", RoleScope.DEPARTMENT, "justice", false, Set.of("x.read"));
        Role all = new Role("c", "c", "c", RoleScope.ALL, null, false, Set.of("x.write"));
        Map<String, DepartmentScope> granted = grants.of(staffOf("market-shazikou"), List.of(own, fixed, all));
        assertEquals(Set.of("market-shazikou", "justice"), granted.get("x.read").departments());
        assertTrue(granted.get("x.write").all());
        assertFalse(granted.containsKey("x.delete"));
    }

    @Test
    void anExternalUserHoldsTheirRolesPermissionsForNoDepartment() {
        User external = new User("e", "E", UserKind.EXTERNAL, null, "91370212MA3C4XK2QQ", null, null, UserStatus.ACTIVE,
                false, Instant.EPOCH, 0, null);
        Role own = new Role("enterprise", "企业用户", "Enterprise", RoleScope.OWN, null, false, Set.of("policy.result.read"));
        DepartmentScope scope = grants.of(external, List.of(own)).get("policy.result.read");
        assertTrue(scope.isEmpty(), "held, but for no department's records");
        assertEquals(Set.of("laoshan", "market", "market-shazikou", "justice"), grants.subtree("laoshan"));
    }
}
