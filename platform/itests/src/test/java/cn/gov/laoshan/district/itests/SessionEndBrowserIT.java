package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.service.IdentityStore;
import cn.gov.laoshan.district.identity.service.IdentityService;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * Issue 12 item 4 in Chromium with two browser contexts: a mediator (李秀梅) works on her case list while the justice
 * bureau's administrator, in another browser, disables her account, resets her password, or an administrator takes
 * a role from her: her open screen's next click and her next visit lead to the sign-in page; nothing more is served
 * to that session.
 */
class SessionEndBrowserIT {

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("mediation").build();

    private static IdentityService identity() {
        return platform.runtime().service(IdentityService.class).orElseThrow();
    }

    private static AccessControl access() {
        return platform.runtime().service(AccessControl.class).orElseThrow();
    }

    /** Lixiumei signed in, her case list open. */
    private static Page mediatorAtWork() {
        Page mediator = platform.newPage();
        assertFalse(platform.signIn(mediator, "lixiumei"));
        open(mediator, "/mediation/cases");
        mediator.locator("#mediation-cases").waitFor();
        return mediator;
    }

    /** The open screen's next click (a menu entry) and the next visit both end on the sign-in page. */
    private static void sessionIsOver(Page mediator, String screenshot) {
        mediator.locator("#district-nav vaadin-side-nav-item").first().click();
        mediator.waitForURL("**/login");
        mediator.locator("vaadin-login-form").waitFor();
        mediator.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        Browser.screenshot(mediator, screenshot);
        open(mediator, "/mediation/cases");
        mediator.waitForURL("**/login");
        assertThat(mediator.locator("vaadin-login-form")).isVisible();
    }

    /** The justice bureau's administrator on the users screen, lixiumei's row filtered. */
    private static Page adminOnLixiumei() {
        Page admin = platform.newPage();
        assertFalse(platform.signIn(admin, "sfj-admin"));
        open(admin, "/identity/users");
        admin.locator("#users-filter input").fill("lixiumei");
        admin.locator("#users-filter input").press("Enter");
        // the filter applied (the grid re-rendered) before a row's button is clicked
        assertThat(admin.locator("#identity-users vaadin-button[aria-label='停用']:visible")).hasCount(1);
        assertThat(admin.locator("#identity-users vaadin-grid")).containsText("李秀梅");
        return admin;
    }

    @Test
    void disablingAUserEndsHerOpenSession() {
        Page mediator = mediatorAtWork();
        Page admin = adminOnLixiumei();
        admin.locator("#identity-users vaadin-button[aria-label='停用']:visible").click();
        Browser.screenshot(admin, "session-admin-disables-zh");
        assertThat(admin.locator("#identity-users vaadin-grid")).containsText("已停用");
        sessionIsOver(mediator, "session-ended-disabled-zh");
        access().asSystem(() -> {
            identity().enable("lixiumei");
            return null;
        });
    }

    @Test
    void resettingHerPasswordEndsHerOpenSession() throws Exception {
        Page mediator = mediatorAtWork();
        Page admin = adminOnLixiumei();
        admin.locator("#identity-users vaadin-button[aria-label='重置密码']:visible").click();
        admin.locator("#initial-password").waitFor();
        sessionIsOver(mediator, "session-ended-reset-zh");
        // her demo password back, for the other tests of the class
        IdentityStore store = new IdentityStore(platform.runtime().database().jdbi("platform"));
        String hash = PasswordHash.hash(platform.testPlatform().demoPassword("lixiumei").toCharArray(), PasswordCost.light());
        store.jdbi().useTransaction(h -> store.updatePassword(h, "lixiumei", hash, false, Instant.now()));
    }

    @Test
    void takingARoleAwayEndsHerOpenSession() {
        Page mediator = mediatorAtWork();
        access().asSystem(() -> {
            identity().updateUser(identity().user("wangjianguo").orElseThrow(), List.of("mediator"));
            return null;
        });
        Page lead = platform.newPage();
        assertFalse(platform.signIn(lead, "wangjianguo"));
        open(lead, "/mediation/cases");
        lead.locator("#mediation-cases").waitFor();
        access().asSystem(() -> {
            identity().updateUser(identity().user("wangjianguo").orElseThrow(), List.of("mediation-lead"));
            return null;
        });
        sessionIsOver(lead, "session-ended-role-zh");
        // another user's change leaves lixiumei's session alone
        mediator.locator("#district-nav vaadin-side-nav-item").first().click();
        mediator.waitForTimeout(500);
        open(mediator, "/mediation/cases");
        mediator.locator("#mediation-cases").waitFor();
    }

    /**
     * Issue 13 item 9: "online sessions" counts people signed in. Page loads without a cookie (a crawler, a probe of
     * {@code /}) open sessions too, which are counted apart and given a short idle time.
     */
    @Test
    void onlineSessionsCountPeopleSignedInOnly() throws Exception {
        int signedInBefore = platform.runtime().signedInSessions();
        int openBefore = platform.runtime().openSessions();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 8; i++) {
            java.net.http.HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(platform.url("/login"))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            org.junit.jupiter.api.Assertions.assertEquals(200, answer.statusCode());
        }
        org.junit.jupiter.api.Assertions.assertTrue(platform.runtime().openSessions() >= openBefore + 8,
                "each cookie-less page load opened a session");
        org.junit.jupiter.api.Assertions.assertEquals(signedInBefore, platform.runtime().signedInSessions(),
                "none of them is online");
        Page somebody = platform.newPage();
        assertFalse(platform.signIn(somebody, "zhaomin"));
        org.junit.jupiter.api.Assertions.assertEquals(signedInBefore + 1, platform.runtime().signedInSessions());
    }

    /** Opens an address once the page has settled (a navigation of the page's own may still be under way). */
    private static void open(Page page, String path) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        try {
            page.navigate(platform.url(path));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            // aborted by the page's own navigation (after sign-in or a session's end): once more, settled
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            page.navigate(platform.url(path));
        }
    }
}
