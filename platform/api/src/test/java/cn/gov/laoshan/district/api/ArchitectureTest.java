package cn.gov.laoshan.district.api;

import cn.gov.laoshan.district.archrules.DistrictRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The api is the contract alone: it reaches no implementation, and its packages do not depend in a circle.
 * The rules are written once, in {@link DistrictRules}.
 */
@AnalyzeClasses(packages = "cn.gov.laoshan.district.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule apiReachesNoImplementation = DistrictRules.apiReachesNoImplementation();

    @ArchTest
    static final ArchRule noPackageCycles = DistrictRules.noPackageCycles();
}
