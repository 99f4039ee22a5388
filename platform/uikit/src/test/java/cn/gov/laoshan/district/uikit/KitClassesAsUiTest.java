package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import cn.gov.laoshan.district.archrules.DistrictRules;
import cn.gov.laoshan.district.uikit.imports.FileImport;
import cn.gov.laoshan.district.uikit.imports.ImportReportDialog;
import cn.gov.laoshan.district.uikit.imports.TableReader;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * The rule "services reach no UI" sees the kit's Vaadin classes in its subpackages as UI (a service may read a file
 * with {@code TableReader}, never open an {@code ImportReportDialog}), and its plain helpers as no UI.
 */
class KitClassesAsUiTest {

    private static final JavaClasses KIT = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.laoshan.district.uikit");

    @Test
    void vaadinClassesOfSubpackagesAreUi() {
        assertTrue(DistrictRules.userInterface().test(KIT.get(ImportReportDialog.class)));
        assertTrue(DistrictRules.userInterface().test(KIT.get(YuanField.class)));
        assertTrue(DistrictRules.userInterface().test(KIT.get(QueryGrid.class)));
    }

    @Test
    void plainHelpersAreNot() {
        assertFalse(DistrictRules.userInterface().test(KIT.get(TableReader.class)));
        assertFalse(DistrictRules.userInterface().test(KIT.get(FileImport.class)));
        assertFalse(DistrictRules.userInterface().test(KIT.get(XlsxSheet.class)));
    }
}
