package cn.gov.laoshan.district.market;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.gov.laoshan.district.archrules.DistrictRules;

/** The plugin reaches of the platform only the api and the UI kit; domain, service and views are layered. */
@AnalyzeClasses(packages = "cn.gov.laoshan.district.market", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule pluginUsesOnlyApiAndUikit = DistrictRules.pluginUsesOnlyApiAndUikit("market");

    @ArchTest
    static final ArchRule domainReachesNoServiceOrUi = DistrictRules.domainReachesNoServiceOrUi();

    @ArchTest
    static final ArchRule servicesReachNoUi = DistrictRules.servicesReachNoUi();

    @ArchTest
    static final ArchRule viewsReachNoRepository = DistrictRules.viewsReachNoRepository();

    @ArchTest
    static final ArchRule noPackageCycles = DistrictRules.noPackageCycles();
}
