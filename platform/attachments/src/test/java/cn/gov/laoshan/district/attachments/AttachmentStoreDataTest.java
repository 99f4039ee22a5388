package cn.gov.laoshan.district.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.attachment.AttachedTo;
import cn.gov.laoshan.district.api.attachment.Attachment;
import cn.gov.laoshan.district.api.attachment.AttachmentRefusedException;
import cn.gov.laoshan.district.api.attachment.AttachmentRules;
import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * The store on Derby (blob) and PostgreSQL (bytea): files added, listed, streamed back unchanged and deleted, each
 * change audited; the plugin's rules asked at every call (a download by someone they refuse gives nothing); refused
 * uploads store nothing; a plugin's earlier copy is taken over once.
 */
class AttachmentStoreDataTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    /** Rules as a plugin writes them: read with "x.read" for records whose id is in the user's scope, add with "x.add". */
    record Rules(TestAccess access, Set<String> visible) implements AttachmentRules {
        @Override
        public boolean mayRead(AttachedTo record) {
            return access.has("x.read") && visible.contains(record.recordId());
        }

        @Override
        public boolean mayAdd(AttachedTo record) {
            return access.has("x.add") && mayRead(record);
        }

        @Override
        public long maxBytes() {
            return 1024 * 1024;
        }
    }

    static byte[] pdf(int size) {
        byte[] content = new byte[size];
        java.util.Arrays.fill(content, (byte) 'x');
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        return content;
    }

    static byte[] download(Attachments store, AttachmentRules rules, long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.download(rules, id, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void filesGoInComeOutAndAreAuditedWithTheRulesAskedEachTime(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            AttachmentsModule.migrate(database);
            TestAccess access = TestAccess.staff("lixiumei", "social-governance", "x.read", "x.add");
            RecordingAuditLog audit = new RecordingAuditLog(access);
            Attachments store = AttachmentsModule.attachments(database, access, () -> Optional.of(audit),
                    Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC));
            Rules rules = new Rules(access, Set.of("7"));
            AttachedTo issue = AttachedTo.of("housing", "issue", 7);

            byte[] content = pdf(300_000);
            Attachment stored = store.add(rules, issue, "C:\\扫描件\\复函（住建局）.pdf", new ByteArrayInputStream(content));
            assertEquals("复函（住建局）.pdf", stored.fileName());
            assertEquals("PDF", stored.kind());
            assertEquals("application/pdf", stored.mediaType());
            assertEquals(content.length, stored.sizeBytes());
            assertEquals("lixiumei", stored.uploadedBy());
            assertEquals(issue, stored.record());
            assertArrayEquals(content, download(store, rules, stored.id()), "the bytes come back unchanged");
            assertEquals(List.of(stored), store.list(rules, issue));
            assertEquals("attachment.add", audit.last().action());
            assertEquals("housing", audit.last().source());
            assertTrue(audit.last().after().contains("复函（住建局）.pdf"), audit.last().after());

            // refused uploads store nothing
            assertEquals("shell.attachment.error.too-large", assertThrows(AttachmentRefusedException.class,
                    () -> store.add(rules, issue, "big.pdf", new ByteArrayInputStream(pdf(1024 * 1024 + 1))))
                    .messageKey());
            assertEquals("shell.attachment.error.mismatch", assertThrows(AttachmentRefusedException.class,
                    () -> store.add(rules, issue, "scan.png", new ByteArrayInputStream(content))).messageKey());
            AttachedTo other = AttachedTo.of("housing", "issue", 8);
            assertThrows(AccessDeniedException.class,
                    () -> store.add(rules, other, "a.pdf", new ByteArrayInputStream(content)), "out of scope");
            assertEquals(1, new AttachmentTable(database.jdbi(Database.PLATFORM_SCHEMA), database.kind()).count("housing"),
                    "nothing stored by the refusals");
            assertEquals(1, audit.entries().size(), "refusals are not changes");

            // someone the rules refuse gets nothing, whatever id they know
            access.as("liuyang", "market-shazikou", "x.read");
            Rules theirs = new Rules(access, Set.of("8"));
            assertThrows(AccessDeniedException.class, () -> download(store, theirs, stored.id()));
            assertThrows(AccessDeniedException.class, () -> store.list(theirs, issue));
            assertThrows(AccessDeniedException.class, () -> store.delete(theirs, stored.id()));
            access.as("reader", "social-governance", "x.read");
            assertEquals("shell.attachment.error.delete-denied", assertThrows(AttachmentRefusedException.class,
                    () -> store.delete(rules, stored.id())).messageKey(), "reading is not deleting");
            assertEquals("shell.attachment.error.gone", assertThrows(AttachmentRefusedException.class,
                    () -> download(store, rules, 999_999)).messageKey());

            // a plugin's own earlier copy is taken over once, with its uploader and time
            Instant then = Instant.parse("2026-03-01T01:00:00Z");
            Attachment adopted = store.adopt(issue, "housing.attachment:3", "旧.txt",
                    new ByteArrayInputStream("旧文件".getBytes(StandardCharsets.UTF_8)), then, "zhanghua", "张华");
            Attachment again = store.adopt(issue, "housing.attachment:3", "旧.txt",
                    new ByteArrayInputStream("旧文件".getBytes(StandardCharsets.UTF_8)), then, "zhanghua", "张华");
            assertEquals(adopted, again, "a repeated move does not copy twice");
            assertEquals(then, adopted.uploadedAt());
            assertEquals("TXT", adopted.kind());
            assertEquals(2, store.list(rules, issue).size());

            access.as("lixiumei", "social-governance", "x.read", "x.add");
            store.delete(rules, stored.id());
            assertEquals(List.of(adopted), store.list(rules, issue));
            assertEquals("attachment.delete", audit.last().action());
            assertTrue(audit.last().before().contains("复函（住建局）.pdf"));
        }
    }
}
