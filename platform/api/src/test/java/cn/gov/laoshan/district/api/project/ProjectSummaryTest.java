package cn.gov.laoshan.district.api.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A project another plugin names: code, name and the route of its page are required; the pick list's label. */
class ProjectSummaryTest {

    @Test
    void aSummaryNamesItsProjectAndItsPage() {
        ProjectSummary p = new ProjectSummary("崂住项〔2026〕001号", "崂山智能制造产业园一期厂房", null, "housing/projects/1");
        assertEquals("崂住项〔2026〕001号 崂山智能制造产业园一期厂房", p.label());
        assertThrows(NullPointerException.class, () -> new ProjectSummary(null, "名称", null, "housing/projects/1"));
        assertThrows(NullPointerException.class, () -> new ProjectSummary("C1", "名称", null, null));
        assertThrows(IllegalArgumentException.class, () -> new ProjectSummary(" ", "名称", null, "housing/projects/1"));
    }
}
