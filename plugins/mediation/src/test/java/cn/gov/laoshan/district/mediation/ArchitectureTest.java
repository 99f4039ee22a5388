package cn.gov.laoshan.district.mediation;

import cn.gov.laoshan.district.archrules.DistrictRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchIgnore;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * A plugin: mediation reaches of the platform only the api and the UI kit; domain, service and views are layered.
 * The rules are written once, in {@link DistrictRules}.
 */
@AnalyzeClasses(packages = "cn.gov.laoshan.district.mediation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule pluginUsesOnlyApiAndUikit = DistrictRules.pluginUsesOnlyApiAndUikit("mediation");

    @ArchTest
    static final ArchRule domainReachesNoServiceOrUi = DistrictRules.domainReachesNoServiceOrUi();

    @ArchIgnore(reason = "enabled when mediation's CaseNotices formats dates without the UI kit's Dates, which is built "
            + "on Vaadin's date pickers (issue 15 item 3) lands")
    @ArchTest
    static final ArchRule servicesReachNoUi = DistrictRules.servicesReachNoUi();

    @ArchIgnore(reason = "enabled when mediation's CasesView stops building CaseRepository.CaseFilter (issue 15 item 3, "
            + "the same fix as housing's) lands")
    @ArchTest
    static final ArchRule viewsReachNoRepository = DistrictRules.viewsReachNoRepository();

    @ArchTest
    static final ArchRule noPackageCycles = DistrictRules.noPackageCycles();
}
