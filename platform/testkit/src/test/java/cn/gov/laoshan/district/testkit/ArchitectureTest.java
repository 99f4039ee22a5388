package cn.gov.laoshan.district.testkit;

import cn.gov.laoshan.district.archrules.DistrictRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The test kit's packages point one way.
 * The rules are written once, in {@link DistrictRules}.
 */
@AnalyzeClasses(packages = "cn.gov.laoshan.district.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainReachesNoServiceOrUi = DistrictRules.domainReachesNoServiceOrUi();

    @ArchTest
    static final ArchRule servicesReachNoUi = DistrictRules.servicesReachNoUi();

    @ArchTest
    static final ArchRule viewsReachNoRepository = DistrictRules.viewsReachNoRepository();

    @ArchTest
    static final ArchRule noPackageCycles = DistrictRules.noPackageCycles();
}
