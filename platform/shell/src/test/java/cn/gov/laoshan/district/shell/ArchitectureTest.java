package cn.gov.laoshan.district.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.gov.laoshan.district.archrules.DistrictRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shell reaches of the platform only the api, and its packages depend one way: the facade on the UI, the UI on
 * plugins, security and i18n, never back. The shared rules are written once, in {@link DistrictRules}.
 */
@AnalyzeClasses(packages = "cn.gov.laoshan.district.shell", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule reachesOnlyWhatItMayUse = DistrictRules.reachesOnly("shell", "api");

    @ArchTest
    static final ArchRule noPackageCycles = DistrictRules.noPackageCycles();

    @ArchTest
    static final ArchRule viewsReachNoRepository = DistrictRules.viewsReachNoRepository();

    @ArchTest
    static final ArchRule uiDoesNotReachTheFacade = noClasses().that().resideInAPackage("..shell.ui..")
            .should().dependOnClassesThat().resideInAPackage("cn.gov.laoshan.district.shell");

    @ArchTest
    static final ArchRule modelPackagesDoNotReachTheUi = noClasses()
            .that().resideInAnyPackage("..shell.plugins..", "..shell.security..", "..shell.i18n..")
            .should().dependOnClassesThat().resideInAPackage("..shell.ui..");
}
