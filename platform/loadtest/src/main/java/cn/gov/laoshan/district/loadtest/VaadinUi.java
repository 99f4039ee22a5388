package cn.gov.laoshan.district.loadtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One browser tab's Vaadin UI as the load test sees it: what a real Flow client keeps to talk to the server — the
 * UI id, the CSRF token (Vaadin-Security-Key), the server's sync id and the client's message id — and the part of
 * the server's node tree a script needs to find what to click: each node's tag, element id, text and the DOM events
 * the server listens to. Built from the first page (the initial UIDL is inline in it), then kept current from every
 * response; each request body is made here, so a script never writes ids by hand.
 *
 * <p>{@link #accept} is also the error check: a response the real client would show as an error (Vaadin's
 * {@code appError} for a wrong CSRF token or sync id, {@code sessionExpired}, a sync id that went back, a body that
 * is not UIDL, e.g. a sign-in page after a lost session) is reported as an error with its kind, never counted as a
 * fast answer. Not thread-safe: one per virtual user, as a tab is one per person.
 */
public final class VaadinUi {

    static final String PREFIX = "for(;;);";
    private static final String INITIAL = "window.Vaadin.TypeScript=";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A node of the server's tree as far as scripts need it. */
    public static final class Node {
        final int id;
        String tag;
        String elementId;
        String text;
        /** The side-nav item's route (its {@code path} attribute), else null. */
        String path;
        final Map<String, String> events = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            return tag;
        }

        public String elementId() {
            return elementId;
        }

        public boolean listensTo(String event) {
            return events.containsKey(event);
        }
    }

    /** A screen of the navigation menu: its route and the label the person reads. */
    public record MenuEntry(String route, String label) {
    }

    /** The element ids of the shell's error pages: a screen that shows one of them has failed. */
    static final List<String> ERROR_PAGES = List.of("access-denied", "not-found", "internal-error");

    private final int uiId;
    private final String csrfToken;
    private final Map<Integer, Node> nodes = new LinkedHashMap<>();
    /** The rows of the screen's grid that the server has sent so far (item key → column values), in their order. */
    private final Map<String, Map<String, String>> gridRows = new LinkedHashMap<>();
    private int syncId;
    private int clientId;
    private int historyIndex;

    private VaadinUi(int uiId, String csrfToken, int syncId, int clientId) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
        this.syncId = syncId;
        this.clientId = clientId;
    }

    /**
     * The UI of a page the server just rendered (GET of any route): reads the inline initial UIDL.
     *
     * @throws IllegalArgumentException when the page holds no Vaadin UI (an error page, a proxy's page)
     */
    public static VaadinUi fromPage(String html) {
        int at = html == null ? -1 : html.indexOf(INITIAL);
        if (at < 0) {
            throw new IllegalArgumentException("no Vaadin UI in the page");
        }
        JsonNode bootstrap;
        try {
            bootstrap = JSON.readTree(JSON.getFactory().createParser(html.substring(at + INITIAL.length())
                    .stripLeading()));
        } catch (Exception e) {
            throw new IllegalArgumentException("the page's initial UIDL is not JSON: " + e.getMessage(), e);
        }
        JsonNode config = bootstrap.path("initial").path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key")) {
            throw new IllegalArgumentException("the page's initial UIDL has no UI id or security key");
        }
        VaadinUi ui = new VaadinUi(config.get("v-uiId").asInt(), uidl.get("Vaadin-Security-Key").asText(),
                uidl.path("syncId").asInt(), uidl.path("clientId").asInt());
        ui.apply(uidl.path("changes"));
        return ui;
    }

    public int uiId() {
        return uiId;
    }

    public int syncId() {
        return syncId;
    }

    /** The path and query a UIDL request of this UI is posted to. */
    public String uidlPath() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    // ---- requests

    /** Signs in through the platform's login form (its {@code login} event with user name and password). */
    public String signIn(String login, String password) {
        Node form = first("vaadin-login-form").orElseThrow(() -> new IllegalStateException("no login form shown"));
        ObjectNode data = JSON.createObjectNode();
        data.put("event.detail.username", login);
        data.put("event.detail.password", password);
        data.put("}disabled", false);
        return message(event(form.id, "login", data));
    }

    /**
     * Navigates to {@code route} as the client-side router does after a menu click ({@code ui-navigate} on the UI's
     * root node), e.g. {@code mediation/cases} or {@code registry/enterprises/91370212MA3C4XK2QQ}.
     */
    public String navigate(String route) {
        gridRows.clear();
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", ++historyIndex);
        data.put("trigger", "");
        return message(event(1, "ui-navigate", data));
    }

    /** Types {@code value} into the text field with element id {@code fieldId} (the value synced, then its event). */
    public String type(String fieldId, String value) {
        Node field = byElementId(fieldId).orElseThrow(() -> new IllegalStateException("no field #" + fieldId));
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", field.id);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        List<ObjectNode> rpc = new ArrayList<>(List.of(sync));
        for (String event : List.of("input", "change", "value-changed")) {
            if (field.listensTo(event)) {
                rpc.add(event(field.id, event, JSON.createObjectNode()));
            }
        }
        return message(rpc.toArray(ObjectNode[]::new));
    }

    /** Scrolls the screen's (first) grid so that rows {@code first} … {@code first + count - 1} are wanted. */
    public String scrollGrid(int first, int count) {
        Node grid = first("vaadin-grid").orElseThrow(() -> new IllegalStateException("no grid shown"));
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", grid.id);
        call.put("templateEventMethodName", "setViewportRange");
        call.putArray("templateEventMethodArgs").add(first).add(count);
        call.put("promise", 0);
        return message(call);
    }

    /**
     * Clicks row {@code index} of the screen's (first) grid among the rows the server has sent, as a person clicks a
     * row to open its record (the grid's {@code item-click} event with the row's item key).
     *
     * @throws IllegalStateException when no grid is shown or it has not sent that many rows
     */
    public String clickRow(int index) {
        Node grid = first("vaadin-grid").orElseThrow(() -> new IllegalStateException("no grid shown"));
        if (index >= gridRows.size()) {
            throw new IllegalStateException("no row " + index + " in the grid (" + gridRows.size() + " sent)");
        }
        ObjectNode data = JSON.createObjectNode();
        data.put("event.detail.itemKey", List.copyOf(gridRows.keySet()).get(index));
        data.put("event.detail.internalColumnId", "col0");
        return message(event(grid.id, "item-click", data));
    }

    /** The rows of the screen's grid sent so far: each row's column values ({@code col0}, …) in their order. */
    public List<Map<String, String>> gridRows() {
        return List.copyOf(gridRows.values());
    }

    /** Clicks the element with id {@code elementId} (a button): its {@code click} event. */
    public String click(String elementId) {
        Node node = byElementId(elementId).orElseThrow(() -> new IllegalStateException("no #" + elementId));
        return message(event(node.id, "click", JSON.createObjectNode()));
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private String message(ObjectNode... rpc) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        ArrayNode calls = body.putArray("rpc");
        for (ObjectNode call : rpc) {
            calls.add(call);
        }
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- responses

    /**
     * Takes the server's answer to the last request: keeps its ids and changes and says what is wrong with it, if
     * anything — {@code null} when it is a good answer that shows {@code expectedText} (when given) in one of its
     * text nodes, else the error's kind and detail (e.g. {@code appError: …}, {@code text missing: 我的案件}).
     */
    public String accept(String body, String expectedText) {
        if (body == null || !body.startsWith(PREFIX)) {
            return "not UIDL: " + (body == null ? "no body" : abbreviate(body));
        }
        JsonNode uidl;
        try {
            JsonNode parsed = JSON.readTree(body.substring(PREFIX.length()));
            uidl = parsed.isArray() ? parsed.path(0) : parsed;
        } catch (JsonProcessingException e) {
            return "not JSON: " + abbreviate(body);
        }
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError")) {
            JsonNode error = meta.get("appError");
            return "appError: " + (error.path("caption").isNull() ? "(CSRF token refused)" : error.path("caption")
                    .asText());
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "sessionExpired";
        }
        int sync = uidl.path("syncId").asInt(-1);
        if (sync < 0 || sync < syncId) {
            return "syncId went back: " + sync + " after " + syncId;
        }
        syncId = sync;
        clientId = uidl.has("clientId") ? uidl.get("clientId").asInt() : clientId + 1;
        List<String> texts = apply(uidl.path("changes"));
        keepGridRows(uidl.path("execute"));
        Optional<Node> errorPage = ERROR_PAGES.stream().flatMap(id -> byElementId(id).stream()).findFirst();
        if (errorPage.isPresent()) {
            // the shell's 无权访问 / 页面不存在 / 出错了: a screen that failed, whatever text was expected
            return "error page #" + errorPage.get().elementId + " (shown: " + textOf(errorPage.get().id).strip() + ")";
        }
        if (expectedText != null && texts.stream().noneMatch(t -> t.contains(expectedText))
                && !uidl.path("execute").toString().contains(expectedText)) {
            // what the screen said instead (a refusal's notification, the sign-in form's error), to group errors by
            return "text missing: " + expectedText + texts.stream().filter(t -> !t.isBlank()).findFirst()
                    .map(t -> " (shown: " + (t.length() > 30 ? t.substring(0, 30) + "…" : t) + ")").orElse("");
        }
        return null;
    }

    /**
     * Keeps the grid rows of the server's JavaScript calls (the grid connector's {@code set} of a page of items: each
     * item an object with its {@code key} and column values {@code col0}, …).
     */
    private void keepGridRows(JsonNode execute) {
        for (JsonNode call : execute) {
            if (!call.isArray() || !call.path(call.size() - 1).asText().contains("$connector.set(")) {
                continue;
            }
            for (JsonNode argument : call) {
                // an array argument is sent as [1, [...]]
                if (argument.isArray() && argument.size() == 2 && argument.get(1).isArray()) {
                    for (JsonNode item : argument.get(1)) {
                        if (item.has("key")) {
                            Map<String, String> row = new LinkedHashMap<>();
                            item.fields().forEachRemaining(f -> {
                                if (f.getKey().startsWith("col")) {
                                    row.put(f.getKey(), f.getValue().asText());
                                }
                            });
                            gridRows.put(item.get("key").asText(), row);
                        }
                    }
                }
            }
        }
    }

    /** Applies the server's changes to the node tree; returns the texts that came in. */
    private List<String> apply(JsonNode changes) {
        List<String> texts = new ArrayList<>();
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            if ("attach".equals(type)) {
                nodes.put(id, new Node(id)); // a new node: nothing of one that had its id before
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            if ("splice".equals(type) && change.path("feat").asInt() == 2) {
                int index = Math.min(change.path("index").asInt(), node.children.size());
                int remove = Math.min(change.path("remove").asInt(0), node.children.size() - index);
                node.children.subList(index, index + remove).clear();
                List<Integer> added = new ArrayList<>();
                change.path("addNodes").forEach(n -> added.add(n.asInt()));
                node.children.addAll(index, added);
                continue;
            }
            if ("clear".equals(type) && change.path("feat").asInt() == 2) {
                node.children.clear();
                continue;
            }
            if (!"put".equals(type)) {
                continue;
            }
            String key = change.path("key").asText();
            JsonNode value = change.path("value");
            switch (change.path("feat").asInt(-1)) {
                case 0 -> {
                    if ("tag".equals(key)) {
                        node.tag = value.asText();
                    }
                }
                case 3 -> {
                    if ("id".equals(key)) {
                        node.elementId = value.asText();
                    } else if ("path".equals(key)) {
                        node.path = value.asText();
                    }
                }
                case 4 -> node.events.put(key, value.asText());
                case 7 -> {
                    node.text = value.asText();
                    texts.add(node.text);
                }
                case 1 -> {
                    if (value.isTextual()) {
                        texts.add(value.asText());
                    } else if (value.path("errorMessage").has("title")) {
                        // a form's error (the sign-in form's 登录请求过多): what the person reads first
                        texts.add(0, value.path("errorMessage").path("title").asText());
                    }
                }
                default -> {
                }
            }
        }
        return texts;
    }

    public Optional<Node> first(String tag) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag)).reduce((a, b) -> b);
    }

    /**
     * The screens of the navigation menu as the server sent them for this user (side-nav items with a route; the home
     * item's empty route left out): what this person may open.
     */
    public List<MenuEntry> menu() {
        return nodes.values().stream().filter(n -> "vaadin-side-nav-item".equals(n.tag) && n.path != null
                && !n.path.isBlank()).map(n -> new MenuEntry(n.path.startsWith("/") ? n.path.substring(1) : n.path,
                        textOf(n.id).strip())).toList();
    }

    /** The text of node {@code id} and its descendants, as the person reads it. */
    public String textOf(int id) {
        Node node = nodes.get(id);
        if (node == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(node.text == null ? "" : node.text);
        for (int child : node.children) {
            text.append(textOf(child));
        }
        return text.toString();
    }

    public Optional<Node> byElementId(String elementId) {
        return nodes.values().stream().filter(n -> elementId.equals(n.elementId)).reduce((a, b) -> b);
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 80 ? flat.substring(0, 80) + "…" : flat;
    }
}
