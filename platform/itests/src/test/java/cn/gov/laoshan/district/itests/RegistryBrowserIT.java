package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/** The 市场主体库 screen in Chromium: the demo data in the grid, a filter, the detail form, a refused import, export. */
class RegistryBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().build();

    @Test
    void gridFilterDetailImportAndExport() throws Exception {
        Page page = platform.newPage();
        page.setDefaultTimeout(WAIT.toMillis());
        platform.signInAsAdmin(page);
        page.locator("vaadin-side-nav-item[data-route='registry/enterprises']").click();
        page.waitForURL("**/registry/enterprises");
        assertThat(page.locator("#registry-count")).containsText("3,000");
        assertThat(page.locator("#registry-grid")).containsText("有限公司");
        assertThat(page.locator("#registry-grid")).containsText(Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日"));
        Browser.screenshot(page, "registry-enterprises-zh");

        // name fragment filter
        page.locator("#registry-filter-name input").fill("茗香");
        assertThat(page.locator("#registry-count")).not().containsText("3,000");
        assertThat(page.locator("#registry-grid")).containsText("茗香");
        Browser.screenshot(page, "registry-filter-zh");
        page.locator("#registry-filter-name input").fill("");
        assertThat(page.locator("#registry-count")).containsText("3,000");

        // the registration form spells out what is wrong with a code
        page.locator("#registry-new").click();
        page.locator("#registry-field-uscc input").fill("91370212MA3C4TJ01U");
        page.locator("#registry-field-name input").click();
        assertThat(page.locator("#registry-field-uscc")).containsText("校验码（第18位）为“U”，应为“4”。");
        Browser.screenshot(page, "registry-detail-invalid-zh");
        page.locator("#registry-field-uscc input").fill("91370212MA3C4TJ014");
        page.locator("#registry-field-name input").fill("青岛浏览器测试科技有限公司");
        page.locator("#registry-detail-save").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("已登记")))
                .containsText("已登记");
        assertThat(page.locator("#registry-count")).containsText("3,001");

        // a file with a bad row: refused, with the row, the field and the problem
        Path csv = Files.createTempFile("registry", ".csv");
        Files.writeString(csv, "统一社会信用代码,企业名称,登记状态,成立日期\n"
                + "91350100M000100Y43,青岛崂峰茶业有限公司,存续,2018-05-20\n"
                + "91370200163562681H,青岛海澜智联科技有限公司,营业中,2018/5/20\n", StandardCharsets.UTF_8);
        page.locator("#registry-import input[type=file]").setInputFiles(csv);
        assertThat(page.locator("#registry-import-summary")).containsText("未导入任何数据",
                new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT.toMillis()));
        assertThat(page.locator("#registry-import-problems")).containsText("应为“G”");
        assertThat(page.locator("#registry-import-problems")).containsText("营业中");
        Browser.screenshot(page, "registry-import-refused-zh");
        page.locator("#registry-import-report-close").click();
        // the server must have closed the modal report first: while it is open the rest of the view is inert and
        // the server drops the upload's file-reject event (the notice below would then never come)
        assertThat(page.locator("#registry-import-summary")).hasCount(0);
        assertThat(page.locator("#registry-count")).containsText("3,001");

        // a file that is neither .csv nor .xlsx: the browser refuses it, the reason is said in the UI language
        Path text = Files.createTempFile("registry", ".txt");
        Files.writeString(text, "not a registry file", StandardCharsets.UTF_8);
        page.locator("#registry-import input[type=file]").setInputFiles(text);
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("只能导入 .csv 或 .xlsx 文件"))).hasCount(1,
                new LocatorAssertions.HasCountOptions().setTimeout(WAIT.toMillis()));
        assertThat(page.locator("#registry-count")).containsText("3,001");

        // export of the current filter
        page.locator("#registry-filter-industry input").fill("I6510");
        assertThat(page.locator("#registry-count")).not().containsText("3,001");
        Download download = page.waitForDownload(() -> page.locator("#registry-export vaadin-button").click());
        Path xlsx = download.path();
        assertTrue(download.suggestedFilename().endsWith(".xlsx"), download.suggestedFilename());
        assertTrue(Files.size(xlsx) > 5_000, "exported workbook: " + Files.size(xlsx) + " bytes");

        // English
        Page english = platform.newPage();
        english.setDefaultTimeout(WAIT.toMillis());
        platform.signInAsAdminInEnglish(english);
        english.locator("vaadin-side-nav-item[data-route='registry/enterprises']").click();
        english.waitForURL("**/registry/enterprises");
        assertThat(english.locator("#registry-count")).containsText("3,001 enterprises");
        Browser.screenshot(english, "registry-enterprises-en");
        // English dates are ISO: 2018-05-20, not "May 20, 2018" nor 5/20/2018
        assertThat(english.locator("#registry-grid")).containsText("有限公司");
        assertThat(english.locator("#registry-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$"))).first()).isVisible();
        assertThat(english.locator("#registry-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("\\d{4}年"))).first()).hasCount(0);
        // a row opens the enterprise's page; its edit button the form
        Browser.clickGridCell(english, "#registry-grid", "有限公司");
        english.waitForURL(Pattern.compile(".*/registry/enterprises/[0-9A-Z]{18}$"));
        assertThat(english.locator("#registry-page-record")).containsText("Legal representative");
        english.locator("#registry-page-edit").click();
        assertThat(english.locator("vaadin-dialog-overlay")).containsText("Unified social credit code");
        assertThat(english.locator("vaadin-dialog-overlay")).containsText("Legal representative");
        assertTrue(english.locator("#registry-field-established input").inputValue().matches("\\d{4}-\\d{2}-\\d{2}"),
                english.locator("#registry-field-established input").inputValue());
        Browser.screenshot(english, "registry-detail-en");
        // a day-first date is accepted and shown as ISO (not saved: the dialog is closed without saving)
        english.locator("#registry-field-established input").fill("20/5/2018");
        english.locator("#registry-field-established input").press("Enter");
        assertThat(english.locator("#registry-field-established input")).hasValue("2018-05-20");
        // registered capital is money (YuanField): what is typed is read exactly and written back in one form
        english.locator("#registry-field-capital input").fill("1.005");
        english.locator("#registry-field-capital input").press("Tab");
        assertThat(english.locator("#registry-field-capital")).containsText("more than two decimals");
        english.locator("#registry-field-capital input").fill("12.5万");
        english.locator("#registry-field-capital input").press("Tab");
        assertThat(english.locator("#registry-field-capital input")).hasValue("125,000.00");
        assertThat(english.locator("#registry-field-capital")).not().containsText("more than two decimals");
        english.waitForTimeout(300);
        Browser.screenshot(english, "registry-detail-date-en");
        // the grade is shown, not edited in the registration form (it changes only with a reason)
        assertTrue(english.locator("#registry-field-credit").getAttribute("readonly") != null, "the grade is read-only");
        assertThat(english.locator("#registry-grade-adjust")).isVisible();
        english.locator("#registry-detail-close").click();
        // the page's facts tab: street and park, yearly figures, qualifications, credit marks
        english.locator("#tab-facts").click();
        assertThat(english.locator("#registry-facts-location")).containsText("Street");
        assertThat(english.locator("#registry-facts")).containsText("Yearly figures");
        assertThat(english.locator("#registry-facts")).containsText("Qualifications");
        Browser.screenshot(english, "registry-page-facts-en");
    }
}
