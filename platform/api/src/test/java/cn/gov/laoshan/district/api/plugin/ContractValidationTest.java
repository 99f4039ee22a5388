package cn.gov.laoshan.district.api.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

class ContractValidationTest {

    @Tag("div")
    public static class CasesView extends Component {
    }

    @Test
    void pluginIdsAreShortLowerCaseWords() {
        new PluginDescriptor("mediation", "k", "justice", "k");
        assertThrows(IllegalArgumentException.class, () -> new PluginDescriptor("Mediation", "k", "justice", "k"));
        assertThrows(IllegalArgumentException.class, () -> new PluginDescriptor("a-b", "k", "justice", "k"));
        assertThrows(NullPointerException.class, () -> new PluginDescriptor("x1", null, "justice", "k"));
    }

    @Test
    void screensHaveCleanPathsAndTemplatesStayOutOfTheMenu() {
        Screen list = Screen.builder("cases", CasesView.class, CasesView::new).title("t").permission("mediation.case.read").build();
        assertTrue(list.inMenu());
        assertEquals(100, list.order());
        Screen detail = Screen.builder("cases/:id", CasesView.class, CasesView::new).title("t").build();
        assertTrue(detail.isTemplate());
        assertFalse(detail.inMenu());
        assertTrue(Screen.builder("", CasesView.class, CasesView::new).title("t").build().path().isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> Screen.builder("/cases", CasesView.class, CasesView::new).title("t").build());
        assertThrows(IllegalArgumentException.class,
                () -> Screen.builder("Cases", CasesView.class, CasesView::new).title("t").build());
        assertThrows(NullPointerException.class, () -> Screen.builder("cases", CasesView.class, CasesView::new).build());
    }

    @Test
    void permissionsWidgetsAndJobsAreChecked() {
        new PermissionDefinition("mediation.case.register", "k");
        assertThrows(IllegalArgumentException.class, () -> new PermissionDefinition("mediation", "k"));
        assertThrows(IllegalArgumentException.class, () -> new PermissionDefinition("Mediation.Case", "k"));
        assertThrows(IllegalArgumentException.class, () -> new DashboardWidget("w", "k", CasesView::new, 1, 4, null));
        assertThrows(IllegalArgumentException.class, () -> new ScheduledJob("j", Duration.ZERO, () -> { }));
        ScheduledJob daily = ScheduledJob.daily("close", java.time.LocalTime.of(0, 10), () -> { });
        org.junit.jupiter.api.Assertions.assertTrue(daily.daily());
        org.junit.jupiter.api.Assertions.assertEquals(Duration.ofDays(1), daily.interval());
        org.junit.jupiter.api.Assertions.assertFalse(new ScheduledJob("j", Duration.ofHours(6), () -> { }).daily());
        assertThrows(IllegalArgumentException.class, () -> new ScheduledJob("j", Duration.ofHours(6), () -> { },
                java.time.LocalTime.NOON), "a daily job's interval is one day");
        assertThrows(NullPointerException.class, () -> ScheduledJob.daily("j", null, () -> { }));
    }

    @Test
    void demoRolesSayWhatIsWrong() {
        DemoRole mediator = DemoRole.staff("mediator", "调解员", "Mediator", DemoRole.Scope.OWN, null,
                java.util.Set.of("mediation.case.read"), java.util.List.of("lixiumei"));
        assertEquals(java.util.List.of("lixiumei"), mediator.holders());
        DemoRole.staff("justice-admin", "司法局业务管理员", "Justice admin", DemoRole.Scope.DEPARTMENT, "justice",
                java.util.Set.of("mediation.group.admin"), java.util.List.of());
        assertThrows(IllegalArgumentException.class, () -> DemoRole.staff("Mediator", "调解员", "Mediator",
                DemoRole.Scope.OWN, null, java.util.Set.of(), java.util.List.of()));
        // a DEPARTMENT role names its department, and only it does
        assertThrows(IllegalArgumentException.class, () -> DemoRole.staff("x", "甲", "X", DemoRole.Scope.DEPARTMENT,
                null, java.util.Set.of(), java.util.List.of()));
        assertThrows(IllegalArgumentException.class, () -> DemoRole.staff("x", "甲", "X", DemoRole.Scope.OWN,
                "justice", java.util.Set.of(), java.util.List.of()));
        assertThrows(IllegalArgumentException.class, () -> new DemoRole("x", "甲", "X", DemoRole.Scope.ALL, null, true,
                java.util.Set.of(), java.util.List.of()));
        assertThrows(IllegalArgumentException.class, () -> DemoRole.enterprise("x", "甲", "X",
                java.util.Set.of("Mediation"), java.util.List.of()));
        assertTrue(DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", java.util.Set.of("mediation.case.read"),
                java.util.List.of()).external());
    }
}
