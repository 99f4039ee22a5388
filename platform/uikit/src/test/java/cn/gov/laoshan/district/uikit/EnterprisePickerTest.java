package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.testdoubles.TestAccess;

class EnterprisePickerTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aNameFragmentOrACodePrefixSearchesTheRegistryAPageAtATime() {
        TestAccess access = TestAccess.holding(EnterpriseRegistry.PERMISSION_READ);
        FakeRegistry registry = new FakeRegistry(3000, access);
        EnterprisePicker picker = new EnterprisePicker(registry, access);
        UI.getCurrent().add(picker);
        assertTrue(registry.queries.isEmpty(), "nothing is read before the user opens the list");

        ComboBoxKt.setUserInput(picker, "第12号");
        List<Enterprise> byName = ComboBoxKt.getSuggestionItems(picker);
        assertFalse(byName.isEmpty());
        assertTrue(byName.stream().allMatch(e -> e.name().contains("第12号")), byName.toString());
        EnterpriseQuery last = registry.queries.get(registry.queries.size() - 1);
        assertEquals("第12号", last.nameFragment());
        assertNull(last.codePrefix());

        ComboBoxKt.setUserInput(picker, "9137021200000001");
        List<Enterprise> byCode = ComboBoxKt.getSuggestionItems(picker);
        assertEquals(10, byCode.size(), "numbers 10 to 19: ten enterprises");
        last = registry.queries.get(registry.queries.size() - 1);
        assertEquals("9137021200000001", last.codePrefix());
        assertNull(last.nameFragment());

        // the whole registry is never asked for at once: every request is one page of at most PAGE rows
        ComboBoxKt.setUserInput(picker, "");
        ComboBoxKt.getSuggestionItems(picker);
        assertTrue(registry.queries.stream().allMatch(q -> q.limit() <= EnterprisePicker.PAGE), registry.queries.toString());
        assertFalse(picker.refused());
    }

    @Test
    void theQueryTellsACodeFromAName() {
        assertEquals("91370212", EnterprisePicker.query(" 91370212 ", 0, 50).codePrefix());
        assertEquals("9137A", EnterprisePicker.query("9137a", 0, 50).codePrefix(), "codes are upper case");
        assertEquals("海澜", EnterprisePicker.query("海澜", 0, 50).nameFragment());
        assertEquals("ABC", EnterprisePicker.query("ABC", 0, 50).nameFragment(), "letters alone are a name");
        assertEquals(EnterprisePicker.PAGE, EnterprisePicker.query("", 0, 5000).limit());
        assertTrue(EnterprisePicker.query("  ", 0, 50).unfiltered());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListShowsNameCodeAndStatusAndTheValueIsLabelledWithItsCode() {
        TestAccess access = TestAccess.holding(EnterpriseRegistry.PERMISSION_READ);
        FakeRegistry registry = new FakeRegistry(20, access);
        EnterprisePicker picker = new EnterprisePicker(registry, access);
        UI.getCurrent().add(picker);
        Enterprise deregistered = registry.all.get(3);
        assertTrue(picker.select(deregistered.uscc().toString()));
        assertEquals(deregistered, picker.getValue());
        assertEquals(deregistered.name() + "（" + deregistered.uscc() + "）",
                picker.getItemLabelGenerator().apply(deregistered));
        LitRenderer<Enterprise> renderer = (LitRenderer<Enterprise>) ComboBoxKt.get_renderer(picker);
        assertEquals("注销", renderer.getValueProviders().get("status").apply(deregistered));
        assertEquals(deregistered.uscc().toString(), renderer.getValueProviders().get("code").apply(deregistered));
        assertEquals(registry.all.get(7).name(), renderer.getValueProviders().get("name").apply(registry.all.get(7)),
                "a bound property: Lit puts it in as text");
        assertFalse(picker.select("not a code"), "an invalid code leaves the field empty, no exception");
    }

    @Test
    void aUserWhoMayNotReadTheRegistryIsToldSoAndNothingIsRead() {
        TestAccess access = TestAccess.nobody();
        FakeRegistry registry = new FakeRegistry(100, access);
        EnterprisePicker picker = new EnterprisePicker(registry, access);
        UI.getCurrent().add(picker);
        assertTrue(picker.refused());
        assertTrue(picker.isReadOnly());
        Span why = (Span) picker.getHelperComponent();
        assertEquals("您没有查阅市场主体库的权限，无法选择企业，请联系管理员开通。", why.getText());
        assertTrue(ComboBoxKt.getSuggestionItems(picker).isEmpty());
        assertTrue(registry.queries.isEmpty(), "the registry was not asked");
        assertFalse(picker.select(registry.all.get(0).uscc().toString()));
    }

    @Test
    void aPermissionTakenAwayWhileTheScreenIsOpenEndsInTheSameRefusalNotAnError() {
        TestAccess access = TestAccess.holding(EnterpriseRegistry.PERMISSION_READ);
        FakeRegistry registry = new FakeRegistry(100, access);
        EnterprisePicker picker = new EnterprisePicker(registry, access);
        UI.getCurrent().add(picker);
        access.signOut();
        ComboBoxKt.setUserInput(picker, "海澜");
        assertTrue(ComboBoxKt.getSuggestionItems(picker).isEmpty());
        assertTrue(picker.refused());
        assertEquals("picker.denied", picker.getElement().getAttribute("data-refused"));
    }

    @Test
    void withoutARegistryTheFieldSaysItIsUnavailableInEnglishToo() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        EnterprisePicker picker = new EnterprisePicker(null, TestAccess.holding(EnterpriseRegistry.PERMISSION_READ));
        assertTrue(picker.refused());
        assertEquals("The enterprise registry is not available, so no enterprise can be chosen here.",
                ((Span) picker.getHelperComponent()).getText());
        assertEquals("Enterprise", picker.getLabel());
    }
}
