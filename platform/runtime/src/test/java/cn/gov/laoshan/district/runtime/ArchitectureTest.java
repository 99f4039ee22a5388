package cn.gov.laoshan.district.runtime;

import cn.gov.laoshan.district.archrules.DistrictRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The launcher reaches of the platform only the api, the core and the shell it serves.
 * The rules are written once, in {@link DistrictRules}.
 */
@AnalyzeClasses(packages = "cn.gov.laoshan.district.runtime", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule reachesOnlyWhatItMayUse = DistrictRules.reachesOnly("runtime", "api", "core", "shell");

    @ArchTest
    static final ArchRule domainReachesNoServiceOrUi = DistrictRules.domainReachesNoServiceOrUi();

    @ArchTest
    static final ArchRule servicesReachNoUi = DistrictRules.servicesReachNoUi();

    @ArchTest
    static final ArchRule viewsReachNoRepository = DistrictRules.viewsReachNoRepository();

    @ArchTest
    static final ArchRule noPackageCycles = DistrictRules.noPackageCycles();
}
