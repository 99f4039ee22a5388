package cn.gov.laoshan.district.pluginkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import cn.gov.laoshan.district.archrules.DistrictRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The generator reaches nothing of the platform, and nothing but the JDK at all: {@code ./district new-plugin} runs
 * it as a single-file program before anything is built, so a library it used would not be there. (The template it
 * writes out checks its own rules in the generated plugin's ArchitectureTest.)
 */
@AnalyzeClasses(packages = "cn.gov.laoshan.district.pluginkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule reachesOnlyTheJdk = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax..", "cn.gov.laoshan.district.pluginkit..")
            .because("./district new-plugin runs NewPlugin as a single-file program, with only the JDK");

    @ArchTest
    static final ArchRule noPackageCycles = DistrictRules.noPackageCycles();
}
