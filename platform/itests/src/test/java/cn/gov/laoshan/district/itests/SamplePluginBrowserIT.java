package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * The plugin {@code ./district new-plugin} generates (platform/test-plugins/sample, unchanged from the template) runs
 * from hot deploy: dropped into a running platform's {@code deploy/}, its schema migrated, its screens in the menu;
 * in Chromium its form refuses bad input at the field, its list shows the new record, and its workflow screen moves
 * the record through the state machine with the steps on the record's history.
 */
class SamplePluginBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().plugin("sample").build();

    @Test
    void aRecordFromTheFormThroughTheListAndItsWorkflow() {
        assertEquals("ACTIVE", platform.testPlatform().plugin("sample").orElseThrow().path("state").asText());
        Page page = platform.newPage();
        platform.signInAsAdmin(page);
        Browser.open(page, platform.url("/sample/items"), "#sample-items");
        assertThat(page.locator("#sample-items")).containsText("共 0 件", SLOW);

        page.locator("#sample-new").click();
        page.locator("#sample-save").waitFor();
        page.locator("#sample-save").click();
        assertThat(page.locator("#sample-title")).hasAttribute("invalid", "");
        assertThat(page.locator("#sample-title")).containsText("必填");

        page.locator("#sample-title input").fill("个体工商户名称变更");
        page.locator("#sample-applicant input").fill("王芳");
        page.locator("#sample-phone input").fill("123");
        page.locator("#sample-receivedOn input").fill(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        page.locator("#sample-receivedOn input").press("Enter");
        page.locator("#sample-save").click();
        assertThat(page.locator("#sample-phone")).hasAttribute("invalid", "");
        assertThat(page.locator("#sample-title")).not().hasAttribute("invalid", "");

        page.locator("#sample-phone input").fill("13912345678");
        page.locator("#sample-save").click();
        assertThat(page.locator("#sample-state")).containsText("已登记", SLOW);
        assertThat(page.locator("#sample-history")).containsText("登记");
        String itemUrl = Browser.savedRecordUrl(page);

        // a rejection needs its reason: refused, nothing changes
        page.locator("#sample-reject").click();
        assertThat(page.locator("#sample-error")).hasCount(1);
        assertThat(page.locator("vaadin-notification-card[theme=error]")).containsText("执行“不予受理”须填写理由");
        assertThat(page.locator("#sample-state")).containsText("已登记");

        page.locator("#sample-accept").click();
        assertThat(page.locator("#sample-state")).containsText("已受理", SLOW);
        page.locator("#sample-complete").click();
        assertThat(page.locator("#sample-state")).containsText("已办结", SLOW);
        assertThat(page.locator("#sample-history")).containsText("受理");
        assertThat(page.locator("#sample-history")).containsText("办结");
        assertThat(page.locator("#sample-accept")).hasCount(0);
        Browser.screenshot(page, "sample-item-done-zh");

        Browser.open(page, platform.url("/sample/items"), "#sample-items");
        assertThat(page.locator("#sample-items")).containsText("共 1 件", SLOW);
        assertThat(page.locator("#sample-items vaadin-grid")).containsText("已办结");
        Browser.screenshot(page, "sample-items-zh");
        Browser.clickGridCell(page, "#sample-items vaadin-grid", "个体工商户名称变更");
        page.waitForURL(itemUrl);
        assertThat(page.locator("#sample-state")).containsText("已办结", SLOW);
        assertThat(page.locator("#sample-reason")).hasCount(0);

        // the English message file: the same screens in English
        Page english = platform.newPage();
        platform.signInAsAdminInEnglish(english);
        Browser.open(english, itemUrl, "#sample-state");
        assertThat(english.locator("#sample-state")).containsText("Completed", SLOW);
        assertThat(english.locator("#sample-history")).containsText("Accept");
        Browser.open(english, platform.url("/sample/items"), "#sample-items");
        assertThat(english.locator("#sample-items")).containsText("Items: 1", SLOW);
        Browser.screenshot(english, "sample-items-en");
    }
}
