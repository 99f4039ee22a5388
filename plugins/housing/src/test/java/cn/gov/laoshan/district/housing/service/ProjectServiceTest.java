package cn.gov.laoshan.district.housing.service;

import static cn.gov.laoshan.district.housing.service.Fixture.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.security.CurrentUser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;

/** Projects: registration validated, department isolation, the dashboard figures (their plans: PlanServiceTest). */
class ProjectServiceTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Fixture f;
    private long industrial;

    @BeforeEach
    void setUp() {
        f = new Fixture(TODAY).all();
        industrial = f.seededTemplate(DefaultTemplates.INDUSTRIAL);
    }

    private Project planned() {
        return f.planned("崂山智能制造产业园一期厂房", industrial);
    }

    @Test
    void aHolderOfTheHousingPermissionsInAnotherDepartmentSeesAndChangesNothingOfHousing() {
        Project p = planned();
        long menu = f.templates.list().get(0).id();
        IssueService.NewIssue issue = new IssueService.NewIssue(p.id(), "用地指标未落实", null,
                cn.gov.laoshan.district.housing.domain.IssueSeverity.HIGH, "区自然资源局", null);
        long issueId = f.issues.raise(issue).id();
        Project before = f.projects.find(p.id()).orElseThrow();
        // the market bureau's officer holding every housing permission, scoped to the market bureau
        f.access.ofDepartment("market").within("market", "market-shazikou");
        assertTrue(f.projects.find(p.id()).isEmpty(), "a housing project is not found");
        assertEquals(0, f.projects.count(cn.gov.laoshan.district.housing.service.ProjectFilter.all()));
        assertEquals("housing.error.no-such-project", refused(() -> f.plans.plan(p.id())).messageKey());
        assertTrue(f.issues.find(issueId).isEmpty());
        assertEquals(0, f.issues.figures().open());
        assertTrue(f.templates.list().isEmpty(), "housing's menus are not his");
        assertEquals("housing.error.no-such-project", refused(() -> f.plans.changeDuration(p.id(), "A01", 3))
                .messageKey());
        assertTrue(f.projects.list(ProjectFilter.all(), "code", true, 0, 100).isEmpty(), "no project in his list");
        assertTrue(f.projects.openProjects().isEmpty());
        assertEquals("housing.error.no-such-project", refused(() -> f.projects.update(p.id(),
                f.project("改名的项目"), ProjectStatus.SUSPENDED)).messageKey());
        assertEquals("housing.error.no-such-project", refused(() -> f.plans.recordFinish(p.id(), "A01", TODAY))
                .messageKey());
        assertEquals("housing.error.no-such-project", refused(() -> f.plans.rebaseline(p.id(), "越权")).messageKey());
        assertEquals("housing.error.no-such-issue", refused(() -> f.issues.resolve(issueId, "已解决")).messageKey());
        assertEquals("housing.error.no-such-template", refused(() -> f.templates.setActive(menu, false))
                .messageKey());
        // what he registers is his department's, not housing's
        Project his = f.projects.register(f.project("市场监管局的项目"));
        f.access.ofDepartment("housing").within("housing");
        assertTrue(f.projects.find(his.id()).isEmpty());
        assertTrue(f.projects.find(p.id()).isPresent());
        assertEquals(1, f.issues.figures().open());
        assertTrue(f.templates.find(menu).orElseThrow().active(), "nothing changed");
        Project after = f.projects.find(p.id()).orElseThrow();
        assertEquals(before, after, "the project was not renamed, suspended or re-baselined");
        assertTrue(f.plans.plan(p.id()).orElseThrow().items().stream().noneMatch(i -> i.actualFinish() != null),
                "no actual date recorded");
    }

    @Test
    void anEnterpriseUserSeesNoHousingProjectThroughTheStaffScreens() {
        Project p = planned();
        // even the investor's own user, holding the view permission: their projects are on the enterprise page
        f.access.asEnterprise("hailan-qy", Fixture.USCC, HousingPermissions.VIEW, HousingPermissions.MANAGE);
        assertTrue(f.projects.find(p.id()).isEmpty());
        assertTrue(f.projects.list(ProjectFilter.all(), "code", true, 0, 100).isEmpty());
        assertEquals(0, f.projects.count(ProjectFilter.all()));
        assertEquals("housing.error.no-such-project", refused(() -> f.plans.rebaseline(p.id(), "越权")).messageKey());
    }

    @Test
    void theProjectDirectoryOtherPluginsReadFindsInTheCallersScopeOnly() {
        Project p = planned();
        HousingProjectDirectory directory = new HousingProjectDirectory(f.projects, f.access);
        var found = directory.findByCode(p.code()).orElseThrow();
        assertEquals(p.name(), found.name());
        assertEquals("housing/projects/" + p.id(), found.route());
        assertEquals(List.of(p.code()), directory.search("智能制造", 10).stream().map(s -> s.code()).toList());
        assertEquals(List.of(p.code()), directory.search(p.code().substring(0, 6), 10).stream().map(s -> s.code())
                .toList());
        assertTrue(directory.search("没有这个项目", 10).isEmpty());
        assertTrue(directory.findByCode(p.code() + "X").isEmpty(), "the exact code only");
        assertThrows(IllegalArgumentException.class, () -> directory.search(null, 51));
        // another department's officer holding the view permission: housing's projects are not in his scope
        f.access.ofDepartment("market").within("market");
        assertTrue(directory.findByCode(p.code()).isEmpty());
        assertTrue(directory.search(null, 50).isEmpty());
        // the approval centre's host holding the view permission district-wide (the 联合会商 demo role) finds it
        f.access.as(new CurrentUser("sunli", "孙丽", "approval", null, false), HousingPermissions.VIEW);
        assertEquals(p.code(), directory.findByCode(p.code()).orElseThrow().code());
        // without the permission, or as an enterprise user (even the investor's): nothing, and no exception
        f.access.hold();
        assertTrue(directory.search(null, 50).isEmpty());
        f.access.asEnterprise("hailan-qy", Fixture.USCC, HousingPermissions.VIEW);
        assertTrue(directory.findByCode(p.code()).isEmpty());
        assertTrue(directory.search(null, 50).isEmpty());
    }

    @Test
    void registrationIsValidatedAndNeedsTheManagePermission() {
        assertEquals("housing.error.name-required", refused(() -> f.projects.register(
                new ProjectService.NewProject(" ", Fixture.USCC, null, null, null, null, null, null, null, null, TODAY)))
                .messageKey());
        ProjectService.NewProject good = f.project("海洋生物医药研发中试基地");
        String otherCode = cn.gov.laoshan.district.api.enterprise.Uscc.withCheck("91370212MA3C4XK3Q").toString();
        assertEquals("housing.error.uscc-unknown", refused(() -> f.projects.register(new ProjectService.NewProject(
                good.name(), otherCode, good.kind(), good.level(), good.amountWan(), good.location(), null, null, null,
                null, TODAY))).messageKey());
        assertEquals("housing.error.uscc-invalid", refused(() -> f.projects.register(new ProjectService.NewProject(
                good.name(), "123", good.kind(), good.level(), good.amountWan(), good.location(), null, null, null,
                null, TODAY))).messageKey());
        assertEquals("housing.error.amount", refused(() -> f.projects.register(new ProjectService.NewProject(
                good.name(), Fixture.USCC, good.kind(), good.level(), new BigDecimal("-1"), good.location(), null,
                null, null, null, TODAY))).messageKey());
        assertEquals(0, f.repository.projects().count(ProjectFilter.all()));

        f.hold(HousingPermissions.VIEW);
        assertThrows(AccessDeniedException.class, () -> f.projects.register(good));
        f.all();
        Project p = f.projects.register(good);
        assertEquals("崂住项〔2026〕001号", p.code());
        assertEquals("青岛海澜智联科技有限公司", p.investorName());
        assertEquals(ProjectStatus.PREPARING, p.status());
        assertTrue(f.timeline.actions().contains("register"));
    }

    @Test
    void figuresCountProjectsByStage() {
        planned();
        f.projects.register(f.project("电子信息产业园二期"));
        ProjectService.Figures figures = f.projects.figures();
        assertEquals(2, figures.projects());
        assertEquals(1, figures.withoutPlan());
        assertEquals(1, figures.byStage().get(cn.gov.laoshan.district.housing.domain.Stage.REGISTRATION));
    }
}
