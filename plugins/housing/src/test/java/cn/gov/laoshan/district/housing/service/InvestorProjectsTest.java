package cn.gov.laoshan.district.housing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/**
 * The enterprise page's projects: those the enterprise invests in, within the reader's scope — staff by department,
 * an enterprise user their own enterprise's only, whatever code they ask for; nobody without the permission.
 */
class InvestorProjectsTest {

    private static final String OTHER = Uscc.withCheck("91370212MA3D0WPHW").toString();

    private Fixture f;
    private Project ours;
    private Project theirs;

    @BeforeEach
    void setUp() {
        f = new Fixture(LocalDate.of(2026, 6, 1)).all();
        ours = f.projects.register(f.project("崂山智能制造产业园一期厂房"));
        theirs = f.projects.register(f.project("新能源汽车充电装备总部基地"));
        f.repository.jdbi().useHandle(h -> h.createUpdate("update project set investor_uscc = :u where id = :id")
                .bind("u", OTHER).bind("id", theirs.id()).execute());
    }

    /** A reader: {@code uscc} for an enterprise user, {@code null} for staff holding the permission in {@code scope}. */
    private InvestorProjects readBy(String uscc, Set<String> held, DepartmentScope scope) {
        TestAccess reader = uscc == null
                ? new TestAccess().as("reader", "housing", held.toArray(String[]::new)).within(scope)
                : new TestAccess().asEnterprise("reader", uscc, held.toArray(String[]::new)).within(scope);
        return new InvestorProjects(f.repository.jdbi(), reader);
    }

    private static List<Long> ids(List<InvestorProjects.Invested> projects) {
        return projects.stream().map(InvestorProjects.Invested::id).toList();
    }

    @Test
    void staffSeeTheProjectsOfTheirDepartments() {
        Set<String> view = Set.of(HousingPermissions.VIEW);
        assertEquals(List.of(ours.id()), ids(readBy(null, view, DepartmentScope.ALL).of(Fixture.USCC)));
        assertEquals(List.of(theirs.id()), ids(readBy(null, view, DepartmentScope.ALL).of(OTHER)));
        assertEquals(List.of(ours.id()),
                ids(readBy(null, view, new DepartmentScope(false, Set.of("housing"))).of(Fixture.USCC)));
        assertEquals(List.of(), ids(readBy(null, view, new DepartmentScope(false, Set.of("market"))).of(Fixture.USCC)),
                "another department's projects are out");
    }

    @Test
    void anEnterpriseUserSeesTheirOwnEnterprisesProjectsOnly() {
        Set<String> view = Set.of(HousingPermissions.VIEW);
        assertEquals(List.of(ours.id()), ids(readBy(Fixture.USCC, view, DepartmentScope.NONE).of(Fixture.USCC)));
        assertEquals(List.of(), ids(readBy(Fixture.USCC, view, DepartmentScope.NONE).of(OTHER)),
                "another enterprise's projects, asked for by its code: none");
    }

    @Test
    void nobodyWithoutThePermission() {
        assertThrows(AccessDeniedException.class, () -> readBy(null, Set.of(), DepartmentScope.ALL).of(Fixture.USCC));
        assertThrows(AccessDeniedException.class,
                () -> readBy(Fixture.USCC, Set.of(), DepartmentScope.NONE).of(Fixture.USCC));
    }
}
