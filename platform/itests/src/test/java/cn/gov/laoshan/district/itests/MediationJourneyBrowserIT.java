package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * The mediation journey in Chromium: a mediator registers a labour case against an enterprise of the registry, the
 * group lead accepts and assigns it, the mediator records a session and the agreement, prints the agreement, and
 * the case counts on the dashboard.
 */
class MediationJourneyBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("mediation").build();

    @Test
    void aLabourCaseFromRegistrationToThePrintedAgreement() throws Exception {
        Page mediator = platform.newPage();
        platform.signIn(mediator, "lixiumei");
        mediator.navigate(platform.baseUrl() + "/mediation/cases/new");
        mediator.locator("#new-save").waitFor();
        Browser.selectItem(mediator, "new-type", "劳动争议");
        mediator.locator("#new-applicant-name input").fill("张三");
        mediator.locator("#new-applicant-id input").fill("37021219900101123X");
        mediator.locator("#new-applicant-phone input").fill("13800001111");
        mediator.locator("#new-respondent-enterprise input").fill("有限公司");
        mediator.locator("vaadin-combo-box-item").first().click(new Locator.ClickOptions().setForce(true));
        mediator.locator("#new-facts textarea").fill("申请人在被申请人处工作，被拖欠三个月工资共计24000元。");
        mediator.locator("#new-claims textarea").fill("支付拖欠工资");
        mediator.locator("#new-amount input").fill("24000");
        mediator.locator("#new-save").click();
        mediator.locator("#case-number, #new-error, #mediation-new [invalid]").first().waitFor();
        if (mediator.locator("#new-error, #mediation-new [invalid]").count() > 0) {
            Browser.screenshot(mediator, "mediation-register-refused");
            throw new AssertionError("registration refused: " + mediator.locator("#new-error, #mediation-new [invalid]").first().innerText());
        }
        assertThat(mediator.locator("#case-number")).containsText("崂调〔");
        assertThat(mediator.locator("#case-labour-note")).containsText("十五日");
        assertThat(mediator.locator("#mediation-case")).containsText("370212********123X");
        String caseUrl = Browser.savedRecordUrl(mediator);
        Browser.screenshot(mediator, "mediation-registered-zh");

        Page lead = platform.newPage();
        platform.signIn(lead, "wangjianguo");
        lead.navigate(caseUrl);
        lead.locator("#action-accept").click();
        assertThat(lead.locator("#case-state")).containsText("已受理");
        lead.locator("#action-assign").click();
        lead.locator("#dialog-mediator").click();
        lead.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("李秀梅")).first().click(new Locator.ClickOptions().setForce(true));
        lead.locator("#dialog-confirm").click();
        assertThat(lead.locator("#case-state")).containsText("已分派");

        mediator.navigate(caseUrl);
        mediator.locator("#action-session").click();
        mediator.locator("#dialog-session-place input").fill("崂山区社会治理中心调解室");
        mediator.locator("#dialog-session-attendees input").fill("张三、公司人事经理、调解员李秀梅");
        mediator.locator("#dialog-session-notes textarea").fill("双方同意分两期支付。");
        mediator.locator("#dialog-confirm").click();
        assertThat(mediator.locator("#case-state")).containsText("调解中");
        mediator.locator("#action-agree").click();
        mediator.locator("#dialog-terms textarea").fill("被申请人于2026年12月31日前分两期支付拖欠工资24000元。");
        mediator.locator("#dialog-amount input").fill("24000");
        mediator.locator("#dialog-confirm").click();
        assertThat(mediator.locator("#case-state")).containsText("达成协议");
        assertThat(mediator.locator("#case-timeline")).containsText("达成协议");
        Browser.screenshot(mediator, "mediation-agreed-zh");

        mediator.navigate(caseUrl + "/agreement");
        assertThat(mediator.locator("#mediation-agreement")).containsText("人民调解协议书");
        assertThat(mediator.locator("#mediation-agreement")).containsText("370212********123X");
        assertThat(mediator.locator("#mediation-agreement")).containsText("24,000.00");
        Browser.screenshot(mediator, "mediation-agreement-zh");

        mediator.navigate(platform.baseUrl() + "/");
        assertThat(mediator.locator("#mediation-widget")).containsText("本月调解成功", SLOW);
        Browser.screenshot(mediator, "mediation-dashboard-zh");
        assertTrue(mediator.locator("#mediation-widget svg").count() > 0, "the chart is drawn");
    }
}
