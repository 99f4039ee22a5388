package cn.gov.laoshan.district.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
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
 * {@link LoadSettings#thinkMax()} until {@link LoadSettings#duration()} has passed: mediators (accounts whose
 * journey is {@code mediation}) between 我的案件, 全部案件 (the grid scrolled) and 市场主体库; every account through
 * 市场主体库 — filtered by name, scrolled, an enterprise's page opened. Each step is one named request whose answer
 * must be good UIDL showing the step's text ({@link VaadinUi#accept}); a failed sign-in ends that user.
 */
public class StaffJourneys extends Simulation {

    private static final String UI = "ui";
    private final LoadSettings settings = LoadSettings.fromSystemProperties();

    /** One UIDL request named {@code name}, made by {@code body}, whose answer must show {@code expected}. */
    static ChainBuilder step(String name, Function<VaadinUi, String> body, String expected) {
        return exec(http(name).post(session -> ui(session).uidlPath())
                .body(StringBody(session -> body.apply(ui(session))))
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
    static CheckBuilder.Final answer(String expected) {
        return bodyString().transformWithSession((body, session) -> {
            String error = ui(session).accept(body, expected);
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
                        .check(status().is(200), answer(settings.homeText())))
                .exitHereIfFailed()
                // the browser's router answers the server's navigation to the home page
                .exec(step("home", ui -> ui.navigate(""), null));
    }

    private ChainBuilder think() {
        return pause(settings.thinkMin(), settings.thinkMax());
    }

    private ChainBuilder registry() {
        return exec(step("市场主体库", ui -> ui.navigate("registry/enterprises"), "户市场主体"))
                .exec(think())
                .exec(step("市场主体库 filtered", ui -> ui.type("registry-filter-name", "科技"), "户市场主体"))
                .exec(think())
                .exec(step("市场主体库 scrolled", ui -> ui.scrollGrid(100, 50), null))
                .exec(think())
                .exec(step("enterprise page", ui -> ui.navigate("registry/enterprises/" + settings.enterprise()),
                        settings.enterpriseName()))
                .exec(think());
    }

    private ChainBuilder mediation() {
        return exec(step("我的案件", ui -> ui.navigate("mediation/cases/mine"), null))
                .exec(think())
                .exec(step("全部案件", ui -> ui.navigate("mediation/cases"), null))
                .exec(think())
                .exec(step("全部案件 scrolled", ui -> ui.scrollGrid(200, 50), null))
                .exec(think());
    }

    {
        List<Map<String, Object>> accounts = settings.accounts();
        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl()).disableCaching()
                .acceptLanguageHeader("zh-CN,zh;q=0.9").userAgentHeader("district-loadtest");
        var journeys = scenario("staff").exec(feed(listFeeder(accounts).circular()))
                .exec(signInWithAccount())
                .exec(during(settings.duration()).on(
                        exec(session -> session)
                                .doIfEquals("#{journey}", "mediation").then(mediation())
                                .exec(registry())));
        setUp(journeys.injectOpen(rampUsers(settings.users()).during(settings.ramp()))).protocols(protocol)
                .maxDuration(settings.ramp().plus(settings.duration()).plusMinutes(2));
    }
}
