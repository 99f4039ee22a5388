package cn.gov.laoshan.district.itests;

import static cn.gov.laoshan.district.itests.RawUpload.MIB;
import static cn.gov.laoshan.district.itests.RawUpload.cookie;
import static cn.gov.laoshan.district.itests.RawUpload.post;
import static cn.gov.laoshan.district.itests.RawUpload.target;
import static cn.gov.laoshan.district.itests.RawUpload.uploads;
import static cn.gov.laoshan.district.itests.RawUpload.usedHeapAfterGc;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.itests.RawUpload.Answer;
import cn.gov.laoshan.district.itests.RawUpload.HeapPeak;
import cn.gov.laoshan.district.itests.RawUpload.Shape;
import cn.gov.laoshan.district.testkit.BrowserPlatform;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The platform's attachments on a real platform, through housing's dispatch meetings (limit 10 MiB): a client
 * without a browser posts 200 MiB to the meeting's upload URL in each request shape; the server refuses it after
 * the limit, stores nothing (the platform schema's {@code attachment} table is unchanged), leaves no temporary file,
 * and its heap does not grow by the file. A small PDF posted the same way is stored and comes back byte for byte
 * to its uploader; a user without housing's permission gets nothing from the same link, nor does a stranger.
 * Chromium only signs in and finds the upload's URL and the links.
 */
class AttachmentsIT {

    private static final long POSTED = 200 * MIB;

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("housing").plugin("mediation")
            .build();

    private static int stored() {
        Jdbi jdbi = platform.runtime().database().jdbi(Database.PLATFORM_SCHEMA);
        return jdbi.withHandle(h -> h.createQuery("select count(*) from attachment where plugin = 'housing'")
                .mapTo(Integer.class).one());
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithNothingStoredAndTheHeapUnharmed() throws Exception {
        // the demo's meetings are seeded last, in the background
        Jdbi housing = platform.runtime().database().jdbi("housing");
        TestPlatform.await(() -> housing.withHandle(h -> h.createQuery("select count(*) from meeting")
                .mapTo(Integer.class).one()) >= 1, java.time.Duration.ofMinutes(3), "demo meetings seeded");
        Page page = platform.newPage();
        page.setDefaultTimeout(60_000);
        platform.signIn(page, "zhanghua");
        page.locator("vaadin-side-nav-item[data-route='housing/meetings']").click();
        page.waitForURL("**/housing/meetings");
        page.locator("#housing-meetings vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("调度会"))).first().click();
        page.waitForURL(Pattern.compile(".*/housing/meetings/\\d+$"));
        assertThat(page.locator("#meeting-attachments")).containsText("附件");
        String target = target(page, "#meeting-attachments #attachment-upload");
        String cookie = cookie(page);
        int before = stored();

        for (Shape shape : Shape.values()) {
            List<Path> spools = uploads();
            long heapBefore = usedHeapAfterGc();
            HeapPeak peak = HeapPeak.start();
            Answer answer = post(target, cookie, shape, "会议纪要.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII),
                    POSTED);
            long grown = peak.stop() - heapBefore;
            assertTrue(answer.status() == 413 || answer.status() == 500 || answer.status() == -1,
                    shape + ": refused, not " + answer.status());
            if (shape != Shape.MULTIPART_WITH_LENGTH) {
                assertEquals(413, answer.status(), shape + ": the handler's own answer");
            }
            assertTrue(answer.sent() < 100 * MIB, shape + ": the server stopped reading, " + answer.sent() / MIB
                    + " MiB sent");
            assertTrue(grown < 60 * MIB, shape + ": heap grew by " + grown / MIB + " MiB while 200 MiB were posted");
            assertEquals(before, stored(), shape + ": nothing stored");
            assertEquals(spools, uploads(), shape + ": no temporary file is left");
            System.out.printf("attachments, %s: HTTP %d after %,d MiB sent, heap peak +%,d MiB%n", shape,
                    answer.status(), answer.sent() / MIB, grown / MIB);
        }
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("超过 10 MB")).first()).isVisible();

        // the same way with a small PDF: stored, listed, and its uploader downloads it unchanged
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% 调度会纪要\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(200, post(target, cookie, Shape.MULTIPART_CHUNKED, "调度会纪要.pdf", pdf, pdf.length).status());
        assertThat(page.locator("#meeting-attachments")).containsText("调度会纪要.pdf");
        assertEquals(before + 1, stored());
        page.locator("#meeting-attachments").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "housing-meeting-attachments-zh");
        String href = page.locator("#meeting-attachments a.attachment-link").first().getAttribute("href");
        APIResponse own = page.request().get(platform.baseUrl() + "/" + href);
        assertEquals(200, own.status());
        assertArrayEquals(pdf, own.body());

        // a user without housing's permission (a mediator) and a stranger get nothing from the link
        Page mediator = platform.newPage();
        platform.signIn(mediator, "lixiumei");
        APIResponse theirs = mediator.request().get(platform.baseUrl() + "/" + href);
        assertFalse(theirs.ok() && theirs.body().length == pdf.length, "the link gives nothing to them");
        mediator.navigate(page.url());
        assertThat(mediator.locator("body")).not().containsText("调度会纪要.pdf");
        APIResponse anonymous = platform.newPage().request().get(platform.baseUrl() + "/" + href);
        assertFalse(new String(anonymous.body(), StandardCharsets.UTF_8).startsWith("%PDF"),
                "nor to anyone signed out");
    }

    /** A blocking issue's files on its project page: a project officer adds a photo, a viewer-only user cannot add. */
    @Test
    void aProjectOfficerAttachesAFileToABlockingIssue() throws Exception {
        Jdbi housing = platform.runtime().database().jdbi("housing");
        TestPlatform.await(() -> housing.withHandle(h -> h.createQuery("select count(*) from blocking_issue")
                .mapTo(Integer.class).one()) >= 1, java.time.Duration.ofMinutes(3), "demo issues seeded");
        long[] issue = housing.withHandle(h -> h.createQuery("select id, project_id from blocking_issue order by id")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).first());
        Page page = platform.newPage();
        page.setDefaultTimeout(60_000);
        platform.signIn(page, "zhanghua");
        Browser.open(page, platform.baseUrl() + "/housing/projects/" + issue[1], "#issue-files-" + issue[0]);
        page.locator("#issue-files-" + issue[0]).click();
        // a dialog's content is drawn in its overlay, so it is found there (the project page has no other panel of files)
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("暂无附件");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path file = java.nio.file.Files.write(java.nio.file.Files.createTempDirectory("housing-upload")
                .resolve("现场照片.png"), png);
        page.locator("#attachment-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#attachment-grid")).containsText("现场照片.png");
        assertThat(page.locator("#attachment-grid")).containsText("张华");
        Browser.screenshot(page, "housing-issue-attachments-zh");
        page.locator("#issue-files-close").click();

        // the bureau's admin reads it in English
        Page english = platform.newPage();
        english.setDefaultTimeout(60_000);
        platform.signInInEnglish(english, "zjj-admin");
        Browser.open(english, platform.baseUrl() + "/housing/projects/" + issue[1], "#issue-files-" + issue[0]);
        english.locator("#issue-files-" + issue[0]).click();
        assertThat(english.locator("vaadin-dialog-overlay")).containsText("Uploaded by");
        assertThat(english.locator("vaadin-dialog-overlay")).containsText("现场照片.png");
        Browser.screenshot(english, "housing-issue-attachments-en");
    }
}
