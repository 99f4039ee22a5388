package cn.gov.laoshan.district.attachments;

import cn.gov.laoshan.district.archrules.DistrictRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** A shared service: attachments reaches of the platform only the api, the core, the shell and the UI kit. */
@AnalyzeClasses(packages = "cn.gov.laoshan.district.attachments", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule reachesOnlyWhatItMayUse =
            DistrictRules.reachesOnly("attachments", DistrictRules.SHARED_SERVICE_MAY_USE);

    @ArchTest
    static final ArchRule noPackageCycles = DistrictRules.noPackageCycles();
}
