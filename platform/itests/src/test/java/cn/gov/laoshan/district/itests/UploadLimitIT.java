package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static cn.gov.laoshan.district.itests.RawUpload.MIB;
import static cn.gov.laoshan.district.itests.RawUpload.cookie;
import static cn.gov.laoshan.district.itests.RawUpload.post;
import static cn.gov.laoshan.district.itests.RawUpload.target;
import static cn.gov.laoshan.district.itests.RawUpload.uploads;
import static cn.gov.laoshan.district.itests.RawUpload.usedHeapAfterGc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import cn.gov.laoshan.district.itests.RawUpload.Answer;
import cn.gov.laoshan.district.itests.RawUpload.HeapPeak;
import cn.gov.laoshan.district.itests.RawUpload.Shape;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * Upload limits are the server's, not only the browser's: a client without a browser (a plain socket speaking
 * HTTP/1.1) posts 300 MiB to the registry import (limit 100 MiB, into a temporary file), to the housing
 * template import (limit 10 MiB, into memory), to a mediation case's attachments (10 MiB, to a temporary file: the platform's attachments) and to the
 * console's feature (1 MB) and plugin (50 MB, to a temporary file) uploads, as a multipart request with a Content-Length, as a chunked multipart
 * request and as a chunked raw body. Chromium only signs in and finds the upload's URL (the {@code target} of the
 * {@code vaadin-upload}, a per-session secret) and the session cookie; what it would check itself plays no part.
 * The server answers 413 (or refuses the declared length at once), stops reading, keeps no temporary file, its heap
 * does not grow by the upload, and nothing is imported — while a small file posted the same way is imported, so the
 * way the requests are made is one the server accepts.
 */
class UploadLimitIT {

    private static final long POSTED = 300 * MIB;

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("housing").plugin("mediation")
            .build();

    @Test
    void theRegistryImportCutsA300MibUploadAtItsLimitAndImportsNothing() throws Exception {
        Page page = platform.newPage();
        page.setDefaultTimeout(60_000);
        platform.signInAsAdmin(page);
        open(page, "registry/enterprises");
        assertThat(page.locator("#registry-count")).containsText("3,000");
        String target = target(page, "#registry-import");
        String cookie = cookie(page);

        // the way the requests are made works: a small file posted like this is imported
        byte[] csv = "统一社会信用代码,企业名称,登记状态\n91370212MA3C4TJ014,青岛原始请求测试有限公司,存续\n"
                .getBytes(StandardCharsets.UTF_8);
        Answer small = post(target, cookie, Shape.MULTIPART_CHUNKED, "small.csv", csv, csv.length);
        assertEquals(200, small.status());
        // the import runs in the screen's UI after the request ended; push brings its result to the page
        assertThat(page.locator("#registry-count")).containsText("3,001");

        for (Shape shape : Shape.values()) {
            List<Path> before = uploads();
            long heapBefore = usedHeapAfterGc();
            HeapPeak peak = HeapPeak.start();
            Answer answer = post(target, cookie, shape, "huge.csv", "统一社会信用代码,企业名称,登记状态\n".getBytes(StandardCharsets.UTF_8), POSTED);
            long grown = peak.stop() - heapBefore;
            assertTrue(answer.status() == 413 || answer.status() == 500 || answer.status() == -1,
                    shape + ": refused, not " + answer.status());
            if (shape != Shape.MULTIPART_WITH_LENGTH) {
                assertEquals(413, answer.status(), shape + ": the handler's own answer");
            }
            assertTrue(answer.sent() < 200 * MIB, shape + ": the server stopped reading, " + answer.sent() / MIB + " MiB sent");
            assertTrue(grown < 100 * MIB, shape + ": heap grew by " + grown / MIB + " MiB while 300 MiB were posted");
            assertEquals(before, uploads(), shape + ": no temporary file is left");
            System.out.printf("registry, %s: HTTP %d after %,d MiB sent, heap peak +%,d MiB%n", shape, answer.status(),
                    answer.sent() / MIB, grown / MIB);
        }
        // nothing was imported, and the user who owns the screen is told why, in the UI language
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("文件超过 100 MB"))
                .first()).isVisible();
        page.reload();
        assertThat(page.locator("#registry-count")).containsText("3,001");
    }

    @Test
    void aMediationAttachmentIsCutAtItsLimitAndASmallOneIsStored() throws Exception {
        Page page = platform.newPage();
        page.setDefaultTimeout(60_000);
        platform.signIn(page, "lixiumei");
        open(page, "mediation/mine");
        page.locator("#mediation-mine vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("崂调〔"))).first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/mediation/cases/\\d+$"));
        String target = target(page, "#attachment-upload");
        String cookie = cookie(page);
        int before = page.locator("#case-attachments a.attachment-link").count();

        for (Shape shape : Shape.values()) {
            long heapBefore = usedHeapAfterGc();
            HeapPeak peak = HeapPeak.start();
            Answer answer = post(target, cookie, shape, "调解申请书.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), POSTED);
            long grown = peak.stop() - heapBefore;
            assertTrue(answer.status() == 413 || answer.status() == 500, shape + ": refused, not " + answer.status());
            assertTrue(answer.sent() < 100 * MIB, shape + ": the server stopped reading, " + answer.sent() / MIB + " MiB sent");
            assertTrue(grown < 60 * MIB, shape + ": heap grew by " + grown / MIB + " MiB while 300 MiB were posted");
            System.out.printf("mediation, %s: HTTP %d after %,d MiB sent, heap peak +%,d MiB%n", shape, answer.status(),
                    answer.sent() / MIB, grown / MIB);
        }
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("超过 10 MB"))
                .first()).isVisible();
        assertEquals(before, page.locator("#case-attachments a.attachment-link").count(), "nothing stored");

        // the same way with a small PDF: stored
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals(200, post(target, cookie, Shape.MULTIPART_CHUNKED, "small.pdf", pdf, pdf.length).status());
        assertThat(page.locator("#case-attachments")).containsText("small.pdf");
    }

    @Test
    void theConsoleUploadsKeepTheirLimits() throws Exception {
        Page page = platform.newPage();
        page.setDefaultTimeout(60_000);
        platform.signInAsAdmin(page);
        open(page, "console/features");
        String target = target(page, "#console-feature-upload");
        String cookie = cookie(page);
        for (Shape shape : Shape.values()) {
            Answer answer = post(target, cookie, shape, "feature.json", "{".getBytes(StandardCharsets.UTF_8), POSTED);
            assertTrue(answer.status() == 413 || answer.status() == 500, shape + ": refused, not " + answer.status());
            assertTrue(answer.sent() < 50 * MIB, shape + ": the server stopped reading, " + answer.sent() / MIB + " MiB sent");
        }
        // a plugin jar: at most 50 MB, into a temporary file (it was held in memory whole)
        open(page, "console/plugins");
        target = target(page, "#console-upload");
        for (Shape shape : Shape.values()) {
            List<Path> before = uploads();
            long heapBefore = usedHeapAfterGc();
            HeapPeak peak = HeapPeak.start();
            Answer answer = post(target, cookie, shape, "plugin.jar", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), POSTED);
            long grown = peak.stop() - heapBefore;
            assertTrue(answer.status() == 413 || answer.status() == 500, shape + ": refused, not " + answer.status());
            assertTrue(answer.sent() < 150 * MIB, shape + ": the server stopped reading, " + answer.sent() / MIB + " MiB sent");
            assertTrue(grown < 100 * MIB, shape + ": heap grew by " + grown / MIB + " MiB while 300 MiB were posted");
            assertEquals(before, uploads(), shape + ": no temporary file is left");
            System.out.printf("console plugin, %s: HTTP %d after %,d MiB sent, heap peak +%,d MiB%n", shape,
                    answer.status(), answer.sent() / MIB, grown / MIB);
        }
    }

    @Test
    void theHousingTemplateImportKeepsAtMostItsLimitInMemory() throws Exception {
        Page page = platform.newPage();
        page.setDefaultTimeout(60_000);
        platform.signIn(page, "zjj-admin");
        open(page, "housing/templates");
        String target = target(page, "#templates-import");
        String cookie = cookie(page);
        for (Shape shape : Shape.values()) {
            long heapBefore = usedHeapAfterGc();
            HeapPeak peak = HeapPeak.start();
            Answer answer = post(target, cookie, shape, "菜单.xlsx", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), POSTED);
            long grown = peak.stop() - heapBefore;
            assertTrue(answer.status() == 413 || answer.status() == 500 || answer.status() == -1,
                    shape + ": refused, not " + answer.status());
            if (shape != Shape.MULTIPART_WITH_LENGTH) {
                assertEquals(413, answer.status(), shape + ": the handler's own answer");
            }
            assertTrue(answer.sent() < 100 * MIB, shape + ": the server stopped reading, " + answer.sent() / MIB + " MiB sent");
            assertTrue(grown < 60 * MIB, shape + ": heap grew by " + grown / MIB + " MiB while 300 MiB were posted");
            System.out.printf("housing, %s: HTTP %d after %,d MiB sent, heap peak +%,d MiB%n", shape, answer.status(),
                    answer.sent() / MIB, grown / MIB);
        }
        // the user is told why, in Chinese
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("文件超过 10 MB"))
                .first()).isVisible();
    }

    private static void open(Page page, String route) {
        // a click right after signing in can be lost while the home page is still being built on a busy machine (the
        // mediation test, run alone, waited 60 s twice for a navigation that never came): click again then
        for (int attempt = 1;; attempt++) {
            page.locator("vaadin-side-nav-item[data-route='" + route + "']").click();
            try {
                page.waitForURL("**/" + route, new Page.WaitForURLOptions().setTimeout(20_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }
}
