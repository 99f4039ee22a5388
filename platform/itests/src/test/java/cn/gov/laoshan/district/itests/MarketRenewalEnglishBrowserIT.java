package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * The minimal-renewal journey of issue 20 in English: hailan-qy signs in in English, finds its food business licence
 * in its renewal window under My licences, reads what minimal renewal saves, declares nothing changed, commits and is
 * renewed at once; the licence types screen reads in English for staff. ({@link MarketRenewalBrowserIT} is the same in
 * Chinese, with the reminder in the bell; notifications are stored in Chinese, so the bell is not read here.)
 */
class MarketRenewalEnglishBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(120_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().build();

    @BeforeAll
    static void deployMarket() throws Exception {
        MarketRenewalBrowserIT.deployMarket(platform);
    }

    @Test
    void theHolderRenewsItsFoodLicenceMinimallyInEnglish() {
        Page page = platform.newPage();
        platform.signInInEnglish(page, "hailan-qy");
        MarketRenewalBrowserIT.openLicenceInWindow(platform, page, "Food business licence", "In renewal window");
        assertThat(page.locator("#market-renew-view")).containsText("2 steps and 5 documents fewer, at least 3 "
                + "working days faster");
        MarketRenewalBrowserIT.declareAndSubmit(page, "market-minimal-renewal-en");
        assertThat(page.locator("#market-renewal-outcome")).containsText("Renewed: new licence JY370212", SLOW);
        Browser.screenshot(page, "market-renewed-en");

        Page staff = platform.newPage();
        platform.signInInEnglish(staff, "scj-admin");
        Browser.open(staff, platform.url("/market/types"), "#market-types-grid");
        assertThat(staff.locator("#market-types")).containsText("Food business licence");
        Browser.screenshot(staff, "market-types-en");
    }
}
