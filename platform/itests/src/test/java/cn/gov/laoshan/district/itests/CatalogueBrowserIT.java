package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.plugins.PluginJar;
import cn.gov.laoshan.district.identity.domain.Department;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;
import cn.gov.laoshan.district.identity.service.IdentityService;
import cn.gov.laoshan.district.identity.service.SeedData;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;
import cn.gov.laoshan.district.testkit.PluginJars;

/**
 * Departments install their own plugins (issue 27), in a browser: the platform administrator approves the hello test
 * plugin (department {@code office}) after its dry run; the office's administrator — the demo's 部门管理员 role,
 * nothing else — installs it from 插件目录, and its screen appears for the office's staff; a newer version, found in
 * a plugin repository (a directory) registered on the screen, is reviewed with its signature status, approved,
 * marked, applied, then rolled back.
 */
class CatalogueBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().build();

    private static LocatorAssertions.ContainsTextOptions patiently() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT.toMillis());
    }

    private static LocatorAssertions.IsVisibleOptions visible() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT.toMillis());
    }

    private static void settle(Page page) {
        page.waitForTimeout(1000);
    }

    private static IdentityService identity() {
        return platform.runtime().service(IdentityService.class).orElseThrow();
    }

    private static AccessControl access() {
        return platform.runtime().service(AccessControl.class).orElseThrow();
    }

    /** A member of staff of the office with {@code roles}, signed in on a page of their own (password set). */
    private static Page officeStaff(String login, String name, List<String> roles) {
        String initial = access().asSystem(() -> identity().createUser(new User(login, name, UserKind.STAFF, "office",
                null, null, null, UserStatus.ACTIVE, true, null, 0, null), roles));
        Page page = platform.newPage();
        if (Browser.signIn(page, platform.baseUrl(), login, initial)) {
            Browser.changePassword(page, initial, "Office-" + java.util.UUID.randomUUID());
        }
        return page;
    }

    /** The administrator uploads a jar on 插件目录, looks at its review, writes notes and approves it. */
    private static void approve(Page admin, String artifact, String department, String notes, String screenshot) {
        admin.navigate(platform.baseUrl() + "/console/catalogue");
        assertThat(admin.locator("#console-catalogue-grid")).isVisible(visible());
        admin.locator("#console-catalogue-upload input[type=file]").setInputFiles(PluginJars.named(artifact));
        assertThat(admin.locator("#console-catalogue-approve")).isVisible(visible());
        assertThat(admin.locator("vaadin-dialog-overlay")).containsText("cn.gov.laoshan.district.api.plugin");
        if (department != null) {
            admin.locator("#console-catalogue-department input").fill(department);
        }
        admin.locator("#console-catalogue-notes textarea").fill(notes);
        settle(admin);
        Browser.screenshot(admin, screenshot);
        admin.locator("#console-catalogue-approve").click();
        assertThat(admin.locator("vaadin-notification-card").last()).containsText("已批准 cn.gov.laoshan.district.test.hello",
                patiently());
    }

    @Test
    void aDepartmentInstallsUpdatesAndRollsBackItsApprovedPlugin() throws Exception {
        access().asSystem(() -> {
            identity().saveDepartment(new Department("office", "区办公室", "District Office", "laoshan", 90), true);
            return null;
        });
        Page admin = platform.newPage();
        platform.signInAsAdmin(admin);

        // 1. the platform administrator approves 1.0.0 for the office, after the dry run's verdict
        approve(admin, "district-test-plugin-hello", "office", "首个版本：问候页面", "catalogue-review-zh");
        assertThat(admin.locator("#console-catalogue-grid")).containsText("可安装", patiently());

        // 2. the office's administrator (the demo's department-admin role only) installs it in one action
        Page officeAdmin = officeStaff("office-admin", "办公室管理员", List.of(SeedData.DEPARTMENT_ADMIN));
        officeAdmin.navigate(platform.baseUrl() + "/console/catalogue");
        assertThat(officeAdmin.locator("#console-catalogue-grid")).containsText("首个版本：问候页面", patiently());
        settle(officeAdmin);
        Browser.screenshot(officeAdmin, "catalogue-department-zh");
        officeAdmin.locator("#console-catalogue-install-hello-1-0-0").click();
        assertThat(officeAdmin.locator("vaadin-notification-card").last()).containsText("已安装 hello 1.0.0",
                patiently());
        assertThat(officeAdmin.locator("#console-catalogue-grid")).containsText("已安装", patiently());

        // 3. its screen appears for the office's staff who hold its permission
        access().asSystem(() -> {
            identity().saveRole(new Role("hello-reader", "问候查阅", "Hello reader", RoleScope.OWN, null, false,
                    Set.of("hello.view")), true);
            return null;
        });
        Page clerk = officeStaff("office-clerk", "办公室职员", List.of("hello-reader"));
        assertThat(clerk.locator("vaadin-side-nav-item[data-route='hello/greeting']")).isVisible(visible());
        assertThat(clerk.locator("vaadin-side-nav-item[data-route='hello/news']")).hasCount(0);

        // 4. 2.0.0 found in a plugin repository (a directory on the server) registered on the screen, reviewed and
        // approved from there (the department is the installed plugin's, fixed); the office sees it offered and applies it
        Path repository = Files.createTempDirectory("catalogue-repository");
        Files.copy(PluginJars.named("district-test-plugin-hello-v2"), repository.resolve("hello-2.0.0.jar"));
        String v2 = PluginJar.sha256(repository.resolve("hello-2.0.0.jar"));
        admin.navigate(platform.baseUrl() + "/console/catalogue");
        assertThat(admin.locator("#console-catalogue-grid")).containsText("未签名", patiently());
        admin.locator("#console-repository-location input").fill(repository.toString());
        admin.locator("#console-repository-add").click();
        assertThat(admin.locator("#console-repositories-grid")).containsText(repository.toString(), patiently());
        admin.locator("#console-repository-read").click();
        assertThat(admin.locator("#console-repository-candidates")).containsText("可审核批准", patiently());
        assertThat(admin.locator("#console-repository-candidates")).containsText("office");
        settle(admin);
        Browser.screenshot(admin, "catalogue-repository-zh");
        admin.locator("#console-repository-review-" + v2.substring(0, 12)).click();
        assertThat(admin.locator("#console-catalogue-approve")).isVisible(visible());
        assertThat(admin.locator("#console-catalogue-review-signature")).containsText("未签名");
        admin.locator("#console-catalogue-notes textarea").fill("新增新闻页面");
        settle(admin);
        Browser.screenshot(admin, "catalogue-review-update-zh");
        admin.locator("#console-catalogue-approve").click();
        assertThat(admin.locator("vaadin-notification-card").last()).containsText(
                "已批准 cn.gov.laoshan.district.test.hello", patiently());
        admin.navigate(platform.baseUrl() + "/console/plugins");
        assertThat(admin.locator(".district-plugin-newer[data-plugin='hello']")).containsText("有新版本 2.0.0",
                patiently());
        officeAdmin.navigate(platform.baseUrl() + "/console/catalogue");
        assertThat(officeAdmin.locator("#console-catalogue-grid")).containsText("可更新（当前 1.0.0）", patiently());
        settle(officeAdmin);
        Browser.screenshot(officeAdmin, "catalogue-update-offered-zh");
        officeAdmin.locator("#console-catalogue-install-hello-2-0-0").click();
        assertThat(officeAdmin.locator("vaadin-notification-card").last()).containsText("已更新 hello 到版本 2.0.0",
                patiently());
        assertThat(clerk.locator("vaadin-side-nav-item[data-route='hello/news']")).isVisible(visible());

        // 5. and rolls it back to the version installed before
        assertThat(officeAdmin.locator("#console-catalogue-rollback-hello-2-0-0")).isEnabled();
        officeAdmin.locator("#console-catalogue-rollback-hello-2-0-0").click();
        assertThat(officeAdmin.locator("vaadin-notification-card").last()).containsText("已将 hello 回退到版本 1.0.0",
                patiently());
        assertThat(officeAdmin.locator("#console-catalogue-grid")).containsText("可更新（当前 1.0.0）", patiently());
        assertThat(clerk.locator("vaadin-side-nav-item[data-route='hello/news']")).hasCount(0,
                new LocatorAssertions.HasCountOptions().setTimeout(WAIT.toMillis()));
        assertTrue(java.util.Arrays.stream(platform.runtime().bundleContext().getBundles())
                .anyMatch(b -> "cn.gov.laoshan.district.test.hello".equals(b.getSymbolicName())
                        && b.getVersion().toString().equals("1.0.0")), "1.0.0 runs again");
        settle(officeAdmin);
        Browser.screenshot(officeAdmin, "catalogue-rolled-back-zh");

        // the screen in English
        Page english = platform.newPage();
        platform.signInAsAdminInEnglish(english);
        english.navigate(platform.baseUrl() + "/console/catalogue");
        assertThat(english.locator("#console-catalogue-grid")).containsText("Update available (installed 1.0.0)",
                patiently());
        assertThat(english.locator("#console-catalogue-grid")).containsText("Not signed");
        assertThat(english.locator("#console-repositories")).containsText("Plugin repositories");
        assertThat(english.locator("#console-repositories-grid")).containsText(repository.toString());
        settle(english);
        Browser.screenshot(english, "catalogue-admin-en");
    }
}
