package cn.gov.laoshan.district.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The staff journeys, for {@link LoadSettings#users()} users ramped over {@link LoadSettings#ramp()}, each signing in
 * once with a demo account and then moving between screens with a think time of {@link LoadSettings#thinkMin()} to
 * {@link LoadSettings#thinkMax()} until {@link LoadSettings#duration()} has passed. What a user does follows from the
 * menu its sign-in shows ({@link #rememberMenu}): mediators 我的案件, their first case opened, a mediation session
 * recorded on it (the form saved), 全部案件 scrolled; everyone with 市场主体库 that list filtered by name and scrolled
 * and an enterprise's page opened; and every user one more screen of their own menu per round. Each step is one
 * named request whose answer must be good UIDL showing the step's text and no error page ({@link VaadinUi#accept});
 * a failed sign-in ends that user.
 */
public class StaffJourneys extends Simulation {

    private static final String UI = "ui";
    private final LoadSettings settings = LoadSettings.fromSystemProperties();

    /** One UIDL request named {@code name}, made by {@code body}, whose answer must show {@code expected}. */
    ChainBuilder step(String name, Function<VaadinUi, String> body, String expected) {
        return stepOf(name, session -> body.apply(ui(session)), session -> expected);
    }

    /**
     * A navigating user's step; with a sign-in storm in the run, inside the group of its phase ({@code navigation},
     * or {@code navigation during storm} while the storm's users sign in), so that the report gives the navigating
     * users' percentiles during the storm apart from the rest.
     */
    ChainBuilder stepOf(String name, Function<Session, String> body, Function<Session, String> expected) {
        if (settings.storm() == 0) {
            return request(name, body, expected);
        }
        return exec(session -> session.set(PHASE, duringStorm() ? NAVIGATION_DURING_STORM : NAVIGATION))
                .group("#{" + PHASE + "}").on(request(name, body, expected));
    }

    private static final String PHASE = "phase";
    static final String NAVIGATION = "navigation";
    static final String NAVIGATION_DURING_STORM = "navigation during storm";
    static final String STORM = "sign-in storm";
    static final String ABANDONED = "abandoned";
    /** When the storm's first user comes: when the navigating users are all signed in. */
    private final long stormStartMillis = System.currentTimeMillis() + settings.ramp().toMillis();

    private boolean duringStorm() {
        long now = System.currentTimeMillis();
        return now >= stormStartMillis && now < stormStartMillis + settings.stormDuration().toMillis();
    }

    /**
     * One UIDL request named {@code name}, made by {@code body} from the virtual user's state, whose answer must show
     * the text {@code expected} gives for that state ({@code null}: no text asked for, only a good answer).
     */
    static ChainBuilder request(String name, Function<Session, String> body, Function<Session, String> expected) {
        return exec(http(name).post(session -> ui(session).uidlPath())
                .body(StringBody(body::apply))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("X-Forwarded-For", StaffJourneys::address)
                .check(status().is(200), answer(expected)));
    }

    /**
     * Each virtual user's own address (10.x.y.z), sent as X-Forwarded-For: all users come from this one machine, and
     * the platform bounds sign-ins per address; a platform told to trust this machine as its proxy
     * ({@code http.trusted-proxies=127.0.0.1}) then sees a crowd, as behind a real load balancer. Ignored otherwise.
     */
    static String address(Session session) {
        long n = session.userId();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    /** The answer check: {@code ok}, or the error's kind and detail as Gatling's failure message. */
    static CheckBuilder.Final answer(Function<Session, String> expected) {
        return bodyString().transformWithSession((body, session) -> {
            String error = ui(session).accept(body, expected.apply(session));
            return error == null ? "ok" : error;
        }).is("ok");
    }

    static VaadinUi ui(Session session) {
        return session.get(UI);
    }

    private ChainBuilder signInWithAccount() {
        return exec(http("open sign-in page").get("/").header("X-Forwarded-For", StaffJourneys::address)
                .check(status().is(200), substring("window.Vaadin.TypeScript"), bodyString().saveAs("page")))
                .exitHereIfFailed()
                .exec(session -> {
                    try {
                        return session.set(UI, VaadinUi.fromPage(session.getString("page"))).remove("page");
                    } catch (IllegalArgumentException e) {
                        return session.markAsFailed();
                    }
                })
                .exitHereIfFailed()
                .exec(http("sign in").post(session -> ui(session).uidlPath())
                        .body(StringBody(session -> ui(session).signIn(
                                session.getString("login"), session.getString("password"))))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .header("X-Forwarded-For", StaffJourneys::address)
                        .check(status().is(200), answer(session -> settings.homeText())))
                .exitHereIfFailed()
                .exec(StaffJourneys::rememberMenu)
                // the browser's router answers the server's navigation to the home page
                .exec(request("home", session -> ui(session).navigate(""), session -> null));
    }

    private ChainBuilder think() {
        return pause(settings.thinkMin(), settings.thinkMax());
    }

    /**
     * What the sign-in's answer shows this person may open: the menu's screens. Mediators (who see 我的案件) do the
     * mediation journey, everyone who sees 市场主体库 the registry's; every user also opens the other screens of their
     * menu in turn, one per round — so that an account without the registry (a justice or tax officer) still has a
     * journey, through the screens it really has, and never asks for one it would be refused.
     */
    static Session rememberMenu(Session session) {
        List<VaadinUi.MenuEntry> menu = ui(session).menu();
        List<VaadinUi.MenuEntry> others = menu.stream().filter(e -> !JOURNEY_ROUTES.contains(e.route())
                && !e.route().endsWith("/new") && !e.route().endsWith("/display")).toList();
        return session.set(SEES_REGISTRY, menu.stream().anyMatch(e -> e.route().equals(REGISTRY)))
                .set(SEES_MEDIATION, menu.stream().anyMatch(e -> e.route().equals(MY_CASES)))
                .set(SCREENS, others).set(ROUND, (int) (session.userId() % Math.max(1, others.size())));
    }

    static final String REGISTRY = "registry/enterprises";
    static final String MY_CASES = "mediation/mine";
    static final String ALL_CASES = "mediation/cases";
    private static final List<String> JOURNEY_ROUTES = List.of(REGISTRY, MY_CASES, ALL_CASES);
    private static final String SEES_REGISTRY = "seesRegistry";
    private static final String SEES_MEDIATION = "seesMediation";
    private static final String SCREENS = "screens";
    private static final String ROUND = "round";
    private static final String CASE = "caseNumber";
    private static final String NOTE = "note";

    static VaadinUi.MenuEntry screenOfRound(Session session) {
        List<VaadinUi.MenuEntry> screens = session.getList(SCREENS);
        return screens.get(session.getInt(ROUND) % screens.size());
    }

    /** The next screen of this person's own menu (its title must show); then the next round takes the one after. */
    private ChainBuilder ownScreen() {
        return doIf(session -> !session.getList(SCREENS).isEmpty()).then(
                exec(stepOf("menu screen", session -> ui(session).navigate(screenOfRound(session).route()),
                        session -> screenOfRound(session).label()))
                        .exec(session -> session.set(ROUND, session.getInt(ROUND) + 1))
                        .exec(think()));
    }

    private ChainBuilder registry() {
        return exec(step("市场主体库", ui -> ui.navigate(REGISTRY), "户市场主体"))
                .exec(think())
                .exec(step("市场主体库 filtered", ui -> ui.type("registry-filter-name", "科技"), "户市场主体"))
                .exec(think())
                .exec(step("市场主体库 scrolled", ui -> ui.scrollGrid(100, 50), null))
                .exec(think())
                .exec(step("enterprise page", ui -> ui.navigate("registry/enterprises/" + settings.enterprise()),
                        settings.enterpriseName()))
                .exec(think());
    }

    /**
     * A mediator's round: 我的案件, the first of them opened (its number must show), a mediation session recorded on
     * it when it is open (记录调解: place, attendees and a note of this round — the saved note must show on the case
     * page; sessions of a case under mediation can be recorded any number of times), then 全部案件 scrolled.
     */
    private ChainBuilder mediation() {
        return exec(step("我的案件", ui -> ui.navigate(MY_CASES), "我的案件"))
                .exec(think())
                .doIf(session -> !ui(session).gridRows().isEmpty()).then(
                        exec(session -> session.set(CASE, ui(session).gridRows().get(0).get("col0")))
                                .exec(stepOf("case page", session -> ui(session).clickRow(0), session -> session
                                        .getString(CASE)))
                                .exec(think())
                                .doIf(session -> ui(session).byElementId("action-session").isPresent())
                                .then(recordSession()))
                .exec(step("全部案件", ui -> ui.navigate(ALL_CASES), "全部案件"))
                .exec(think())
                .exec(step("全部案件 scrolled", ui -> ui.scrollGrid(200, 50), null))
                .exec(think());
    }

    private ChainBuilder recordSession() {
        return exec(session -> session.set(NOTE, "负载测试调解记录 " + session.userId() + "-" + System.nanoTime()))
                .exec(step("记录调解 dialog", ui -> ui.click("action-session"), "确定"))
                .exec(think())
                .exec(step("记录调解 typed", ui -> ui.type("dialog-session-place", "第一调解室"), null))
                .exec(step("记录调解 typed", ui -> ui.type("dialog-session-attendees", "双方当事人"), null))
                .exec(stepOf("记录调解 typed", session -> ui(session).type("dialog-session-notes",
                        session.getString(NOTE)), session -> null))
                .exec(think())
                .exec(stepOf("记录调解 saved", session -> ui(session).click("dialog-confirm"),
                        session -> session.getString(NOTE)))
                .exec(think());
    }

    {
        List<Map<String, Object>> accounts = settings.accounts();
        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl()).disableCaching()
                .acceptLanguageHeader("zh-CN,zh;q=0.9").userAgentHeader("district-loadtest");
        var journeys = scenario("staff").exec(feed(listFeeder(accounts).circular()))
                .exec(signInWithAccount())
                .exec(during(settings.duration()).on(
                        doIf(session -> session.getBoolean(SEES_MEDIATION)).then(mediation())
                                .doIf(session -> session.getBoolean(SEES_REGISTRY)).then(registry())
                                .exec(ownScreen())));
        var navigating = journeys.injectOpen(rampUsers(settings.users()).during(settings.ramp()));
        if (settings.abandon() > 0) {
            // issue 22's closed tabs: {@code abandon} users open the sign-in page, every second one signs in, then
            // they vanish — no sign-out, no further request, no beacon; what the server keeps of them is measured
            // afterwards (LoadTest)
            var abandoned = scenario(ABANDONED).exec(feed(listFeeder(accounts).circular()))
                    .exec(http("open sign-in page").get("/").header("X-Forwarded-For", StaffJourneys::address)
                            .check(status().is(200), substring("window.Vaadin.TypeScript"), bodyString().saveAs("page")))
                    .exitHereIfFailed()
                    .doIf(session -> session.userId() % 2 == 0).then(exec(session -> session.set(UI,
                            VaadinUi.fromPage(session.getString("page"))).remove("page"))
                            .exec(request("sign in", session -> ui(session).signIn(session.getString("login"),
                                    session.getString("password")), session -> settings.homeText())));
            setUp(abandoned.injectOpen(rampUsers(settings.abandon()).during(settings.ramp()))).protocols(protocol)
                    .maxDuration(settings.ramp().plusMinutes(5));
        } else if (settings.storm() == 0) {
            setUp(navigating).protocols(protocol).maxDuration(settings.ramp().plus(settings.duration()).plusMinutes(2));
        } else {
            // issue 22's 8:30: once the navigating users are all signed in, {@code storm} more sign in within the
            // storm's time, each with the next account; they stay signed in and do nothing more (their UIs held)
            var storm = scenario(STORM).exec(feed(listFeeder(accounts).circular()))
                    .group(STORM).on(signInWithAccount());
            setUp(navigating, storm.injectOpen(nothingFor(settings.ramp()),
                    rampUsers(settings.storm()).during(settings.stormDuration()))).protocols(protocol)
                    .maxDuration(settings.ramp().plus(settings.duration()).plusMinutes(2));
        }
    }
}
