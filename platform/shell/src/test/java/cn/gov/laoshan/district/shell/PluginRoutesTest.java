package cn.gov.laoshan.district.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.PublicScreen;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.shell.plugins.ActivePlugin;
import cn.gov.laoshan.district.shell.plugins.PluginRoutes;
import cn.gov.laoshan.district.shell.plugins.ViewCatalog;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.shell.security.ViewAccess;
import cn.gov.laoshan.district.shell.ui.DashboardView;
import cn.gov.laoshan.district.shell.ui.MainLayout;
import cn.gov.laoshan.district.shell.ui.PublicLayout;

class PluginRoutesTest {

    public static class CasesView extends Div {
    }

    public static class DetailView extends Div {
    }

    public static class OtherView extends Span {
    }

    private final ViewCatalog catalog = new ViewCatalog();
    private final PluginRoutes routes = new PluginRoutes(catalog, MainLayout.class, PublicLayout.class, DashboardView.class,
            (key, locale, params) -> key);

    private static ActivePlugin plugin(String id, Screen... screens) {
        return new ActivePlugin(new PluginDescriptor(id, id + ".name", "justice", id + ".department"), "1.0.0",
                List.of(screens), List.of(), List.of(), PluginRoutesTest.class.getClassLoader(), "i18n/messages");
    }

    @Test
    void screensBecomeRoutesUnderThePluginIdAndMenuEntriesSortedByOrder() {
        ActivePlugin mediation = plugin("mediation",
                Screen.builder("cases/:id", DetailView.class, DetailView::new).title("t.detail").permission("mediation.case.read").build(),
                Screen.builder("cases", CasesView.class, CasesView::new).title("t.cases").order(20).permission("mediation.case.read").build(),
                Screen.builder("", OtherView.class, OtherView::new).title("t.home").order(10).build());
        assertEquals(List.of("mediation/cases/:id", "mediation/cases", "mediation"), mediation.routes());

        AtomicInteger changes = new AtomicInteger();
        routes.addChangeListener(changes::incrementAndGet);
        routes.add(mediation);

        assertEquals(1, changes.get());
        List<Screen> menu = routes.menu().get(mediation);
        assertEquals(List.of("t.home", "t.cases"), menu.stream().map(Screen::titleKey).toList());

        ViewCatalog.Entry cases = catalog.find(CasesView.class).orElseThrow();
        assertEquals(ViewAccess.permission("mediation.case.read"), cases.access());
        assertEquals("mediation", cases.pluginId());
        // a screen without a permission is for administrators only
        ViewAccess home = catalog.find(OtherView.class).orElseThrow().access();
        SignedInUser staff = SignedInUser.withPermissions("li", "李", false, java.util.Set.of("mediation.case.read"));
        SignedInUser admin = SignedInUser.withPermissions("admin", "管理员", true, java.util.Set.of());
        assertTrue(cases.access().allows(Optional.of(staff)));
        assertEquals(false, home.allows(Optional.of(staff)));
        assertTrue(home.allows(Optional.of(admin)));
        assertEquals(false, cases.access().allows(Optional.empty()));

        routes.remove("mediation");
        assertEquals(2, changes.get());
        assertTrue(routes.plugins().isEmpty());
        assertTrue(catalog.find(CasesView.class).isEmpty());
    }

    @Test
    void aSecondPluginWithTheSameIdOrViewClassIsRefusedAndChangesNothing() {
        routes.add(plugin("mediation", Screen.builder("cases", CasesView.class, CasesView::new).title("t").build()));

        IllegalStateException sameId = assertThrows(IllegalStateException.class,
                () -> routes.add(plugin("mediation", Screen.builder("x", OtherView.class, OtherView::new).title("t").build())));
        assertTrue(sameId.getMessage().contains("already provides plugin 'mediation'"));

        IllegalStateException sameView = assertThrows(IllegalStateException.class,
                () -> routes.add(plugin("housing", Screen.builder("y", CasesView.class, CasesView::new).title("t").build())));
        assertTrue(sameView.getMessage().contains(CasesView.class.getName()));

        assertEquals(List.of("mediation"), routes.plugins().stream().map(ActivePlugin::id).toList());
        assertTrue(catalog.find(OtherView.class).isEmpty());
    }

    public static class BookView extends Div {
    }

    private static ActivePlugin withPublic(String id, List<PublicScreen> publicScreens, Screen... screens) {
        return new ActivePlugin(new PluginDescriptor(id, id + ".name", "approval", id + ".department"), "1.0.0",
                List.of(screens), List.of(), List.of(), PluginRoutesTest.class.getClassLoader(), "i18n/messages",
                List.of(), publicScreens);
    }

    @Test
    void onlyAPublicScreenIsOpenWithoutSignInAndItComesAndGoesWithItsPlugin() {
        ActivePlugin hall = withPublic("servicehall",
                List.of(PublicScreen.of("book", BookView.class, BookView::new, "t.book")),
                Screen.builder("bookings", CasesView.class, CasesView::new).title("t.bookings")
                        .permission("servicehall.booking.manage").build(),
                Screen.builder("display", OtherView.class, OtherView::new).title("t.display").build());
        assertEquals(List.of("servicehall/bookings", "servicehall/display", "servicehall/book"), hall.routes());
        routes.add(hall);

        ViewCatalog.Entry book = catalog.find(BookView.class).orElseThrow();
        assertEquals(ViewAccess.PUBLIC, book.access());
        assertTrue(book.access().allows(Optional.empty()));
        assertEquals(false, book.access().needsSignIn());
        // deny by default stays for every other screen, with or without a permission
        assertEquals(false, catalog.find(CasesView.class).orElseThrow().access().allows(Optional.empty()));
        assertEquals(false, catalog.find(OtherView.class).orElseThrow().access().allows(Optional.empty()));
        assertTrue(catalog.find(CasesView.class).orElseThrow().access().needsSignIn());
        // a public screen is no menu entry
        assertEquals(List.of("t.bookings", "t.display"),
                routes.menu().get(hall).stream().map(Screen::titleKey).toList());

        routes.remove("servicehall");
        assertTrue(catalog.find(BookView.class).isEmpty());
    }

    @Test
    void aPublicScreenOnAStaffScreensRouteOrViewClassIsRefused() {
        IllegalStateException sameRoute = assertThrows(IllegalStateException.class, () -> routes.add(withPublic("hall",
                List.of(PublicScreen.of("book", BookView.class, BookView::new, "t")),
                Screen.builder("book", CasesView.class, CasesView::new).title("t").permission("p").build())));
        assertTrue(sameRoute.getMessage().contains("hall/book"));
        IllegalStateException sameView = assertThrows(IllegalStateException.class, () -> routes.add(withPublic("hall",
                List.of(PublicScreen.of("book", CasesView.class, CasesView::new, "t")),
                Screen.builder("cases", CasesView.class, CasesView::new).title("t").permission("p").build())));
        assertTrue(sameView.getMessage().contains(CasesView.class.getName()));
        assertTrue(routes.plugins().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PublicScreen.of("", BookView.class, BookView::new, "t"));
        assertThrows(IllegalArgumentException.class, () -> PublicScreen.of("b/:id", BookView.class, BookView::new, "t"));
    }
}
