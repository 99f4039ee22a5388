package cn.gov.laoshan.district.itests;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestDatabase;

/**
 * The mediation plugin's services over its real migrations on Derby and PostgreSQL: attachments stored and streamed
 * back as BLOB/bytea, refused files change nothing, case-level department scoping in every read (lists, counts,
 * detail, figures, attachment download), and declared relationships refusing an assignment (回避) with the reason.
 * The scenarios live in {@code pluginjar.CaseDataScenarios} and run in a class loader over the plugin's jar.
 */
class MediationDataIT {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    /** Loads the plugin's classes and the scenarios from the jar and the test classes, everything else from here. */
    static final class PluginFirst extends URLClassLoader {
        PluginFirst(URL... urls) {
            super(urls, MediationDataIT.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("cn.gov.laoshan.district.mediation.")
                    || name.startsWith("cn.gov.laoshan.district.itests.pluginjar.")) {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    if (loaded == null) {
                        loaded = findClass(name);
                    }
                    if (resolve) {
                        resolveClass(loaded);
                    }
                    return loaded;
                }
            }
            return super.loadClass(name, resolve);
        }
    }

    private static void run(String scenario, TestDatabase test) throws Throwable {
        Path jar = PluginJars.named("district-plugin-mediation");
        URL testClasses = MediationDataIT.class.getProtectionDomain().getCodeSource().getLocation();
        try (PluginFirst loader = new PluginFirst(jar.toUri().toURL(), testClasses)) {
            Class<?> scenarios = loader.loadClass("cn.gov.laoshan.district.itests.pluginjar.CaseDataScenarios");
            scenarios.getMethod(scenario, TestDatabase.class).invoke(null, test);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void attachmentsUpAndDownRefusedFilesAndTheirPermissions(TestDatabase test) throws Throwable {
        run("attachmentsUpAndDownRefusedFilesAndTheirPermissions", test);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void departmentAndOwnScopeInListsCountsAndDetail(TestDatabase test) throws Throwable {
        run("departmentAndOwnScopeInListsCountsAndDetail", test);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void enterpriseUsersSeeTheirOwnEnterprisesCasesOnly(TestDatabase test) throws Throwable {
        run("enterpriseUsersSeeTheirOwnEnterprisesCasesOnly", test);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void thePartyFilterFindsAnEnterprisesCasesByItsExactCode(TestDatabase test) throws Throwable {
        run("thePartyFilterFindsAnEnterprisesCasesByItsExactCode", test);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDeclaredRelationshipRefusesTheAssignmentWithTheReason(TestDatabase test) throws Throwable {
        run("aDeclaredRelationshipRefusesTheAssignmentWithTheReason", test);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchOrderInboxAndNotices(TestDatabase test) throws Throwable {
        run("searchOrderInboxAndNotices", test);
    }
}
