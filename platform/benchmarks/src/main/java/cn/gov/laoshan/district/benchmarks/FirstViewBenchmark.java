package cn.gov.laoshan.district.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import cn.gov.laoshan.district.testkit.Browser;

/**
 * The first views staff open, timed as they see them: the built distribution is started as a separate process on a
 * home with demo data, Debian's Chromium (Playwright, as in the browser tests) signs in and opens each view; a load
 * is timed from the navigation until the view's own element shows, every Vaadin grid has its rows and no request to
 * the server is pending. Per round the platform is started again on the same home (migrations and demo data already
 * there): the first load of each view after the start is the cold figure, the next {@code warm} loads the warm ones.
 * Then the actions staff hit first: a case registration (from the click on 保存 to the registered case's page), a
 * registry filter, a plan item's duration changed in the housing plugin, a dispatch meeting saved.
 *
 * <pre>
 * java -cp ... FirstViewBenchmark &lt;distribution dir&gt; [port=8107] [rounds=3] [warm=5]
 * </pre>
 */
public final class FirstViewBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Vaadin's client has nothing under way and no grid is still fetching rows. */
    private static final String SETTLED = "() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
            + " && [...document.querySelectorAll('vaadin-grid')].every(g => !g.loading)";

    private record View(String name, String login, String path, String ready) {
    }

    private static final List<View> VIEWS = List.of(
            new View("audit log /audit/log", "admin", "/audit/log", "vaadin-grid vaadin-grid-cell-content"),
            new View("calendar /calendar/days", "admin", "/calendar/days", "vaadin-grid vaadin-grid-cell-content"),
            new View("registry /registry/enterprises", "admin", "/registry/enterprises",
                    "vaadin-grid vaadin-grid-cell-content"),
            new View("departments /identity/departments", "admin", "/identity/departments",
                    "vaadin-grid vaadin-grid-cell-content"),
            new View("new case form /mediation/cases/new", "lixiumei", "/mediation/cases/new", "#new-save"));

    private FirstViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args.length > 0 ? args[0] : "distribution/target/district");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8107;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int warm = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Path home = Files.createTempDirectory("district-first-views");
        String base = "http://127.0.0.1:" + port;
        Map<String, List<Long>> cold = new LinkedHashMap<>();
        Map<String, List<Long>> warmed = new LinkedHashMap<>();
        Map<String, List<String>> loads = new LinkedHashMap<>();
        String adminPassword = null;
        try (Browser browser = Browser.launch()) {
            for (int round = 0; round < rounds; round++) {
                Process process = new ProcessBuilder(dist.resolve("bin/district").toString(), "start", "--home",
                        home.toString(), "--port", Integer.toString(port), round == 0 ? "--demo" : "--no-demo")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.out").toFile()))
                        .start();
                try {
                    waitFor(base + "/health", Duration.ofSeconds(180), process);
                    Map<String, Page> pages = new LinkedHashMap<>();
                    for (String login : List.of("admin", "lixiumei", "zhanghua")) {
                        Page page = browser.newPage();
                        if ("admin".equals(login)) {
                            String password = adminPassword != null ? adminPassword
                                    : Files.readString(home.resolve("conf/initial-admin-password")).trim();
                            if (Browser.signIn(page, base, "admin", password)) {
                                adminPassword = "Bench-" + java.util.UUID.randomUUID();
                                Browser.changePassword(page, password, adminPassword);
                            }
                        } else {
                            Browser.signIn(page, base, login, demoPassword(home, login));
                        }
                        if (Boolean.getBoolean("firstviews.trace")) {
                            page.onRequestFinished(request -> {
                                var timing = request.timing();
                                System.out.printf("  %s %s: wait %.0f ms, receive %.0f ms%n", login,
                                        request.url().replace(base, ""),
                                        timing.responseStart - timing.requestStart,
                                        timing.responseEnd - timing.responseStart);
                            });
                        }
                        pages.put(login, page);
                    }
                    for (int i = 0; i <= warm; i++) {
                        for (View view : VIEWS) {
                            Page page = pages.get(view.login());
                            String load = loadAverage();
                            long took = time(page, () -> {
                                page.navigate(base + view.path());
                                page.locator(view.ready()).first().waitFor();
                            });
                            (i == 0 ? cold : warmed).computeIfAbsent(view.name(), k -> new ArrayList<>()).add(took);
                            if (Boolean.getBoolean("firstviews.trace")) {
                                System.out.println(java.time.LocalTime.now() + " " + view.name() + (i == 0 ? " cold " : " warm ")
                                        + took + " ms");
                            }
                            loads.computeIfAbsent(view.name(), k -> new ArrayList<>()).add(load);
                        }
                        Map<String, Long> actions = new LinkedHashMap<>();
                        String load = loadAverage();
                        actions.put("case registration (save to case page)",
                                registerCase(pages.get("lixiumei"), base, i));
                        actions.put("registry filter (name typed, 350 ms lazy)",
                                filterRegistry(pages.get("admin"), base, i));
                        actions.put("plan tailoring (item duration saved)", tailorPlan(pages.get("zhanghua"), base, i));
                        actions.put("meeting save (dispatch meeting held)", holdMeeting(pages.get("zhanghua"), base, i));
                        for (Map.Entry<String, Long> action : actions.entrySet()) {
                            if (Boolean.getBoolean("firstviews.trace")) {
                                System.out.println(java.time.LocalTime.now() + " (done) " + action.getKey() + " "
                                        + action.getValue() + " ms");
                            }
                            (i == 0 ? cold : warmed).computeIfAbsent(action.getKey(), k -> new ArrayList<>())
                                    .add(action.getValue());
                            loads.computeIfAbsent(action.getKey(), k -> new ArrayList<>()).add(load);
                        }
                    }
                    for (Page page : pages.values()) {
                        page.context().close();
                    }
                } finally {
                    process.destroy();
                    process.waitFor();
                }
            }
        }
        System.out.printf("%-45s %22s %22s  %s%n", "view", "cold median/max ms", "warm median/max ms",
                "load average (1 min) during the loads");
        for (String name : cold.keySet()) {
            System.out.printf("%-45s %22s %22s  %s%n", name, figures(cold.get(name)), figures(warmed.get(name)),
                    range(loads.get(name)));
        }
        System.out.println("home: " + home + " (delete it when done)");
    }

    /** Fills the new-case form as the mediation journey test does and times 保存 until the case page shows. */
    private static long registerCase(Page page, String base, int n) {
        page.navigate(base + "/mediation/cases/new");
        page.locator("#new-save").waitFor();
        page.waitForFunction(SETTLED);
        Browser.selectItem(page, "new-type", "劳动争议");
        page.locator("#new-applicant-name input").fill("张三" + n);
        page.locator("#new-applicant-id input").fill("37021219900101123X");
        page.locator("#new-applicant-phone input").fill("13800001111");
        page.locator("#new-respondent-enterprise input").fill("有限公司");
        page.locator("vaadin-combo-box-item").first().click(new Locator.ClickOptions().setForce(true));
        page.locator("#new-facts textarea").fill("申请人在被申请人处工作，被拖欠三个月工资共计24000元。");
        page.locator("#new-claims textarea").fill("支付拖欠工资");
        page.locator("#new-amount input").fill("24000");
        page.waitForFunction(SETTLED);
        return time(page, () -> {
            page.locator("#new-save").click();
            page.locator("#case-number, #new-error").first().waitFor();
            if (page.locator("#new-error").count() > 0) {
                throw new IllegalStateException("registration refused: " + page.locator("#new-error").innerText());
            }
        });
    }

    /**
     * Types a name into the registry's name filter (the field sends it after 350 ms without typing) and times it
     * until the count above the grid has changed and the grid has its rows.
     */
    private static long filterRegistry(Page page, String base, int n) {
        page.navigate(base + "/registry/enterprises");
        page.locator("#registry-count").waitFor();
        page.waitForFunction(SETTLED);
        String before = page.locator("#registry-count").innerText();
        return time(page, () -> {
            page.locator("#registry-filter-name input").fill(n % 2 == 0 ? "科技" : "商贸");
            page.waitForFunction("before => document.querySelector('#registry-count').innerText !== before", before);
        });
    }

    /** Changes the duration of the first plan item of the first demo project by a day and times 确定 until done. */
    private static long tailorPlan(Page page, String base, int n) {
        page.navigate(base + "/housing/projects");
        page.locator("vaadin-grid vaadin-grid-cell-content").first().waitFor();
        page.waitForFunction(SETTLED);
        page.locator("vaadin-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("推进中"))
                .first().click();
        Locator edit = page.locator("[id^=item-edit-]").first();
        try {
            edit.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        } catch (RuntimeException e) {
            Browser.screenshot(page, "first-views-no-plan");
            throw e;
        }
        page.waitForFunction(SETTLED);
        Browser.openDialog(page, edit.getAttribute("id"), "#dialog-days input");
        Locator days = page.locator("#dialog-days input");
        int current = Integer.parseInt(days.inputValue().trim());
        days.fill(Integer.toString(n % 2 == 0 ? current + 1 : Math.max(1, current - 1)));
        page.waitForFunction(SETTLED);
        return time(page, () -> confirmDialog(page, "plan tailoring"));
    }

    /** Holds a dispatch meeting (host, attendees, a project, decisions) and times 确定 until the dialog is gone. */
    private static long holdMeeting(Page page, String base, int n) {
        page.navigate(base + "/housing/meetings");
        page.locator("#meeting-hold").waitFor();
        page.waitForFunction(SETTLED);
        Browser.openDialog(page, "meeting-hold", "#meeting-host input");
        page.locator("#meeting-host input").fill("区住建局局长");
        page.locator("#meeting-attendees textarea").fill("区住建局、项目单位");
        // the overlay's items may come after the first click on a busy machine: pick until one is selected
        for (int attempt = 0; attempt < 5 && (Integer) page.locator("#meeting-projects")
                .evaluate("e => e.selectedItems.length") == 0; attempt++) {
            page.locator("#meeting-projects input").click();
            Locator item = page.locator("vaadin-multi-select-combo-box-item").first();
            item.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
            item.click(new Locator.ClickOptions().setForce(true));
            page.keyboard().press("Escape");
            page.waitForFunction(SETTLED);
        }
        page.locator("#meeting-decisions textarea").fill("第 " + (n + 1) + " 次调度：按计划推进。");
        page.waitForFunction(SETTLED);
        return time(page, () -> confirmDialog(page, "meeting save"));
    }

    private static void confirmDialog(Page page, String what) {
        page.locator("#dialog-confirm").click();
        page.waitForFunction("() => !document.querySelector('#dialog-confirm') || document.querySelector('#housing-error')"
                + " || document.querySelector('vaadin-dialog-overlay [invalid]')");
        if (page.locator("#dialog-confirm").count() > 0) {
            Browser.screenshot(page, "first-views-refused");
            throw new IllegalStateException(what + " refused (screenshot first-views-refused)");
        }
    }

    private static long time(Page page, Runnable action) {
        long begin = System.nanoTime();
        action.run();
        page.waitForFunction(SETTLED);
        return (System.nanoTime() - begin) / 1_000_000;
    }

    private static String demoPassword(Path home, String login) throws IOException {
        return Files.readAllLines(home.resolve("conf/demo-accounts.txt")).stream()
                .filter(l -> l.startsWith(login + "\t")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo account " + login)).split("\t")[1];
    }

    private static void waitFor(String url, Duration timeout, Process process) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform exited with " + process.exitValue());
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out waiting for " + url);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String figures(List<Long> values) {
        if (values == null || values.isEmpty()) {
            return "-";
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2) + " / " + sorted.get(sorted.size() - 1) + " (n=" + sorted.size() + ")";
    }

    private static String range(List<String> loads) {
        List<Double> values = loads.stream().filter(l -> !"?".equals(l)).map(Double::valueOf).sorted().toList();
        return values.isEmpty() ? "?" : values.get(0) + "–" + values.get(values.size() - 1);
    }

}
