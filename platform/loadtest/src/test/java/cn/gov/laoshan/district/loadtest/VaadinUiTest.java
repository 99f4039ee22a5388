package cn.gov.laoshan.district.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The load test's Vaadin correlation on answers recorded from the platform (a sign-in page, the sign-in's answer,
 * the registry screen): ids read and carried into the next request, nodes found by tag and element id, and every
 * kind of wrong answer reported as an error — above all a refused CSRF token, which Vaadin answers quickly with
 * HTTP 200 and which must never count as a fast response.
 */
class VaadinUiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String resource(String name) throws IOException {
        try (InputStream in = VaadinUiTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSignInPageGivesTheUiItsIdsAndTheLoginForm() throws IOException {
        VaadinUi ui = VaadinUi.fromPage(resource("sign-in-page.html"));
        assertEquals(0, ui.uiId());
        assertEquals("/?v-r=uidl&v-uiId=0", ui.uidlPath());
        assertEquals(9, ui.first("vaadin-login-form").orElseThrow().id());
        JsonNode body = JSON.readTree(ui.signIn("lixiumei", "secret"));
        assertEquals("361ac0f6-b383-4365-903a-a758537b5740", body.path("csrfToken").asText());
        assertEquals(0, body.path("syncId").asInt());
        assertEquals(0, body.path("clientId").asInt());
        JsonNode rpc = body.path("rpc").path(0);
        assertEquals("event", rpc.path("type").asText());
        assertEquals(9, rpc.path("node").asInt());
        assertEquals("login", rpc.path("event").asText());
        assertEquals("lixiumei", rpc.path("data").path("event.detail.username").asText());
        assertEquals("secret", rpc.path("data").path("event.detail.password").asText());
    }

    @Test
    void answersMoveTheIdsOnAndShowTheNewScreensNodes() throws IOException {
        VaadinUi ui = VaadinUi.fromPage(resource("sign-in-page.html"));
        assertNull(ui.accept(resource("signed-in.uidl"), "退出登录"));
        assertEquals(1, ui.syncId());
        JsonNode navigate = JSON.readTree(ui.navigate("registry/enterprises"));
        assertEquals(1, navigate.path("syncId").asInt());
        assertEquals(1, navigate.path("clientId").asInt());
        assertEquals("ui-navigate", navigate.path("rpc").path(0).path("event").asText());
        assertEquals(1, navigate.path("rpc").path(0).path("node").asInt());
        assertEquals("registry/enterprises", navigate.path("rpc").path(0).path("data").path("route").asText());

        assertNull(ui.accept(resource("registry.uidl"), "户市场主体"));
        assertEquals(3, ui.syncId());
        // the filter: its value synced, then the DOM event the server listens to (input)
        JsonNode typed = JSON.readTree(ui.type("registry-filter-name", "科技"));
        int field = ui.byElementId("registry-filter-name").orElseThrow().id();
        assertEquals("mSync", typed.path("rpc").path(0).path("type").asText());
        assertEquals(field, typed.path("rpc").path(0).path("node").asInt());
        assertEquals("科技", typed.path("rpc").path(0).path("value").asText());
        assertEquals("input", typed.path("rpc").path(1).path("event").asText());
        assertEquals(3, typed.path("clientId").asInt());
        JsonNode scrolled = JSON.readTree(ui.scrollGrid(100, 50));
        assertEquals("setViewportRange", scrolled.path("rpc").path(0).path("templateEventMethodName").asText());
        assertEquals(ui.byElementId("registry-grid").orElseThrow().id(), scrolled.path("rpc").path(0).path("node")
                .asInt());
        assertThrows(IllegalStateException.class, () -> ui.click("no-such-button"));
    }

    @Test
    void aRefusedCsrfTokenIsAnErrorNotAFastAnswer() throws IOException {
        VaadinUi ui = VaadinUi.fromPage(resource("sign-in-page.html"));
        String refused = "for(;;);[{\"changes\":{},\"resources\":{},\"locales\":{},\"meta\":{\"appError\":{\"caption\":"
                + "null,\"url\":null,\"message\":null,\"details\":null,\"querySelector\":null}},\"syncId\":-1}]";
        assertEquals("appError: (CSRF token refused)", ui.accept(refused, null));
        String internal = "for(;;);[{\"meta\":{\"appError\":{\"caption\":\"Internal error\"}},\"syncId\":-1}]";
        assertEquals("appError: Internal error", ui.accept(internal, null));
    }

    @Test
    void otherWrongAnswersAreErrorsOfTheirKind() throws IOException {
        VaadinUi ui = VaadinUi.fromPage(resource("sign-in-page.html"));
        assertEquals("sessionExpired", ui.accept("for(;;);[{\"meta\":{\"sessionExpired\":true}}]", null));
        assertTrue(ui.accept(resource("sign-in-page.html"), null).startsWith("not UIDL: "));
        assertTrue(ui.accept("for(;;);[{oops", null).startsWith("not JSON"));
        assertNull(ui.accept(resource("registry.uidl"), null));
        assertEquals("syncId went back: 1 after 3", ui.accept(resource("signed-in.uidl"), null));
        assertEquals("text missing: 不存在的文字", ui.accept("for(;;);[{\"syncId\":4,\"clientId\":4,\"changes\":[]}]",
                "不存在的文字"));
        assertThrows(IllegalArgumentException.class, () -> VaadinUi.fromPage("<html>502 Bad Gateway</html>"));
        // a sign-in refused while too many are being checked: the form's error title says why
        String busy = "for(;;);[{\"clientId\":5,\"changes\":[{\"node\":9,\"type\":\"put\",\"key\":\"error\","
                + "\"feat\":1,\"value\":true},{\"node\":9,\"type\":\"put\",\"key\":\"i18n\",\"feat\":1,"
                + "\"value\":{\"errorMessage\":{\"message\":\"当前登录请求过多，请稍候几秒再试。\",\"title\":"
                + "\"登录请求过多\"}}}],\"syncId\":5}]";
        assertEquals("text missing: 退出登录 (shown: 登录请求过多)", ui.accept(busy, "退出登录"));
    }

    @Test
    void theSignInsAnswerShowsTheScreensThePersonMayOpen() throws IOException {
        VaadinUi ui = VaadinUi.fromPage(resource("sign-in-page.html"));
        assertNull(ui.accept(resource("mediator-signed-in.uidl"), "退出登录"));
        List<VaadinUi.MenuEntry> menu = ui.menu();
        assertTrue(menu.contains(new VaadinUi.MenuEntry("mediation/mine", "我的案件")), menu.toString());
        assertTrue(menu.contains(new VaadinUi.MenuEntry("registry/enterprises", "市场主体库")), menu.toString());
        assertTrue(menu.contains(new VaadinUi.MenuEntry("mediation/relations", "回避关系申报")), menu.toString());
        assertTrue(menu.stream().noneMatch(e -> e.route().isEmpty()), "the home item is no screen of the menu");
    }

    @Test
    void aGridsRowsAreKeptAndARowClickOpensItsRecord() throws IOException {
        VaadinUi ui = VaadinUi.fromPage(resource("sign-in-page.html"));
        assertNull(ui.accept(resource("mediator-signed-in.uidl"), "退出登录"));
        assertNull(ui.accept(resource("my-cases.uidl"), "我的案件"));
        assertEquals(17, ui.gridRows().size());
        assertEquals("崂调〔2026〕0159号", ui.gridRows().get(0).get("col0"));
        JsonNode click = JSON.readTree(ui.clickRow(0)).path("rpc").path(0);
        assertEquals("item-click", click.path("event").asText());
        assertEquals(ui.first("vaadin-grid").orElseThrow().id(), click.path("node").asInt());
        assertEquals("1", click.path("data").path("event.detail.itemKey").asText());
        assertThrows(IllegalStateException.class, () -> ui.clickRow(17));

        assertNull(ui.accept(resource("case-page.uidl"), "崂调〔2026〕0159号"));
        assertTrue(ui.byElementId("action-session").isPresent());
        assertNull(ui.accept(resource("session-saved.uidl"), "负载测试记录x1"), "the saved note shows on the case");
        ui.navigate("mediation/cases");
        assertTrue(ui.gridRows().isEmpty(), "another screen: the rows of the last one are gone");
    }

    @Test
    void anErrorPageIsAnErrorWhateverTextWasAskedFor() throws IOException {
        VaadinUi ui = VaadinUi.fromPage(resource("sign-in-page.html"));
        assertNull(ui.accept(resource("signed-in.uidl"), "退出登录"));
        String denied = ui.accept(resource("access-denied.uidl"), null);
        assertEquals("error page #access-denied (shown: 无权访问您没有打开此页面的权限。如需使用，请联系本部门管理员。返回首页)",
                denied);
        VaadinUi other = VaadinUi.fromPage(resource("sign-in-page.html"));
        String notFound = "for(;;);[{\"syncId\":1,\"clientId\":1,\"changes\":[{\"node\":90,\"type\":\"attach\"},"
                + "{\"node\":90,\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-vertical-layout\"},"
                + "{\"node\":90,\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"not-found\"}]}]";
        assertEquals("error page #not-found (shown: )", other.accept(notFound, "我的案件"));
    }
}
