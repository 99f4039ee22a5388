package cn.gov.laoshan.district.housing.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.attachment.AttachedTo;
import cn.gov.laoshan.district.api.attachment.Attachment;
import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.attachments.AttachmentsModule;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.housing.domain.BlockingIssue;
import cn.gov.laoshan.district.housing.domain.IssueSeverity;
import cn.gov.laoshan.district.housing.domain.Meeting;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * Files of blocking issues and dispatch meetings on the platform's store: read with housing.project.view in the
 * record's department scope, added with housing.project.manage or housing.meeting.run; refused otherwise, a download
 * included, whatever id is known.
 */
class HousingAttachmentsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Fixture f;
    private TestDatabase platformDatabase;
    private Database platform;
    private Attachments store;
    private HousingAttachments rules;
    private BlockingIssue issue;
    private Meeting meeting;

    @BeforeEach
    void setUp() throws Exception {
        f = new Fixture(TODAY).all();
        platformDatabase = TestDatabase.derby();
        platform = Database.open(platformDatabase.settings());
        AttachmentsModule.migrate(platform);
        store = AttachmentsModule.attachments(platform, f.access, () -> Optional.of(f.audit), Clock.systemUTC());
        rules = new HousingAttachments(store, f.repository, f.access);
        Project project = f.projects.register(f.project("新能源汽车充电装备总部基地"));
        issue = f.issues.raise(new IssueService.NewIssue(project.id(), "施工临时用电容量不足", null, IssueSeverity.HIGH,
                "国网青岛市崂山区供电公司", null));
        meeting = f.meetings.hold(new Meeting(0, TODAY, "重点项目推进调度会", "区政府第三会议室", "副区长", "区住建局",
                "市政报装并联办理", List.of(project.id()), List.of(), List.of(), null));
    }

    @AfterEach
    void tearDown() {
        platform.close();
        platformDatabase.close();
    }

    private Attachment add(AttachedTo record, String name) {
        return store.add(rules, record, name, new ByteArrayInputStream(PDF));
    }

    private byte[] download(long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.download(rules, id, out);
        return out.toByteArray();
    }

    @Test
    void managersAddToIssuesAndMeetingsAndViewersRead() {
        Attachment letter = add(HousingAttachments.issue(issue.id()), "供电公司复函.pdf");
        Attachment minutes = add(HousingAttachments.meeting(meeting.id()), "会议纪要（签发）.pdf");
        assertEquals(List.of(letter), store.list(rules, HousingAttachments.issue(issue.id())));
        assertEquals(List.of(minutes), store.list(rules, HousingAttachments.meeting(meeting.id())));
        assertTrue(f.audit.actions().contains("attachment.add"));
        assertEquals("housing", f.audit.last().source());

        // a viewer reads and downloads, but adds nothing
        f.access.hold(HousingPermissions.VIEW);
        assertArrayEquals(PDF, download(letter.id()));
        assertFalse(rules.mayAdd(HousingAttachments.issue(issue.id())));
        assertThrows(AccessDeniedException.class, () -> add(HousingAttachments.issue(issue.id()), "x.pdf"));
        assertEquals("shell.attachment.error.delete-denied", assertThrows(
                cn.gov.laoshan.district.api.attachment.AttachmentRefusedException.class,
                () -> store.delete(rules, letter.id())).messageKey());

        // whoever runs dispatch meetings adds to meetings and issues
        f.access.hold(HousingPermissions.VIEW, HousingPermissions.MEETINGS);
        add(HousingAttachments.meeting(meeting.id()), "汇报材料.pdf");
        assertEquals(2, store.list(rules, HousingAttachments.meeting(meeting.id())).size());

        // nobody else gets a file, not even by its id
        f.access.hold("mediation.case.read");
        assertThrows(AccessDeniedException.class, () -> download(letter.id()));
        assertThrows(AccessDeniedException.class, () -> store.list(rules, HousingAttachments.issue(issue.id())));
        // staff of another department do not see housing's issues, nor their files
        f.access.hold(HousingPermissions.VIEW, HousingPermissions.MANAGE).ofDepartment("market").within("market");
        assertThrows(AccessDeniedException.class, () -> download(letter.id()));
        assertThrows(AccessDeniedException.class, () -> add(HousingAttachments.issue(issue.id()), "x.pdf"));
        // records of other plugins or kinds, and ids that do not exist, are nobody's
        f.access.hold(HousingPermissions.VIEW, HousingPermissions.MANAGE).ofDepartment("housing").within("housing");
        assertFalse(rules.mayRead(new AttachedTo("mediation", "issue", Long.toString(issue.id()))));
        assertFalse(rules.mayRead(new AttachedTo("housing", "project", "1")));
        assertFalse(rules.mayRead(HousingAttachments.issue(999_999)));
        assertArrayEquals(PDF, download(letter.id()), "back in scope");
    }
}
