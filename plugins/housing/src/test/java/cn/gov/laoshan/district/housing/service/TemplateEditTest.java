package cn.gov.laoshan.district.housing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectLevel;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.domain.TemplateItem;

/** Menus edited on screen (create, rename, items added/changed/removed) and a project's details updated. */
class TemplateEditTest {

    private Fixture f;

    @BeforeEach
    void setUp() {
        f = new Fixture(LocalDate.of(2026, 6, 1)).all();
        f.templates.seedDefaults();
    }

    private static TemplateItem item(String key, int days, String... pre) {
        return new TemplateItem(key, Stage.values()[0], "事项" + key, "区行政审批局", "申请书", days, Set.of(pre), false);
    }

    private Template fresh() {
        Template t = f.templates.create("社会投资研发楼类", InvestmentKind.SOCIAL);
        t = f.templates.saveItem(t.id(), null, item("A", 3));
        t = f.templates.saveItem(t.id(), null, item("B", 5, "A"));
        return f.templates.saveItem(t.id(), null, item("C", 2, "B"));
    }

    @Test
    void aMenuIsCreatedFilledRenamedAndAudited() {
        Template t = fresh();
        assertEquals(List.of("A", "B", "C"), t.items().stream().map(TemplateItem::key).toList());
        Template stored = f.templates.find(t.id()).orElseThrow();
        assertEquals(t.items(), stored.items());
        assertEquals(10, stored.totalDays());
        Template renamed = f.templates.rename(t.id(), " 政府投资桥梁类 ", InvestmentKind.GOVERNMENT);
        assertEquals("政府投资桥梁类", f.templates.find(t.id()).orElseThrow().name());
        assertEquals(InvestmentKind.GOVERNMENT, renamed.kind());
        assertEquals(3, renamed.items().size());
        assertTrue(f.audit.actions().containsAll(List.of("template.create", "template.item.add", "template.update")),
                f.audit.actions().toString());
        RefusedException taken = assertThrows(RefusedException.class,
                () -> f.templates.create(DefaultTemplates.ROAD, InvestmentKind.GOVERNMENT));
        assertEquals("housing.error.template-name-taken", taken.messageKey());
        assertEquals("templateName", taken.field());
        assertThrows(RefusedException.class, () -> f.templates.create(" ", InvestmentKind.SOCIAL));
    }

    @Test
    void theAuditsJsonKeepsQuotesBackslashesAndTabs() throws Exception {
        String name = "社会投资\"研发\\楼类";
        Template t = f.templates.create(name, InvestmentKind.SOCIAL);
        f.templates.saveItem(t.id(), null, new TemplateItem("A", Stage.values()[0], "立项\t审查", "区发改局", null, 3,
                Set.of(), false));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode menu = json.readTree(f.audit.entries().get(f.audit.actions().indexOf(
                "template.create")).after());
        assertEquals(name, menu.get("name").asText());
        assertEquals("SOCIAL", menu.get("kind").asText());
        com.fasterxml.jackson.databind.JsonNode item = json.readTree(f.audit.entries().get(f.audit.actions().indexOf(
                "template.item.add")).after());
        assertEquals("立项\t审查", item.get("name").asText());
        assertEquals(3, item.get("days").asInt());
    }

    @Test
    void anItemIsEditedAndARenamedKeyIsFollowedByItsSuccessors() {
        Template t = fresh();
        Template changed = f.templates.saveItem(t.id(), "B", new TemplateItem("B2", Stage.values()[1], "规划许可",
                "区自然资源局", null, 7, Set.of("A"), true));
        TemplateItem b = changed.items().get(1);
        assertEquals("B2", b.key());
        assertEquals(7, b.durationDays());
        assertTrue(b.simulatedAllowed());
        assertEquals(Set.of("B2"), changed.items().get(2).prerequisites(), "C follows the renamed key");
        assertEquals(changed.items(), f.templates.find(t.id()).orElseThrow().items());
        assertTrue(f.audit.actions().contains("template.item.update"));
    }

    @Test
    void aCycleIsRefusedNamingTheItemsAndNothingIsSaved() {
        Template t = fresh();
        int audits = f.audit.actions().size();
        RefusedException e = assertThrows(RefusedException.class,
                () -> f.templates.saveItem(t.id(), "A", item("A", 3, "C")));
        assertEquals("housing.error.template-cycle", e.messageKey());
        assertEquals("prerequisites", e.field());
        String cycle = (String) e.parameters()[0];
        assertTrue(cycle.contains("A 事项A") && cycle.contains("B 事项B") && cycle.contains("C 事项C"), cycle);
        assertEquals(t.items(), f.templates.find(t.id()).orElseThrow().items(), "nothing saved");
        assertEquals(audits, f.audit.actions().size());
        RefusedException self = assertThrows(RefusedException.class,
                () -> f.templates.saveItem(t.id(), "B", item("B", 3, "B")));
        assertEquals("housing.error.template-cycle", self.messageKey());
    }

    @Test
    void aDanglingPrerequisiteIsRefusedNamingTheItem() {
        Template t = fresh();
        RefusedException e = assertThrows(RefusedException.class,
                () -> f.templates.saveItem(t.id(), null, item("D", 3, "X9")));
        assertEquals("housing.error.template-unknown-prerequisite", e.messageKey());
        assertEquals("D 事项D", e.parameters()[0]);
        assertEquals("X9", e.parameters()[1]);
        assertEquals(3, f.templates.find(t.id()).orElseThrow().items().size());
        RefusedException dup = assertThrows(RefusedException.class,
                () -> f.templates.saveItem(t.id(), null, item("A", 3)));
        assertEquals("housing.error.template-key-duplicate", dup.messageKey());
        RefusedException days = assertThrows(RefusedException.class,
                () -> f.templates.saveItem(t.id(), "A", item("A", 721)));
        assertEquals("duration", days.field());
        RefusedException dept = assertThrows(RefusedException.class, () -> f.templates.saveItem(t.id(), "A",
                new TemplateItem("A", Stage.values()[0], "事项A", " ", null, 3, Set.of(), false)));
        assertEquals("department", dept.field());
    }

    @Test
    void removingAnItemRelinksItsSuccessors() {
        Template t = fresh();
        Template changed = f.templates.removeItem(t.id(), "B");
        assertEquals(List.of("A", "C"), changed.items().stream().map(TemplateItem::key).toList());
        assertEquals(Set.of("A"), changed.items().get(1).prerequisites());
        assertEquals(changed.items(), f.templates.find(t.id()).orElseThrow().items());
        assertTrue(f.audit.actions().contains("template.item.remove"));
        assertThrows(RefusedException.class, () -> f.templates.removeItem(t.id(), "B"));
    }

    @Test
    void editingNeedsTheTemplatePermission() {
        Template t = fresh();
        f.hold(HousingPermissions.VIEW, HousingPermissions.MANAGE, HousingPermissions.MEETINGS);
        assertThrows(AccessDeniedException.class, () -> f.templates.create("x", InvestmentKind.SOCIAL));
        assertThrows(AccessDeniedException.class, () -> f.templates.rename(t.id(), "x", InvestmentKind.SOCIAL));
        assertThrows(AccessDeniedException.class, () -> f.templates.saveItem(t.id(), "A", item("A", 4)));
        assertThrows(AccessDeniedException.class, () -> f.templates.removeItem(t.id(), "A"));
        f.hold(HousingPermissions.TEMPLATES);
        assertEquals(3, f.templates.list().size(), "a menu manager without project.view reads the menus");
        f.hold();
        assertThrows(AccessDeniedException.class, () -> f.templates.list());
        f.all();
        assertEquals(3, f.templates.find(t.id()).orElseThrow().items().get(0).durationDays(), "nothing changed");
    }

    @Test
    void aProjectsDetailsAreUpdatedValidatedAndOnTheTimeline() {
        Project p = f.projects.register(f.project("海澜智联研发中心"));
        ProjectService.NewProject draft = new ProjectService.NewProject("海澜智联研发中心二期", Fixture.USCC,
                InvestmentKind.GOVERNMENT, ProjectLevel.PROVINCE, new BigDecimal("90000.50"), "株洲路以南", "专班",
                "lisi", "李四", "王五", p.startDate());
        Project u = f.projects.update(p.id(), draft, ProjectStatus.UNDER_WAY);
        Project stored = f.projects.find(p.id()).orElseThrow();
        assertEquals("海澜智联研发中心二期", stored.name());
        assertEquals(ProjectLevel.PROVINCE, stored.level());
        assertEquals(0, new BigDecimal("90000.50").compareTo(stored.amountWan()));
        assertEquals("lisi", stored.leadLogin());
        assertEquals(ProjectStatus.UNDER_WAY, stored.status());
        assertEquals(p.code(), u.code());
        assertTrue(f.timeline.actions().contains("update"));
        String note = ProjectChanges.of(p, stored);
        assertTrue(note.contains("名称：海澜智联研发中心 → 海澜智联研发中心二期") && note.contains("状态：PREPARING → UNDER_WAY"), note);
        RefusedException amount = assertThrows(RefusedException.class, () -> f.projects.update(p.id(),
                new ProjectService.NewProject("x", Fixture.USCC, InvestmentKind.SOCIAL, ProjectLevel.CITY,
                        new BigDecimal("-1"), "地点", null, null, null, null, p.startDate()), ProjectStatus.PREPARING));
        assertEquals("amount", amount.field());
        assertEquals("海澜智联研发中心二期", f.projects.find(p.id()).orElseThrow().name(), "nothing changed");
        f.hold(HousingPermissions.VIEW);
        assertThrows(AccessDeniedException.class, () -> f.projects.update(p.id(), draft, ProjectStatus.UNDER_WAY));
    }
}
