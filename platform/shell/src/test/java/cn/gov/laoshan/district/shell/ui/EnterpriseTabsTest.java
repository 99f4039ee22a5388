package cn.gov.laoshan.district.shell.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.server.VaadinSession;

import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.Section;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.shell.plugins.ActivePlugin;
import cn.gov.laoshan.district.shell.plugins.PluginRoutes;
import cn.gov.laoshan.district.shell.plugins.ViewCatalog;
import cn.gov.laoshan.district.shell.security.SessionUser;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/** Which sections of the enterprise page a user sees: their audience, their permission, their own enterprise. */
class EnterpriseTabsTest {

    private static final String MINGDE = "91370212MA3D0WPHWP";
    private static final String HAILAN = "91370212MA3C4XK2QQ";

    private final PluginRoutes routes = new PluginRoutes(new ViewCatalog(), MainLayout.class, PublicLayout.class, DashboardView.class,
            (key, locale, params) -> key);

    private static ActivePlugin plugin(String id, Section... sections) {
        return new ActivePlugin(new PluginDescriptor(id, id + ".name", "justice", id + ".department"), "1.0.0",
                List.of(), List.of(), List.of(), EnterpriseTabsTest.class.getClassLoader(), "i18n/messages",
                List.of(sections));
    }

    private static Section section(String id, int order, String permission, Audience audience) {
        return Section.enterprise(id, id + ".title", order, permission, audience, uscc -> new Div());
    }

    private static List<String> ids(List<EnterpriseTabs.Contributed> sections) {
        return sections.stream().map(EnterpriseTabs.Contributed::tabId).toList();
    }

    private static SignedInUser enterpriseUser(String uscc, String... permissions) {
        Map<String, DepartmentScope> grants = new java.util.HashMap<>();
        for (String p : permissions) {
            grants.put(p, DepartmentScope.NONE);
        }
        return new SignedInUser("qy", "企业用户", null, uscc, false, grants, false);
    }

    @Test
    void sectionsComeAndGoWithTheirPluginInOrderForTheirAudienceAndPermissionOnly() {
        SignedInUser staff = SignedInUser.withPermissions("lixiumei", "李秀梅", false, Set.of("cases.read", "projects.read"));
        routes.add(plugin("mediation", section("cases", 20, "cases.read", Audience.BOTH),
                section("staff-only", 10, "cases.read", Audience.STAFF),
                section("their-own", 5, "cases.read", Audience.ENTERPRISE),
                section("admins", 1, null, Audience.BOTH)));
        routes.add(plugin("housing", section("projects", 15, "projects.read", Audience.BOTH),
                new Section("elsewhere", "other", "t", 0, "projects.read", Audience.BOTH, uscc -> new Div())));

        assertEquals(List.of("section-mediation-staff-only", "section-housing-projects", "section-mediation-cases"),
                ids(EnterpriseTabs.sections(routes, staff, MINGDE)));
        SignedInUser admin = SignedInUser.withPermissions("admin", "管理员", true, Set.of());
        assertEquals(List.of("section-mediation-admins", "section-mediation-staff-only", "section-housing-projects",
                "section-mediation-cases"), ids(EnterpriseTabs.sections(routes, admin, MINGDE)));

        routes.remove("mediation");
        assertEquals(List.of("section-housing-projects"), ids(EnterpriseTabs.sections(routes, staff, MINGDE)));
    }

    @Test
    void anEnterpriseUserSeesTheirOwnEnterprisesSectionsOnly() {
        routes.add(plugin("mediation", section("cases", 20, "cases.read", Audience.BOTH),
                section("staff-only", 10, "cases.read", Audience.STAFF),
                section("their-own", 5, "cases.read", Audience.ENTERPRISE)));
        SignedInUser mingde = enterpriseUser(MINGDE, "cases.read");
        assertEquals(List.of("section-mediation-their-own", "section-mediation-cases"),
                ids(EnterpriseTabs.sections(routes, mingde, MINGDE)));
        assertEquals(List.of(), ids(EnterpriseTabs.sections(routes, mingde, HAILAN)));
        assertEquals(List.of(), ids(EnterpriseTabs.sections(routes, enterpriseUser(MINGDE), MINGDE)),
                "without the permission: nothing");
        assertEquals(List.of(), ids(EnterpriseTabs.sections(routes, null, MINGDE)), "nobody signed in: nothing");
    }

    /**
     * Opening an enterprise's page makes the tab it shows, not every section: each section's queries and components
     * wait until its tab is chosen (before, every section's factory ran with the page — 7.5 % of the load test's
     * server CPU went to sections nobody looked at).
     */
    @Test
    void aTabsContentIsMadeWhenTheTabIsFirstShown() {
        MockVaadin.setup();
        try {
            java.util.Map<String, Integer> made = new java.util.HashMap<>();
            routes.add(plugin("mediation", Section.enterprise("cases", "cases.title", 20, "cases.read", Audience.BOTH,
                    uscc -> { made.merge("cases", 1, Integer::sum); return new Div(); })));
            routes.add(plugin("housing", Section.enterprise("projects", "projects.title", 15, "projects.read",
                    Audience.BOTH, uscc -> { made.merge("projects", 1, Integer::sum); return new Div(); })));
            SessionUser.set(VaadinSession.getCurrent(), SignedInUser.withPermissions("lixiumei", "李秀梅", false,
                    Set.of("cases.read", "projects.read")));
            EnterpriseTabs tabs = new EnterpriseTabs(routes, MINGDE, List.of(new EnterpriseTabs.OwnTab("record", "登记信息",
                    () -> { made.merge("record", 1, Integer::sum); return new Div(); })));
            UI.getCurrent().add(tabs);

            assertEquals(java.util.Map.of("record", 1), made, "only the shown tab is made with the page");
            assertTrue(tabs.made("tab-record"));
            assertFalse(tabs.made("tab-section-mediation-cases"));

            TabSheet sheet = tabs.getContent();
            sheet.setSelectedIndex(2); // 调解案件 (housing's projects come first by order)
            assertEquals(java.util.Map.of("record", 1, "cases", 1), made);
            sheet.setSelectedIndex(0);
            sheet.setSelectedIndex(2);
            assertEquals(java.util.Map.of("record", 1, "cases", 1), made, "a tab is made once");
            assertTrue(tabs.made("tab-section-mediation-cases"));
            assertFalse(tabs.made("tab-section-housing-projects"));
        } finally {
            MockVaadin.tearDown();
        }
    }
}
