package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.service.IdentityService;
import cn.gov.laoshan.district.identity.service.SeedData;
import cn.gov.laoshan.district.identity.service.SignIn;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * Issue 16's matrix on the enterprise side: an enterprise user — the demo accounts as they are, and one holding every
 * permission there is by mistake — reads and changes nothing of another enterprise through any service that holds
 * enterprise data: mediation cases (by id, in lists, in counts, in the enterprise section's filter), housing projects
 * (by id and the investor section), the registry's facts. Not vacuous: each user sees their own enterprise's rows.
 */
class EnterpriseIsolationIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    /** The plugins' demo data under load (mediation's 240 cases took 140 s at load ~28): as BrowserPlatform waits. */
    private static final Duration DEMO_DATA = Duration.ofMinutes(5);

    private static TestPlatform platform;
    private static IdentityService identity;
    private static SignIn signIn;
    private static AccessControl access;
    private static Jdbi housing;
    private static Jdbi mediation;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start(RuntimeOptions.forHome(Files.createTempDirectory("district-enterprise-isolation"))
                .withDemo(true));
        platform.deploy(PluginJars.named("district-plugin-mediation"), "mediation.jar");
        platform.deploy(PluginJars.named("district-plugin-housing"), "housing.jar");
        platform.awaitPlugin("mediation", "ACTIVE", WAIT);
        platform.awaitPlugin("housing", "ACTIVE", WAIT);
        platform.awaitDemoData("mediation", DEMO_DATA);
        platform.awaitDemoData("housing", DEMO_DATA);
        identity = platform.runtime().service(IdentityService.class).orElseThrow();
        signIn = (SignIn) platform.runtime().service(Authenticator.class).orElseThrow();
        access = platform.runtime().service(AccessControl.class).orElseThrow();
        housing = platform.runtime().database().jdbi("housing");
        mediation = platform.runtime().database().jdbi("mediation");
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private static DistrictPlugin plugin(String id) throws Exception {
        return platform.runtime().bundleContext().getServiceReferences(DistrictPlugin.class, null).stream()
                .map(r -> platform.runtime().bundleContext().getService(r))
                .filter(p -> p.descriptor().id().equals(id)).findFirst().orElseThrow();
    }

    private static Set<Long> ids(Jdbi jdbi, String sql, String uscc) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery(sql).bind("uscc", uscc).mapTo(Long.class).list()));
    }

    private static SignedInUser demo(String login) {
        User user = access.asSystem(() -> identity.user(login)).orElseThrow();
        return signIn.signedIn(user, false);
    }

    /** An account of {@code uscc} that was given every permission of every plugin, department-wide: a mistake. */
    private static SignedInUser holdingEverything(String uscc) throws Exception {
        Map<String, DepartmentScope> everything = new HashMap<>();
        var context = platform.runtime().bundleContext();
        for (var reference : context.getServiceReferences(DistrictPlugin.class, null)) {
            context.getService(reference).permissions().stream().map(PermissionDefinition::id)
                    .forEach(p -> everything.put(p, DepartmentScope.ALL));
        }
        assertTrue(everything.size() > 20, "every permission: " + everything.keySet());
        return new SignedInUser("iso-everything", "什么都有的企业用户", null, uscc, false, everything, false);
    }

    /** The step's result as the user sees it: empty when refused (a refusal is not a leak). */
    private static Object asUser(SignedInUser user, HousingIT.Step step) throws Throwable {
        Object[] result = {null};
        HousingIT.asUser(user, () -> {
            try {
                result[0] = step.run();
            } catch (AccessDeniedException e) {
                result[0] = Optional.empty();
            }
            return null;
        });
        return result[0];
    }

    private static Set<Long> idsOf(Object records) throws Throwable {
        Set<Long> ids = new HashSet<>();
        for (Object record : (Collection<?>) records) {
            ids.add((Long) HousingIT.call(record, "id"));
        }
        return ids;
    }

    @Test
    void anEnterpriseUserSeesOnlyTheirOwnEnterprisesRecordsEverywhere() throws Throwable {
        Object cases = HousingIT.field(plugin("mediation"), "cases");
        Object projects = HousingIT.field(plugin("housing"), "projects");
        Object investors = HousingIT.field(plugin("housing"), "investors");
        EnterpriseFactsService facts = platform.runtime().service(EnterpriseFactsService.class).orElseThrow();
        ClassLoader mediationLoader = cases.getClass().getClassLoader();
        Class<?> caseFilter = mediationLoader.loadClass("cn.gov.laoshan.district.mediation.service.CaseFilter");
        ClassLoader housingLoader = projects.getClass().getClassLoader();
        Object allProjects = housingLoader.loadClass("cn.gov.laoshan.district.housing.service.ProjectFilter")
                .getMethod("all").invoke(null);
        LocalDate today = (LocalDate) HousingIT.call(cases, "today");
        Object allCases = caseFilter.getMethod("all", LocalDate.class).invoke(null, today);

        String caseSql = "select distinct case_id from party where uscc = :uscc";
        String projectSql = "select id from project where investor_uscc = :uscc";
        List<String> leaks = new ArrayList<>();
        int checks = 0;
        for (String own : List.of(SeedData.HAILAN, SeedData.MINGDE)) {
            String other = own.equals(SeedData.HAILAN) ? SeedData.MINGDE : SeedData.HAILAN;
            Set<Long> ownCases = ids(mediation, caseSql, own);
            Set<Long> otherCases = ids(mediation, caseSql, other);
            otherCases.removeAll(ownCases); // a case between the two is each one's own
            Set<Long> ownProjects = ids(housing, projectSql, own);
            Set<Long> otherProjects = ids(housing, projectSql, other);
            assertFalse(ownCases.isEmpty() || otherCases.isEmpty() || ownProjects.isEmpty() || otherProjects.isEmpty(),
                    "the demo gives both enterprises cases and projects");
            String prefix = own.equals(SeedData.HAILAN) ? "hailan" : "mingde";
            for (SignedInUser user : List.of(demo(prefix + "-qy"), demo(prefix + "-cw"), holdingEverything(own))) {
                String who = user.login() + "@" + own;
                for (long id : otherCases) {
                    checks++;
                    if (asUser(user, () -> HousingIT.call(cases, "find", id)) instanceof Optional<?> o && o.isPresent()) {
                        leaks.add(who + ": case " + id);
                    }
                }
                Object listed = asUser(user, () -> HousingIT.call(cases, "list", allCases, "appliedOn", false, 0, 500));
                checks++;
                if (listed instanceof Collection<?> c && !ownCases.containsAll(idsOf(c))) {
                    leaks.add(who + ": the case list " + idsOf(c));
                }
                Object counted = asUser(user, () -> HousingIT.call(cases, "count", allCases));
                checks++;
                if (counted instanceof Integer n && n > ownCases.size()) {
                    leaks.add(who + ": the case count " + n);
                }
                Object section = asUser(user, () -> HousingIT.call(cases, "list",
                        caseFilter.getMethod("party", String.class, LocalDate.class).invoke(null, other, today),
                        "appliedOn", false, 0, 500));
                checks++;
                if (section instanceof Collection<?> c && !ownCases.containsAll(idsOf(c))) {
                    leaks.add(who + ": the other enterprise's case section " + idsOf(c));
                }
                for (long id : otherProjects) {
                    checks++;
                    if (asUser(user, () -> HousingIT.call(projects, "find", id)) instanceof Optional<?> o && o.isPresent()) {
                        leaks.add(who + ": project " + id);
                    }
                }
                Object projectList = asUser(user, () -> HousingIT.call(projects, "list", allProjects, "name", true, 0, 500));
                checks++;
                if (projectList instanceof Collection<?> c && !ownProjects.containsAll(idsOf(c))) {
                    leaks.add(who + ": the project list " + idsOf(c));
                }
                Object invested = asUser(user, () -> HousingIT.call(investors, "of", other));
                checks++;
                if (invested instanceof Collection<?> c && !c.isEmpty()) {
                    leaks.add(who + ": the other enterprise's investments " + c.size());
                }
                Object otherFacts = asUser(user, () -> facts.facts(Uscc.parse(other)));
                checks++;
                if (!(otherFacts instanceof Optional<?>)) {
                    leaks.add(who + ": the other enterprise's facts");
                }
            }
            // not vacuous: the enterprise's administrator reads its own case and project sections
            SignedInUser admin = demo(prefix + "-qy");
            Object mine = asUser(admin, () -> HousingIT.call(cases, "list",
                    caseFilter.getMethod("party", String.class, LocalDate.class).invoke(null, own, today),
                    "appliedOn", false, 0, 500));
            assertEquals(ownCases, idsOf(mine), admin.login() + " reads their enterprise's cases");
            Object invested = asUser(admin, () -> HousingIT.call(investors, "of", own));
            assertEquals(ownProjects.size(), ((Collection<?>) invested).size(), admin.login() + " reads its projects");
        }
        assertTrue(checks > 30, "checked " + checks);
        assertEquals(List.of(), leaks, leaks.size() + " leaks of " + checks + " checks");
        System.out.printf("enterprise isolation: %d checks, %d leaks%n", checks, leaks.size());
    }
}
