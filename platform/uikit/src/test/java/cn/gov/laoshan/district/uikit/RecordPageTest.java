package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteConfiguration;

class RecordPageTest {

    /** A record page over two records, 5 and 7. */
    public static class ThingPage extends RecordPage<String> {
        public ThingPage() {
            super("thing", id -> Optional.ofNullable(Map.of(5L, "五", 7L, "七").get(id)));
        }

        @Override
        protected void fill(String thing) {
            add(new H2(thing));
        }

        void showAgain(String thing) {
            show(thing);
        }
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes());
        RouteConfiguration.forApplicationScope().setRoute("things/:id", ThingPage.class);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static Optional<ThingPage> page() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .filter(ThingPage.class::isInstance).map(ThingPage.class::cast).findFirst();
    }

    private static List<String> headings(Component page) {
        return page.getChildren().map(c -> ((H2) c).getText()).toList();
    }

    @Test
    void theRouteIdsRecordFillsThePageWithItsIdAndShowingAgainReplacesIt() {
        UI.getCurrent().navigate("things/5");
        ThingPage page = page().orElseThrow();
        assertEquals("thing", page.getId().orElseThrow());
        assertEquals(List.of("五"), headings(page));
        page.showAgain("七");
        assertEquals(List.of("七"), headings(page), "emptied before it is filled again");
    }

    @Test
    void anUnknownOrMalformedIdShowsNoRecordPage() {
        for (String route : List.of("things/6", "things/five")) {
            UI.getCurrent().navigate(route);
            assertFalse(page().isPresent(), route + " showed a record page");
            // rerouted to an error view (the shell registers "not found"; this bare UI shows its fallback)
            assertTrue(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0) instanceof HasErrorParameter,
                    route + " showed no error");
        }
    }
}
