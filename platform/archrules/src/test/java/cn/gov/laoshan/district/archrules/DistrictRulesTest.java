package cn.gov.laoshan.district.archrules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule fails on a module that breaks it (the fixture package {@code tangled}) and passes on one that keeps it
 * ({@code tidy}): a rule that could not fail would let every module's ArchitectureTest pass for nothing.
 */
class DistrictRulesTest {

    private static final JavaClasses TANGLED = new ClassFileImporter()
            .importPackages(DistrictRules.ROOT + ".tangled", DistrictRules.ROOT + ".api.tangled");
    private static final JavaClasses TIDY = new ClassFileImporter().importPackages(DistrictRules.ROOT + ".tidy");

    @Test
    void domainThatReachesAServiceFails() {
        assertViolatedBy(DistrictRules.domainReachesNoServiceOrUi(), "tangled.domain.Case",
                "tangled.service.CaseService");
        assertKept(DistrictRules.domainReachesNoServiceOrUi());
    }

    @Test
    void serviceThatReachesAViewFails() {
        assertViolatedBy(DistrictRules.servicesReachNoUi(), "tangled.service.CaseService", "tangled.ui.CasesView");
        assertKept(DistrictRules.servicesReachNoUi());
    }

    @Test
    void viewThatBuildsARepositoryFilterFails() {
        assertViolatedBy(DistrictRules.viewsReachNoRepository(), "tangled.ui.CasesView", "CaseRepository$Filter");
        assertKept(DistrictRules.viewsReachNoRepository());
    }

    @Test
    void packageCycleFails() {
        assertViolatedBy(DistrictRules.noPackageCycles(), "tangled.domain", "tangled.service");
        assertKept(DistrictRules.noPackageCycles());
    }

    @Test
    void pluginThatReachesAnotherModuleFails() {
        assertViolatedBy(DistrictRules.pluginUsesOnlyApiAndUikit("tangled"), "tangled.ui.CasesView",
                "archrules.DistrictRules");
        assertKept(DistrictRules.pluginUsesOnlyApiAndUikit("tidy"));
    }

    @Test
    void apiThatReachesAnImplementationFails() {
        assertViolatedBy(DistrictRules.apiReachesNoImplementation(), "api.tangled.Contract",
                "tangled.service.CaseService");
    }

    @Test
    void layerRulesAllowAModuleWithoutThatLayer() {
        JavaClasses none = new ClassFileImporter().importClasses(DistrictRules.class);
        for (ArchRule rule : List.of(DistrictRules.domainReachesNoServiceOrUi(), DistrictRules.servicesReachNoUi(),
                DistrictRules.viewsReachNoRepository())) {
            assertFalse(rule.evaluate(none).hasViolation(), rule.getDescription());
        }
    }

    private static void assertViolatedBy(ArchRule rule, String origin, String target) {
        EvaluationResult result = rule.evaluate(TANGLED);
        assertTrue(result.hasViolation(), rule.getDescription());
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(origin) && report.contains(target), report);
    }

    private static void assertKept(ArchRule rule) {
        EvaluationResult result = rule.evaluate(TIDY);
        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }
}
