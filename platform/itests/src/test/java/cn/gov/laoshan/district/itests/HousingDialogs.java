package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import cn.gov.laoshan.district.testkit.Browser;

/** What the housing browser tests do with the housing plugin's dialogs. */
final class HousingDialogs {

    private HousingDialogs() {
    }

    /**
     * Confirms the open dialog and waits until it is closed; a refusal ({@code #housing-error}, or a field of the
     * dialog marked invalid with the message under it) fails the test with its message and a screenshot
     * {@code <refusedShot><step>}.
     */
    static void confirm(Page page, String refusedShot, String step) {
        page.locator("#dialog-confirm").click();
        for (int i = 0; i < 100 && page.locator("#dialog-confirm").count() > 0; i++) {
            if (page.locator("#housing-error").count() > 0) {
                Browser.screenshot(page, refusedShot + step);
                throw new AssertionError(step + " refused: " + page.locator("#housing-error").innerText());
            }
            if (page.locator("vaadin-dialog-overlay [invalid]").count() > 0) {
                Browser.screenshot(page, refusedShot + step);
                throw new AssertionError(step + " refused at a field: "
                        + page.locator("vaadin-dialog-overlay [invalid]").first().innerText());
            }
            page.waitForTimeout(200);
        }
        assertThat(page.locator("#dialog-confirm")).hasCount(0);
    }
}
