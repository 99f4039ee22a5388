package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * Layout at 1280 and 1400 px in both languages (issue 13, item 7): nothing the user must read is cut — measured,
 * not looked at: an element whose content is wider than its box ({@code scrollWidth > clientWidth}) is cut — side
 * navigation labels, grid headers, the plugins screen's routes and permissions, the housing plan's buttons; each
 * date of the housing items table on one line; one scrollbar in the navigation; the meeting's issue picker wide
 * enough; a favicon; the dashboard's platform card names plugins in the UI language. Screenshots of each.
 */
class LayoutBrowserIT {

    private static final int[] WIDTHS = {1280, 1400};
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("mediation").plugin("housing")
            .build();

    /** The elements of {@code selector} (in the light DOM) whose content is wider than their box, as text. */
    @SuppressWarnings("unchecked")
    private static List<String> cut(Page page, String selector) {
        return (List<String>) page.evaluate("s => Array.from(document.querySelectorAll(s))"
                + ".filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)"
                + ".map(e => e.textContent.trim() + ' (' + e.scrollWidth + '>' + e.clientWidth + ')')", selector);
    }

    /**
     * What scrolls in the navigation drawer: "" when only the nav's scroller may (the drawer's content fits it),
     * else the drawer's and the scroller's measures (a second scrollbar beside the nav's own).
     */
    private static String drawerScrolls(Page page) {
        return (String) page.evaluate("() => { const d = document.querySelector('vaadin-app-layout').shadowRoot"
                + ".querySelector('[part=drawer]'); const s = document.getElementById('district-nav-scroller');"
                + "const cs = getComputedStyle(d);"
                + "return d.scrollHeight > d.clientHeight + 1 && cs.overflowY !== 'hidden' || s.offsetTop + s.offsetHeight"
                + " > d.clientHeight + 1 ? 'drawer ' + d.scrollHeight + '/' + d.clientHeight + ' ' + cs.display + ' '"
                + " + cs.overflowY + ', scroller ' + s.offsetTop + '+' + s.offsetHeight + ' ' + getComputedStyle(s).flex"
                + " : ''; }");
    }

    @Test
    void theAdministratorsNavigationDashboardAndPluginsScreenInBothLanguages() {
        for (boolean english : new boolean[] {false, true}) {
            Page page = platform.newPage();
            if (english) {
                platform.signInAsAdminInEnglish(page);
            } else {
                platform.signInAsAdmin(page);
            }
            String lang = english ? "en" : "zh";
            for (int width : WIDTHS) {
                page.setViewportSize(width, 800);
                Browser.open(page, platform.url("/"), ".district-nav-label");
                assertThat(page.locator("#platform-status, .district-card").first()).isVisible();
                page.waitForTimeout(500);
                Browser.screenshot(page, "layout-dashboard-" + lang + "-" + width);
                assertEquals(List.of(), cut(page, ".district-nav-label"), "navigation labels cut at " + width);
                assertEquals("", drawerScrolls(page), "the drawer scrolls besides the nav at " + width);

                Browser.open(page, platform.url("/console/plugins"), "#console-plugin-grid vaadin-grid-cell-content");
                // a plugin's screens and permissions in full in its row's details
                Browser.clickGridCell(page, "#console-plugin-grid", english ? "Dispute mediation" : "矛盾纠纷调解");
                assertThat(page.locator(".district-plugin-details")).containsText("mediation/cases/:id", SLOW);
                page.waitForTimeout(1000);
                Browser.screenshot(page, "layout-console-plugins-" + lang + "-" + width);
                assertEquals(List.of(), cut(page, ".district-lines span"), "plugin routes or permissions cut");
                assertEquals(List.of(), cut(page, "#console-plugin-grid vaadin-grid-cell-content"), "plugin grid cut");
                assertEquals(List.of(), cut(page, ".district-nav-label"));

                Browser.open(page, platform.url("/identity/roles"), "vaadin-grid vaadin-grid-cell-content");
                page.waitForTimeout(500);
                assertEquals(List.of(), cut(page, "vaadin-grid-cell-content"), "roles grid cut at " + width);
                Browser.screenshot(page, "layout-roles-" + lang + "-" + width);
            }
            if (english) {
                // the platform card names the plugins in English
                Browser.open(page, platform.url("/"), ".district-plugin-row");
                assertThat(page.locator(".district-card").filter(new Locator.FilterOptions().setHas(
                        page.locator(".district-plugin-row")))).containsText("Dispute mediation", SLOW);
                assertThat(page.locator(".district-plugin-row").first()).not().containsText("矛盾纠纷调解");
                assertThat(page.locator("#district-nav")).containsText("Roles and permissions");
            }
            // a favicon the browser finds
            String icon = page.locator("link[rel=icon]").first().getAttribute("href");
            APIResponse response = page.request().get(platform.url("/" + icon));
            assertEquals(200, response.status(), icon);
            assertTrue(response.headers().getOrDefault("content-type", "").contains("svg"), response.headers().toString());
        }
    }

    @Test
    void theHousingPlanAndTheMeetingDialogInBothLanguages() {
        for (boolean english : new boolean[] {false, true}) {
            Page page = platform.newPage();
            if (english) {
                platform.signInInEnglish(page, "zhanghua");
            } else {
                platform.signIn(page, "zhanghua");
            }
            String lang = english ? "en" : "zh";
            Browser.open(page, platform.url("/housing/projects"), "#housing-projects vaadin-grid-cell-content");
            assertThat(page.locator("#housing-projects vaadin-grid")).containsText(english ? "¥" : "万元", SLOW);
            Browser.clickGridCell(page, "#housing-projects vaadin-grid", "崂山");
            // the grid keeps recycled rows hidden in the DOM: wait for a date that shows, not the first in the DOM
            page.locator("#plan-items .housing-date:visible").first().waitFor();
            // Vaadin shows the new view before the browser's address follows (history.pushState after the DOM
            // changes): read the address once it names the project, or the "reload" below opens the list again
            page.waitForURL(java.util.regex.Pattern.compile(".*/housing/projects/\\d+.*"));
            String project = page.url();
            for (int width : WIDTHS) {
                page.setViewportSize(width, 900);
                Browser.open(page, project, "#plan-items .housing-date:visible");
                page.waitForTimeout(500);
                // every date on one line: one line box per date
                Object wrapped = page.evaluate("() => Array.from(document.querySelectorAll('#plan-items .housing-date'))"
                        + ".filter(e => e.getClientRects().length > 1).map(e => e.textContent)");
                Browser.screenshot(page, "layout-housing-plan-" + lang + "-" + width);
                page.locator("#plan-items").scrollIntoViewIfNeeded();
                page.waitForTimeout(300);
                page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots",
                        "layout-housing-items-" + lang + "-" + width + ".png")));
                assertEquals(List.of(), wrapped, "dates broken over two lines at " + width);
                // the plan's buttons are not clipped
                assertEquals(List.of(), cut(page, "#plan-items vaadin-grid-cell-content"), "cells cut at " + width);
                assertThat(page.locator("#district-back")).isVisible();
            }
            if (!english) {
                // the housing card: a value axis, and its figures open the lists they count
                Browser.open(page, platform.url("/"), "#housing-figure-issues-resolved");
                assertTrue(page.locator("#housing-widget svg .value-axis text").count() >= 2, "value axis ticks");
                page.locator("#housing-figure-issues-resolved a").click();
                page.waitForURL("**/housing/issues?resolved");
                assertThat(page.locator("#filter-open")).not().hasAttribute("checked", "");
            }
            Browser.open(page, platform.url("/housing/meetings"), "#meeting-hold");
            Browser.openDialog(page, "meeting-hold", "#meeting-host input");
            double width = ((Number) page.evaluate("() => document.querySelector('#action-issue-0')"
                    + ".getBoundingClientRect().width")).doubleValue();
            assertTrue(width >= 300, "the issue picker is " + width + " px wide");
            page.locator("#action-issue-0 input").click();
            page.waitForTimeout(800);
            Browser.screenshot(page, "layout-meeting-issue-picker-" + lang);
            page.keyboard().press("Escape");
        }
    }
}
