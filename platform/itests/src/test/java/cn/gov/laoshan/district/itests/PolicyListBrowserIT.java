package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * The policy demo in English: the legal reviewer returns a draft with reasons and it goes back to drafting; an
 * enterprise user reads the list of the seed's 209 policies and filters it by topic.
 */
class PolicyListBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SEEDED =
            new LocatorAssertions.ContainsTextOptions().setTimeout(120_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("policy").build();

    @Test
    void theLegalReviewerReturnsADraftAndAnEnterpriseReadsTheListInEnglish() {
        Page lawyer = platform.newPage();
        platform.signInInEnglish(lawyer, "zhaomin");
        Browser.open(lawyer, platform.url("/policy/drafts"), "#policy-drafts");
        // the demo is seeded in the background: the drafts with the legal reviewer show up when it is done
        for (int attempt = 0; attempt < 24 && !lawyer.locator("#policy-drafts").innerText().contains("专精特新企业倍增");
                attempt++) {
            lawyer.waitForTimeout(5_000);
            lawyer.reload();
            lawyer.locator("#policy-drafts vaadin-grid").waitFor();
        }
        assertThat(lawyer.locator("#policy-drafts")).containsText("Under legality review");
        Browser.clickGridCell(lawyer, "#policy-drafts vaadin-grid", "崂山区专精特新企业倍增行动方案");
        assertThat(lawyer.locator("[id='policy.draft-state']")).containsText("Under legality review");
        assertThat(lawyer.locator("#policy-draft-reviews")).containsText("Fair-competition review");
        lawyer.locator("[id='policy.draft-reason'] input").fill("第二条支持对象表述不明确，请修改后重新审查。");
        lawyer.locator("[id='policy.draft-return']").click();
        assertThat(lawyer.locator("[id='policy.draft-state']")).containsText("Being drafted");
        assertThat(lawyer.locator("#policy-draft-history")).containsText("Return for changes");
        Browser.screenshot(lawyer, "policy-draft-returned-en");

        Page reader = platform.newPage();
        platform.signInInEnglish(reader, "mingde-qy");
        Browser.open(reader, platform.url("/policy/list"), "#policy-list");
        assertThat(reader.locator("#policy-list")).containsText("209 policies", SEEDED);
        Browser.pickComboItem(reader, "policy-list-topic", "Marine", "Marine economy");
        assertThat(reader.locator("#policy-list")).containsText("15 policies");
        assertThat(reader.locator("#policy-list vaadin-grid")).containsText("海洋");
        Browser.screenshot(reader, "policy-list-en");
    }
}
