package cn.gov.laoshan.district.testdoubles;

import cn.gov.laoshan.district.archrules.DistrictRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The test doubles reach, of the project, only the api and the core: every module's tests may use them. */
@AnalyzeClasses(packages = "cn.gov.laoshan.district.testdoubles", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule reachesOnlyApiAndCore = DistrictRules.reachesOnly("testdoubles", "api", "core");

    @ArchTest
    static final ArchRule noPackageCycles = DistrictRules.noPackageCycles();
}
