package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.api.plugin.Section;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.service.IdentityService;
import cn.gov.laoshan.district.identity.service.SeedData;
import cn.gov.laoshan.district.shell.plugins.ActivePlugin;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.shell.ui.EnterpriseTabs;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * Issue 16 item 4 in Chromium: an enterprise's page ({@code registry/enterprises/:uscc}) with the registry record and
 * the sections plugins contribute (mediation's cases, housing's projects); a section disappears while the page is
 * open when its plugin is undeployed and comes back when it is deployed again; an enterprise user sees the same
 * sections of their own enterprise on 我的企业 and no enterprise's page by URL. Screenshots in both languages.
 */
class EnterprisePageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT.toMillis());
    private static final LocatorAssertions.HasCountOptions COUNT =
            new LocatorAssertions.HasCountOptions().setTimeout(WAIT.toMillis());

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("mediation").plugin("housing").build();

    /** The demo's cases (numbers, by id) and project of each of the two demo users' enterprises. */
    private static List<String> mingdeCases;
    private static List<String> hailanCases;
    private static String mingdeCase;
    private static String hailanCase;
    private static String mingdeProject;
    private static String hailanProject;

    /**
     * Issue 16 item 7: the demo seeding (through the services, as for every demo record) gives each of the two
     * enterprises with demo accounts three cases in different states and one planned project it invests in.
     */
    @BeforeAll
    static void theDemoGivesBothAccountEnterprisesCasesAndAProject() {
        Jdbi mediation = platform.runtime().database().jdbi("mediation");
        mingdeCases = cases(mediation, SeedData.MINGDE);
        hailanCases = cases(mediation, SeedData.HAILAN);
        mingdeCase = mingdeCases.get(0);
        hailanCase = hailanCases.get(0);
        Jdbi housing = platform.runtime().database().jdbi("housing");
        mingdeProject = project(housing, SeedData.MINGDE);
        hailanProject = project(housing, SeedData.HAILAN);
    }

    /** The numbers of the enterprise's cases: three, each in a state of its own. */
    private static List<String> cases(Jdbi mediation, String uscc) {
        List<String[]> rows = mediation.withHandle(h -> h.createQuery("select c.case_number, c.state from "
                + "mediation_case c where exists (select 1 from party p where p.case_id = c.id and p.uscc = :u) "
                + "order by c.id").bind("u", uscc).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .list());
        assertEquals(3, rows.size(), uscc);
        assertEquals(3, rows.stream().map(r -> r[1]).distinct().count(),
                uscc + ": " + rows.stream().map(r -> r[0] + " " + r[1]).toList());
        return rows.stream().map(r -> r[0]).toList();
    }

    /** The name of the one project the enterprise invests in, planned from a menu. */
    private static String project(Jdbi housing, String uscc) {
        List<String> names = housing.withHandle(h -> h.createQuery("select name from project where investor_uscc = :u "
                + "and template_id is not null and baseline_completion is not null").bind("u", uscc)
                .mapTo(String.class).list());
        assertEquals(1, names.size(), uscc + ": " + names);
        return names.get(0);
    }

    private static String page(String uscc) {
        return platform.baseUrl() + "/registry/enterprises/" + uscc;
    }

    @Test
    void aSectionComesAndGoesWithItsPluginWhileThePageIsOpen() {
        Page page = platform.newPage();
        platform.signIn(page, "lixiumei");
        // the list opens the page
        page.navigate(platform.baseUrl() + "/registry/enterprises");
        page.locator("#registry-filter-code input").fill(SeedData.MINGDE);
        Browser.clickGridCell(page, "#registry-grid", SeedData.MINGDE);
        page.waitForURL(Pattern.compile(".*/registry/enterprises/" + SeedData.MINGDE + "$"));
        // the name once, in the top bar; the header gives code and status
        assertThat(page.locator(".district-view-title")).hasText("青岛明德长青海洋生物科技有限公司");
        assertThat(page.locator("#registry-page-code")).hasText(SeedData.MINGDE);
        assertThat(page.locator("#registry-page-status")).hasText("在业");
        assertThat(page.locator("#registry-page-record [data-field=uscc]")).hasText(SeedData.MINGDE);
        assertThat(page.locator("#tab-section-mediation-cases")).isVisible();
        // a mediator holds no housing permission: no projects section
        assertThat(page.locator("#tab-section-housing-projects")).hasCount(0);
        page.locator("#tab-section-mediation-cases").click();
        // within the mediator's case scope (the admin's test below sees the case itself)
        assertThat(page.locator("#mediation-enterprise-cases-count")).isVisible();
        assertThat(page.locator("#mediation-enterprise-cases")).not().containsText(hailanCase);

        TestPlatform running = platform.testPlatform();
        running.undeploy("mediation.jar");
        running.awaitPluginGone("mediation", WAIT);
        // the open page loses the section (pushed), the record stays
        assertThat(page.locator("#tab-section-mediation-cases")).hasCount(0, COUNT);
        assertThat(page.locator("#tab-record")).isVisible();
        page.reload();
        assertThat(page.locator("#registry-page-record")).isVisible(VISIBLE);
        assertThat(page.locator("#tab-section-mediation-cases")).hasCount(0);

        running.deploy(PluginJars.named("district-plugin-mediation"), "mediation.jar");
        running.awaitPlugin("mediation", "ACTIVE", WAIT);
        assertThat(page.locator("#tab-section-mediation-cases")).isVisible(VISIBLE);
        page.reload();
        assertThat(page.locator("#tab-section-mediation-cases")).isVisible(VISIBLE);
    }

    @Test
    void aRenameShowsInTheTopBarAtOnce() {
        Page page = platform.newPage();
        platform.signInAsAdmin(page);
        page.navigate(platform.baseUrl() + "/registry/enterprises");
        page.locator("#registry-filter-name input").fill("山东");
        page.locator("#registry-grid vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("山东")).first().click();
        page.waitForURL(Pattern.compile(".*/registry/enterprises/[0-9A-Z]{18}$"));
        assertThat(page.locator(".district-view-title")).containsText("山东");
        page.locator("#registry-page-edit").click();
        page.locator("#registry-field-name input").fill("青岛改名测试科技有限公司");
        page.locator("#registry-detail-save").click();
        assertThat(page.locator(".district-view-title")).hasText("青岛改名测试科技有限公司");
        assertThat(page.locator("#registry-page-record [data-field=name]")).hasText("青岛改名测试科技有限公司");
        assertThat(page).hasTitle(Pattern.compile("^青岛改名测试科技有限公司 · .*"));
    }

    @Test
    void staffSeeEverySectionTheyMayInBothLanguages() {
        Page page = platform.newPage();
        platform.signInAsAdmin(page);
        page.navigate(page(SeedData.MINGDE));
        assertThat(page.locator("#registry-page-record")).containsText("统一社会信用代码");
        // the top bar says whose page it is, not the screen's generic title (企业主页)
        assertThat(page.locator(".district-view-title")).hasText("青岛明德长青海洋生物科技有限公司");
        assertThat(page.locator("#tab-section-mediation-cases")).hasText("调解案件");
        assertThat(page.locator("#tab-section-housing-projects")).hasText("投资项目");
        assertThat(page.locator("#registry-page-edit")).isVisible();
        Browser.screenshot(page, "enterprise-page-zh");
        page.locator("#tab-section-housing-projects").click();
        assertThat(page.locator("#housing-invested-projects")).containsText(mingdeProject);
        assertThat(page.locator("#housing-invested-projects")).not().containsText(hailanProject);
        Browser.screenshot(page, "enterprise-page-projects-zh");
        page.locator("#tab-section-mediation-cases").click();
        for (String number : mingdeCases) {
            assertThat(page.locator("#mediation-enterprise-cases")).containsText(number);
        }
        assertThat(page.locator("#mediation-enterprise-cases")).not().containsText(hailanCase);
        assertThat(page.locator("#mediation-enterprise-cases-count")).hasText("共 3 件");
        Browser.screenshot(page, "enterprise-page-cases-zh");
        // a code that is not in the registry, or not a code: not found
        assertEquals(404, page.navigate(page("91370212MA3C4XK2QX")).status());
        assertEquals(404, page.navigate(page("nonsense")).status());

        Page english = platform.newPage();
        platform.signInAsAdminInEnglish(english);
        english.navigate(page(SeedData.MINGDE));
        assertThat(english.locator("#tab-record")).hasText("Registry record");
        assertThat(english.locator("#tab-section-mediation-cases")).hasText("Mediation cases");
        assertThat(english.locator("#tab-section-housing-projects")).hasText("Projects it invests in");
        assertThat(english.locator("#registry-page-record")).containsText("Legal representative");
        // the page again once the session settled (the first sign-in's reload could still be under way)
        page.close();
        english.navigate(page(SeedData.MINGDE));
        assertThat(english.locator("#registry-page-record")).containsText("Legal representative");
        assertThat(english.locator(".district-view-title")).hasText("青岛明德长青海洋生物科技有限公司");
        labelsDoNotWrap(english, "#registry-page-record");
        english.waitForTimeout(500);
        Browser.screenshot(english, "enterprise-page-en");
        english.locator("#tab-section-mediation-cases").click();
        assertThat(english.locator("#mediation-enterprise-cases-count")).hasText("3 cases");
        english.locator("#tab-section-housing-projects").click();
        assertThat(english.locator("#housing-invested-projects-count")).hasText("1 project");
        Browser.screenshot(english, "enterprise-page-projects-en");
    }

    /** Each label of the record is on one line: as high as its value ("Unified social credit code" wrapped). */
    private static void labelsDoNotWrap(Page page, String record) {
        var labels = page.locator(record + " .district-field-label");
        var values = page.locator(record + " .district-field-value");
        assertTrue(labels.count() > 5, "the record's labels");
        for (int i = 0; i < labels.count(); i++) {
            double label = labels.nth(i).boundingBox().height;
            double value = values.nth(i).boundingBox().height;
            assertTrue(label <= value + 1, labels.nth(i).textContent() + ": " + label + " px high, its value " + value);
        }
    }

    @Test
    void anEnterpriseUserSeesTheirOwnEnterprisesSectionsOnly() {
        Page page = platform.newPage();
        platform.signIn(page, "mingde-qy");
        page.waitForURL(Pattern.compile(".*/my-enterprise$"));
        assertThat(page.locator("#tab-section-mediation-cases")).hasText("调解案件");
        assertThat(page.locator("#tab-section-housing-projects")).hasText("投资项目");
        assertThat(page.locator(".district-view-title")).hasText("青岛明德长青海洋生物科技有限公司");
        // their own enterprise's cases and project (the demo's), not the other enterprise's
        for (String number : mingdeCases) {
            assertThat(page.locator("#mediation-enterprise-cases")).containsText(number);
        }
        assertThat(page.locator("#mediation-enterprise-cases-count")).hasText("共 3 件");
        assertThat(page.locator("#mediation-enterprise-cases")).not().containsText(hailanCase);
        Browser.screenshot(page, "my-enterprise-sections-zh");
        page.locator("#tab-section-housing-projects").click();
        assertThat(page.locator("#housing-invested-projects")).containsText(mingdeProject);
        assertThat(page.locator("#housing-invested-projects")).not().containsText(hailanProject);
        assertThat(page.locator("#housing-invested-projects-count")).hasText("共 1 个项目");
        // no enterprise's page by URL: neither another's nor their own (the page is a staff screen)
        assertEquals(403, page.navigate(page(SeedData.HAILAN)).status());
        assertEquals(403, page.navigate(page(SeedData.MINGDE)).status());

        Page english = platform.newPage();
        platform.signInInEnglish(english, "mingde-cw");
        english.waitForURL(Pattern.compile(".*/my-enterprise$"));
        assertThat(english.locator("#tab-section-mediation-cases")).hasText("Mediation cases");
        assertThat(english.locator("#mediation-enterprise-cases")).containsText(mingdeCase);
        assertThat(english.locator("#mediation-enterprise-cases-count")).hasText("3 cases");
        labelsDoNotWrap(english, "#district-enterprise-record");
        english.waitForTimeout(500);
        Browser.screenshot(english, "my-enterprise-sections-en");
    }

    @Test
    void theOtherEnterprisesUserSeesTheirsInBothLanguages() {
        Page page = platform.newPage();
        platform.signIn(page, "hailan-qy");
        page.waitForURL(Pattern.compile(".*/my-enterprise$"));
        assertThat(page.locator(".district-view-title")).hasText("青岛海澜智联科技有限公司");
        for (String number : hailanCases) {
            assertThat(page.locator("#mediation-enterprise-cases")).containsText(number);
        }
        for (String number : mingdeCases) {
            assertThat(page.locator("#mediation-enterprise-cases")).not().containsText(number);
        }
        assertThat(page.locator("#mediation-enterprise-cases-count")).hasText("共 3 件");
        Browser.screenshot(page, "my-enterprise-hailan-cases-zh");
        page.locator("#tab-section-housing-projects").click();
        assertThat(page.locator("#housing-invested-projects")).containsText(hailanProject);
        assertThat(page.locator("#housing-invested-projects")).not().containsText(mingdeProject);
        assertThat(page.locator("#housing-invested-projects-count")).hasText("共 1 个项目");
        Browser.screenshot(page, "my-enterprise-hailan-projects-zh");

        Page english = platform.newPage();
        platform.signInInEnglish(english, "hailan-cw");
        english.waitForURL(Pattern.compile(".*/my-enterprise$"));
        assertThat(english.locator("#mediation-enterprise-cases-count")).hasText("3 cases");
        english.locator("#tab-section-housing-projects").click();
        assertThat(english.locator("#housing-invested-projects")).containsText(hailanProject);
        assertThat(english.locator("#housing-invested-projects-count")).hasText("1 project");
        english.waitForTimeout(500);
        Browser.screenshot(english, "my-enterprise-hailan-projects-en");
    }

    /**
     * Every section of the running plugins × every role of the platform: a holder of only that role sees a section
     * exactly when it is for their side of the table and the role holds its permission (administrators see all), and
     * an enterprise user none of another enterprise's page.
     */
    @Test
    void everySectionIsShownExactlyToTheRolesHoldingItsPermission() {
        IdentityService identity = platform.runtime().service(IdentityService.class).orElseThrow();
        AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
        List<Role> roles = access.asSystem(identity::roles);
        List<ActivePlugin> plugins = platform.runtime().activePlugins();
        List<Section> sections = plugins.stream().flatMap(p -> p.sections().stream()).toList();
        assertTrue(sections.size() >= 2, "mediation's and housing's sections at least: " + sections.size());
        int checked = 0;
        for (Role role : roles) {
            boolean external = role.kind() == UserKind.EXTERNAL;
            Map<String, DepartmentScope> grants = new HashMap<>();
            role.permissions().forEach(permission -> grants.put(permission, DepartmentScope.ALL));
            SignedInUser holder = new SignedInUser("matrix-" + role.code(), role.code(), external ? null : "market",
                    external ? SeedData.MINGDE : null, role.platformAdmin(), grants, false);
            List<Section> shown = EnterpriseTabs.sections(plugins, holder, SeedData.MINGDE).stream()
                    .map(EnterpriseTabs.Contributed::section).toList();
            for (Section section : sections) {
                boolean expected = section.audience().admits(external) && (role.platformAdmin()
                        || (section.permission() != null && role.permissions().contains(section.permission())));
                assertEquals(expected, shown.contains(section), section.id() + " for role " + role.code());
                checked++;
            }
            if (external) {
                assertEquals(List.of(), EnterpriseTabs.sections(plugins, holder, SeedData.HAILAN),
                        "another enterprise's sections for role " + role.code());
            }
        }
        assertEquals(sections.size() * roles.size(), checked);
        assertTrue(roles.stream().anyMatch(r -> r.kind() == UserKind.EXTERNAL), "the demo has enterprise roles");
    }
}
