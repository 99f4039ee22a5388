package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.audit.domain.AuditEntry;
import cn.gov.laoshan.district.audit.domain.AuditFilter;
import cn.gov.laoshan.district.audit.service.AuditQuery;
import cn.gov.laoshan.district.identity.service.SeedData;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * Issue 16 item 5 in Chromium: market staff (the demo user liuyang, 市场主体库维护员, holding registry.facts.edit and
 * registry.facts.import) edit an enterprise's facts on its page — a refused figure shows its problem at the field and
 * changes nothing; leaving the page with it unsaved (even from another tab) asks first; a good one shows in the grid
 * and in the page's history (变更记录); the credit grade is refused without a reason (at the reason field) and set
 * with one, and the record tab shows it. On 事实导入 a fact file with a bad row is reported row by row and changes
 * nothing, a good one is written, audited and in the enterprises' histories. Screenshots in both languages.
 */
class EnterpriseFactsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().build();

    private static String page(String uscc) {
        return platform.baseUrl() + "/registry/enterprises/" + uscc;
    }

    @Test
    void anEnterpriseWithoutFiguresSaysSoInsteadOfAnEmptyGrid() {
        EnterpriseRegistry registry = platform.testPlatform().runtime().service(EnterpriseRegistry.class).orElseThrow();
        Enterprise fresh = new Enterprise(Uscc.withCheck("91370212MA3KQ7FX8"), "青岛无指标测试科技有限公司", "有限责任公司",
                "于海", new BigDecimal("1000000"), LocalDate.of(2026, 3, 1), "山东省青岛市崂山区秦岭路6号", "I6510",
                EnterpriseStatus.EXISTING, null, EnterpriseSize.MICRO);
        platform.testPlatform().runtime().service(AccessControl.class).orElseThrow().asSystem(() -> {
            registry.create(fresh);
            return null;
        });
        Page page = platform.newPage();
        page.setDefaultTimeout(WAIT.toMillis());
        platform.signInAsAdmin(page);
        Browser.open(page, page(fresh.uscc().value()), "#registry-page-record");
        page.locator("#tab-facts").click();
        assertThat(page.locator("#registry-facts-figures-none")).hasText("无");
        assertThat(page.locator("#registry-facts-figures")).hasCount(0);
    }

    /** Opens the fact form {@code id} on the facts tab (a folded section of the page) until its field shows. */
    private static void openForm(Page page, String id, String field) {
        for (int attempt = 1;; attempt++) {
            page.locator("#" + id + " vaadin-details-summary").click();
            try {
                page.locator(field).waitFor(new Locator.WaitForOptions().setTimeout(5_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                if (attempt == 4) {
                    throw notYet;
                }
            }
        }
    }

    @Test
    void marketStaffEditFactsOnThePageGuardedAgainstLeavingAndSeeTheirHistory() throws Exception {
        Page page = platform.newPage();
        page.setDefaultTimeout(WAIT.toMillis());
        if (platform.signIn(page, "liuyang")) {
            Browser.changePassword(page, platform.testPlatform().demoPassword("liuyang"), "Test-" + UUID.randomUUID());
        }
        Browser.open(page, page(SeedData.HAILAN), "#registry-page-record");
        page.locator("#tab-facts").click();
        assertThat(page.locator("#registry-facts-figures")).isVisible();
        assertThat(page.locator("#registry-facts-grade")).containsText("A");
        assertThat(page.locator("#registry-facts-history")).containsText("变更记录");

        // a negative R&D spending: refused by the service, its problem under the value field, nothing written
        openForm(page, "registry-figure-form", "#registry-figure-value");
        Browser.selectItem(page, "registry-figure-kind", "研发投入");
        page.locator("#registry-figure-year input").fill("2025");
        page.locator("#registry-figure-value input").fill("-5");
        page.locator("#registry-figure-source input").fill("企业自报（浏览器测试）");
        page.locator("#registry-figure-as-of input").fill("2026/3/31");
        page.locator("#registry-figure-as-of input").press("Enter");
        page.locator("#registry-figure-form-save").click();
        assertThat(page.locator("#registry-figure-value")).hasAttribute("invalid", "");
        assertThat(page.locator("#registry-figure-value")).containsText("数值不能为负数。");
        Browser.screenshot(page, "registry-facts-figure-refused-zh");

        // leaving with the unsaved figure (from another tab of the page): asked first; staying keeps what was typed
        page.locator("#tab-record").click();
        page.locator("#registry-page-back").click();
        assertThat(page.locator("#unsaved-stay")).isVisible();
        Browser.screenshot(page, "registry-facts-unsaved-zh");
        page.locator("#unsaved-stay").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/registry/enterprises/" + SeedData.HAILAN + "$"));
        page.locator("#tab-facts").click();
        assertThat(page.locator("#registry-figure-value input")).hasValue("-5");

        // corrected: saved, in the grid and in the history (who, what, before → after)
        page.locator("#registry-figure-value input").fill("1234567");
        page.locator("#registry-figure-form-save").click();
        assertThat(page.locator("#registry-facts-figures")).containsText("企业自报（浏览器测试）");
        Locator history = page.locator("#registry-facts-history .district-timeline-entry");
        assertThat(history.first()).containsText("年度指标");
        assertThat(history.first()).containsText("2025年 研发投入");
        assertThat(history.first()).containsText("123.46万元");
        assertThat(history.first()).containsText("来源：企业自报（浏览器测试）");

        // the grade without a reason: refused at the reason field, the grade stays A
        openForm(page, "registry-grade-form", "#registry-grade-reason");
        Browser.selectItem(page, "registry-grade", "B");
        page.locator("#registry-grade-form-save").click();
        assertThat(page.locator("#registry-grade-reason")).hasAttribute("invalid", "");
        assertThat(page.locator("#registry-grade-reason")).containsText("请填写理由。");
        assertThat(page.locator("#registry-facts-grade")).containsText("A");
        Browser.screenshot(page, "registry-facts-grade-no-reason-zh");
        // with a reason: set, shown on the facts tab, in the history and in the record
        page.locator("#registry-grade-reason textarea").fill("2025年度纳税信用评价为B级（浏览器测试）");
        page.locator("#registry-grade-form-save").click();
        assertThat(page.locator("#registry-facts-grade")).containsText("B");
        assertThat(history.first()).containsText("信用等级");
        assertThat(history.first()).containsText("A → B；理由：2025年度纳税信用评价为B级（浏览器测试）");
        page.waitForTimeout(500);
        Browser.screenshot(page, "registry-facts-edit-zh");
        page.locator("#registry-facts-history").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "registry-facts-history-zh");
        page.locator("#tab-record").click();
        assertThat(page.locator("#registry-page-record [data-field=credit]")).hasText("B");

        // a discarded form and nothing else unsaved: the page is left without a question
        page.locator("#tab-facts").click();
        openForm(page, "registry-location-form", "#registry-location-park");
        page.locator("#registry-location-park input").fill("崂山科技园（未保存）");
        page.locator("#registry-location-park input").press("Tab");
        page.locator("#registry-location-form-discard").click();
        // the same link as before "stay" (a pending postponed navigation made Vaadin skip it: vaadin/flow#16984)
        page.locator("#registry-page-back").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/registry/enterprises$"));
        assertThat(page.locator("#unsaved-stay")).hasCount(0);

        // English: the same tab and its forms in English (the administrator holds every permission)
        Page english = platform.newPage();
        english.setDefaultTimeout(WAIT.toMillis());
        platform.signInAsAdminInEnglish(english);
        Browser.open(english, page(SeedData.HAILAN), "#registry-page-record");
        english.locator("#tab-facts").click();
        assertThat(english.locator("#registry-facts")).containsText("Yearly figures");
        assertThat(english.locator("#registry-facts-grade")).containsText("B");
        assertThat(english.locator("#registry-facts-figures")).containsText("企业自报（浏览器测试）");
        assertThat(english.locator("#registry-facts-history")).containsText("A → B; Reason: 2025年度纳税信用评价为B级（浏览器测试）");
        openForm(english, "registry-grade-form", "#registry-grade-reason");
        english.locator("#registry-grade-form-save").click();
        assertThat(english.locator("#registry-grade-reason")).containsText("A reason is required.");
        english.waitForTimeout(300);
        Browser.screenshot(english, "registry-facts-grade-no-reason-en");
        english.locator("#registry-grade-form-discard").click();
        assertThat(english.locator(".registry-facts-figure-correct").first()).isVisible();
        english.waitForTimeout(300);
        Browser.screenshot(english, "registry-facts-edit-en");
        assertThat(english.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("the problem has been logged"))).hasCount(0);
    }

    @Test
    void aFactFileWithABadRowIsReportedRowByRowAndChangesNothingAGoodOneIsWrittenAndAudited() throws Exception {
        EnterpriseFactsService facts = platform.testPlatform().runtime().service(EnterpriseFactsService.class).orElseThrow();
        AccessControl access = platform.testPlatform().runtime().service(AccessControl.class).orElseThrow();
        Uscc mingde = Uscc.parse(SeedData.MINGDE);
        String source = "区统计局（导入浏览器测试）";
        String good = "统一社会信用代码,指标,年度,数值,来源,截至日期\n"
                + SeedData.MINGDE + ",出口额,2025,3500000,\"" + source + "\",2026-04-30\n"
                + SeedData.HAILAN + ",出口额,2025,1800000,\"" + source + "\",2026-04-30\n";
        Path dir = Files.createTempDirectory("fact-import");
        Path bad = Files.writeString(dir.resolve("出口额-有误.csv"), good + SeedData.HAILAN + ",出口额,2024,-1,\"" + source
                + "\",2026-04-30\n", StandardCharsets.UTF_8);
        Path fine = Files.writeString(dir.resolve("出口额.csv"), good, StandardCharsets.UTF_8);

        Page page = platform.newPage();
        page.setDefaultTimeout(WAIT.toMillis());
        if (platform.signIn(page, "liuyang")) {
            Browser.changePassword(page, platform.testPlatform().demoPassword("liuyang"), "Test-" + UUID.randomUUID());
        }
        Browser.open(page, platform.baseUrl() + "/registry/facts/import", "#registry-fact-import-kind");
        assertThat(page.locator("#registry-fact-import-columns")).containsText("截至日期");
        // each kind its columns and its template
        Browser.selectItem(page, "registry-fact-import-kind", "信用等级");
        assertThat(page.locator("#registry-fact-import-columns")).containsText("理由（每行必填");
        com.microsoft.playwright.Download template = page.waitForDownload(() -> page.locator("#registry-fact-import-template").click());
        assertTrue(template.suggestedFilename().equals("信用等级导入模板.xlsx"), template.suggestedFilename());
        assertTrue(Files.size(template.path()) > 0);
        Browser.selectItem(page, "registry-fact-import-kind", "年度指标");

        // one bad row: the report lists it by row and field, nothing is written
        page.locator("#registry-fact-import input[type=file]").setInputFiles(bad);
        assertThat(page.locator("#registry-facts-import-summary")).containsText("未导入任何数据");
        assertThat(page.locator("#registry-facts-import-problems")).containsText("数值");
        assertThat(page.locator("#registry-facts-import-problems vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^4$")))).hasCount(1);
        Browser.screenshot(page, "registry-fact-import-refused-zh");
        page.locator("#registry-facts-import-report-close").click();
        // the modal report closed by the server first: while it is open the rest of the view is inert
        assertThat(page.locator("#registry-facts-import-summary")).hasCount(0);
        assertThat(page.locator("#registry-fact-import-result")).containsText("未写入任何数据");
        assertTrue(access.asSystem(() -> facts.facts(mingde)).figures().stream().noneMatch(f -> source.equals(f.source())),
                "nothing written");

        // the good file: written, audited, in the enterprise's history
        page.locator("#registry-fact-import input[type=file]").setInputFiles(fine);
        assertThat(page.locator("#registry-fact-import-result")).containsText("已导入");
        assertThat(page.locator("#registry-fact-import-result")).containsText("2 行");
        Browser.screenshot(page, "registry-fact-import-zh");
        YearlyFigure written = access.asSystem(() -> facts.facts(mingde)).figure(FigureKind.EXPORT_VALUE, 2025).orElseThrow();
        assertTrue(written.value().compareTo(new BigDecimal("3500000")) == 0 && source.equals(written.source()), written.toString());
        AuditQuery audit = platform.testPlatform().runtime().service(AuditQuery.class).orElseThrow();
        List<AuditEntry> imported = access.asSystem(() -> audit.find(new AuditFilter(null, "registry", "facts.import", null, null),
                0, 100));
        assertTrue(imported.stream().anyMatch(e -> "出口额.csv".equals(e.objectId()) && "liuyang".equals(e.actorLogin())),
                imported.toString());
        assertTrue(imported.stream().noneMatch(e -> "出口额-有误.csv".equals(e.objectId())), imported.toString());
        Browser.open(page, page(SeedData.MINGDE), "#registry-page-record");
        page.locator("#tab-facts").click();
        assertThat(page.locator("#registry-facts-history .district-timeline-entry").first()).containsText("文件 出口额.csv");

        // in English: the screen, its kinds and columns
        Page english = platform.newPage();
        english.setDefaultTimeout(WAIT.toMillis());
        platform.signInAsAdminInEnglish(english);
        Browser.open(english, platform.baseUrl() + "/registry/facts/import", "#registry-fact-import-kind");
        assertThat(english.locator("#registry-fact-import-view")).containsText("whole or not at all");
        Browser.selectItem(english, "registry-fact-import-kind", "Qualifications");
        assertThat(english.locator("#registry-fact-import-columns")).containsText("valid until");
        english.waitForTimeout(300);
        Browser.screenshot(english, "registry-fact-import-en");
    }
}
