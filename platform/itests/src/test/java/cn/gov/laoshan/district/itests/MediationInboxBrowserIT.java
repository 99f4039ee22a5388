package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * What a mediator meets first (issue 13): a case assigned to her is announced in her bell, in words and labels (no
 * enum names), and stays in 我的案件 while its follow-up visit (履行回访) is pending; the case list finds a case by
 * number, party or enterprise and lists open, overdue cases first; the dashboard's figures open the list they count;
 * a case page leads back to the list; the chart has a value axis.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MediationInboxBrowserIT {

    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);
    /** Enum names that must never reach a screen. */
    private static final Pattern RAW = Pattern.compile("\\b(LABOUR|PROPERTY|ENTERPRISE|ARREARS|WALK_IN|ONLINE|HOTLINE|"
            + "COURT_REFERRAL|DEPARTMENT_REFERRAL|IN_MEDIATION|AGREED)\\b|\\bmediation\\b|\\breminders\\b");

    private static final Pattern OPEN = Pattern.compile("已登记|已受理|已分派|调解中");

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("mediation").build();

    static String caseNumber;
    static String caseUrl;

    @Test
    @Order(1)
    void anAssignedCaseIsAnnouncedAndStaysInMyCasesUntilItsFollowUp() {
        Page mediator = platform.newPage();
        platform.signIn(mediator, "lixiumei");
        Browser.open(mediator, platform.url("/mediation/cases/new"), "#new-save");
        Browser.selectItem(mediator, "new-type", "劳动争议");
        Browser.selectItem(mediator, "new-channel", "来访");
        mediator.locator("#new-applicant-name input").fill("欧阳明远");
        mediator.locator("#new-respondent-enterprise input").fill("有限公司");
        mediator.locator("vaadin-combo-box-item").first().click(new Locator.ClickOptions().setForce(true));
        mediator.locator("#new-facts textarea").fill("申请人被拖欠两个月工资。");
        mediator.locator("#new-save").click();
        mediator.locator("#case-number, #new-error").first().waitFor();
        assertEquals(0, mediator.locator("#new-error").count(), "registration refused");
        caseNumber = mediator.locator("#case-number").innerText().trim();
        caseUrl = Browser.savedRecordUrl(mediator);
        // the timeline names the intake channel by its label
        assertThat(mediator.locator("#case-timeline")).containsText("来访");
        assertFalse(RAW.matcher(mediator.locator("#case-timeline").innerText()).find(),
                mediator.locator("#case-timeline").innerText());

        Page lead = platform.newPage();
        platform.signIn(lead, "wangjianguo");
        Browser.open(lead, caseUrl, "#action-accept");
        lead.locator("#action-accept").click();
        assertThat(lead.locator("#case-state")).containsText("已受理");
        lead.locator("#action-assign").click();
        lead.locator("#dialog-mediator").click();
        lead.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("李秀梅")).first()
                .click(new Locator.ClickOptions().setForce(true));
        lead.locator("#dialog-confirm").click();
        assertThat(lead.locator("#case-state")).containsText("已分派");

        // the mediator is told at once, in words
        Browser.open(mediator, platform.url("/"), "#district-bell-button");
        assertThat(mediator.locator("#district-bell-count")).isVisible();
        mediator.locator("#district-bell-button").click();
        Locator inbox = mediator.locator("vaadin-dialog-overlay");
        assertThat(inbox).containsText("新案件已分派给您：" + caseNumber, SLOW);
        assertThat(inbox).containsText("劳动争议");
        assertThat(inbox).containsText("矛盾纠纷调解");
        assertFalse(RAW.matcher(inbox.innerText()).find(), inbox.innerText());
        // the inbox lists what the bell counts: the unread ones
        int badge = Integer.parseInt(mediator.locator("#district-bell-count").innerText().trim());
        assertEquals(badge, inbox.locator(".district-inbox-mark-read:visible").count(), "badge and unread rows agree");
        Browser.screenshot(mediator, "mediation-assigned-notice-zh");
        mediator.keyboard().press("Escape");

        // agreed: the follow-up visit is still hers to make, so the case stays in 我的案件
        Browser.open(mediator, caseUrl, "#action-session");
        mediator.locator("#action-session").click();
        mediator.locator("#dialog-session-place input").fill("调解室");
        mediator.locator("#dialog-session-attendees input").fill("双方当事人");
        mediator.locator("#dialog-confirm").click();
        assertThat(mediator.locator("#case-state")).containsText("调解中");
        mediator.locator("#action-agree").click();
        mediator.locator("#dialog-terms textarea").fill("被申请人一次性支付拖欠工资。");
        mediator.locator("#dialog-confirm").click();
        assertThat(mediator.locator("#case-state")).containsText("达成协议");
        Browser.open(mediator, platform.url("/mediation/mine"), "#mediation-mine vaadin-grid");
        assertThat(mediator.locator("#mediation-mine")).containsText(caseNumber, SLOW);
        Browser.screenshot(mediator, "mediation-mine-follow-up-zh");

        // the way back from the case to the list
        Browser.open(mediator, caseUrl, "#district-back");
        mediator.locator("#district-back").click();
        mediator.waitForURL("**/mediation/cases");
        assertThat(mediator.locator("#mediation-cases")).isVisible();
    }

    @Test
    @Order(2)
    void theCaseListFindsByNumberPartyOrEnterpriseAndListsOpenOverdueCasesFirst() {
        Page lead = platform.newPage();
        platform.signIn(lead, "wangjianguo");
        Browser.open(lead, platform.url("/mediation/cases"), "#cases-search");
        // unsorted, open cases come first (the most overdue on top; the data test checks that order on both
        // databases): in the rendered rows no open state follows a closed one
        assertThat(lead.locator("#mediation-cases vaadin-grid-cell-content span[theme~='badge']").first())
                .isVisible();
        List<String> states = lead.locator("#mediation-cases vaadin-grid-cell-content span[theme~='badge']")
                .allInnerTexts().stream().filter(t -> t.matches("已登记|已受理|已分派|调解中|达成协议|不予受理|调解不成|已撤回|已回访|已结案"))
                .toList();
        assertTrue(states.size() > 8, states.toString());
        assertTrue(OPEN.matcher(states.get(0)).matches(), states.toString());
        int firstClosed = states.indexOf(states.stream().filter(t -> !OPEN.matcher(t).matches()).findFirst().orElseThrow());
        assertTrue(states.subList(firstClosed, states.size()).stream().noneMatch(t -> OPEN.matcher(t).matches()),
                states.toString());
        // filters carry labels, not placeholders only
        for (String label : List.of("搜索", "类型", "状态")) {
            assertThat(lead.locator("#mediation-cases vaadin-horizontal-layout")).containsText(label);
        }
        Browser.screenshot(lead, "mediation-cases-search-zh");

        for (String text : List.of(caseNumber.substring(caseNumber.length() - 6, caseNumber.length() - 1), "欧阳明远",
                "有限公司")) {
            lead.locator("#cases-search input").fill(text);
            assertThat(lead.locator("#mediation-cases vaadin-grid")).containsText(caseNumber, SLOW);
        }
        lead.locator("#cases-search input").fill("欧阳明远");
        assertThat(lead.locator("#mediation-cases")).containsText("共 1 件", SLOW);
        lead.locator("#cases-search input").fill("不存在的当事人");
        assertThat(lead.locator("#mediation-cases")).containsText("共 0 件", SLOW);
        // a % is a character, not a wildcard
        lead.locator("#cases-search input").fill("%");
        assertThat(lead.locator("#mediation-cases")).containsText("共 0 件", SLOW);
    }

    @Test
    @Order(3)
    void dashboardFiguresOpenTheListTheyCountAndTheChartHasAValueAxis() {
        Page lead = platform.newPage();
        platform.signIn(lead, "wangjianguo");
        Browser.open(lead, platform.url("/"), "#mediation-figure-overdue");
        String overdue = lead.locator("#mediation-figure-overdue .district-figure-number").innerText().trim();
        assertTrue(lead.locator("#mediation-widget svg .value-axis text").count() >= 2, "value axis ticks");
        Browser.screenshot(lead, "mediation-dashboard-zh");
        lead.locator("#mediation-figure-overdue a").click();
        lead.waitForURL("**/mediation/cases?overdue");
        assertThat(lead.locator("#filter-overdue")).hasAttribute("checked", "");
        assertThat(lead.locator("#mediation-cases")).containsText("共 " + overdue + " 件", SLOW);

        Browser.open(lead, platform.url("/"), "#mediation-figure-open");
        String open = lead.locator("#mediation-figure-open .district-figure-number").innerText().trim();
        lead.locator("#mediation-figure-open a").click();
        lead.waitForURL("**/mediation/cases?open");
        assertThat(lead.locator("#mediation-cases")).containsText("共 " + open + " 件", SLOW);
    }

    @Test
    @Order(4)
    void inEnglishAt1280And1400() {
        Page lead = platform.newPage();
        platform.signInInEnglish(lead, "wangjianguo");
        for (int width : new int[] {1280, 1400}) {
            lead.setViewportSize(width, 860);
            Browser.open(lead, platform.url("/mediation/cases"), "#cases-search");
            assertThat(lead.locator("#mediation-cases")).containsText("Search");
            Browser.screenshot(lead, "mediation-cases-search-en-" + width);
            Browser.open(lead, platform.url("/"), "#mediation-figure-overdue");
            Browser.screenshot(lead, "mediation-dashboard-en-" + width);
        }
        lead.setViewportSize(1400, 860);
        Page zh = platform.newPage();
        platform.signIn(zh, "wangjianguo");
        zh.setViewportSize(1400, 860);
        Browser.open(zh, platform.url("/mediation/cases"), "#cases-search");
        Browser.screenshot(zh, "mediation-cases-search-zh-1400");
        Browser.open(zh, caseUrl, "#district-back");
        Browser.screenshot(zh, "mediation-case-back-zh-1400");
    }
}
