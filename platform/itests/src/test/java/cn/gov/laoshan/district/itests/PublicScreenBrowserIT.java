package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * A plugin's public screen (api.plugin 1.6 {@code PublicScreen}) comes and goes with its plugin: the service hall's
 * booking page is served without sign-in once the plugin's jar is in {@code deploy/}, while its staff screens send
 * the same visitor to the sign-in page; when the jar is deleted, the open public page finds its route gone.
 */
class PublicScreenBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().plugin("servicehall").build();

    @Test
    void aPublicScreenIsOpenWithoutSignInOnlyWhileItsPluginRuns() {
        TestPlatform running = platform.testPlatform();
        Page visitor = platform.newPage();
        // no trusted proxy is configured here: a forged X-Forwarded-For is not believed
        visitor.setExtraHTTPHeaders(java.util.Map.of("X-Forwarded-For", "198.51.100.1"));
        Browser.open(visitor, platform.baseUrl() + "/servicehall/book", "#servicehall-public");
        assertThat(visitor.locator("#district-public-name")).isVisible();
        assertThat(visitor).hasTitle("网上预约办事 · 青岛市崂山区人民政府");
        assertThat(visitor.locator("#district-nav")).hasCount(0);
        assertEquals(false, visitor.url().contains("/login"));
        visitor.locator("#servicehall-book-mobile input").fill("13912340099");
        visitor.locator("#servicehall-public-send-code").click();
        assertThat(visitor.locator("vaadin-notification-card").first()).containsText("验证码已发送",
                new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT.toMillis()));
        assertEquals(java.util.List.of("127.0.0.1"), running.runtime().database().jdbi("servicehall").withHandle(h ->
                h.createQuery("select address from code_request where mobile = '13912340099'").mapTo(String.class)
                        .list()), "the socket's address, not the header's");

        Page other = platform.newPage();
        other.navigate(platform.baseUrl() + "/servicehall/queue");
        other.waitForURL("**/login");

        running.undeploy("servicehall.jar");
        running.awaitPluginGone("servicehall", WAIT);
        // the open page is reloaded by the platform and finds no route any more
        assertThat(visitor.locator("#servicehall-public")).hasCount(0,
                new LocatorAssertions.HasCountOptions().setTimeout(WAIT.toMillis()));
        assertEquals(404, running.status("/servicehall/book"));
    }
}
