package cn.gov.laoshan.district.api.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.TestAccess;

class RecordAttachmentRulesTest {

    /** Records 1 and 2 exist; 2 is out of the user's scope (the look-up refuses it); 3 is not found. */
    private static final class CaseFiles extends RecordAttachmentRules<String> {
        final List<String> told = new ArrayList<>();

        CaseFiles(AccessControl access) {
            super("mediation", "case", access, List.of("case.register", "case.mediate"), "case.assign", () -> 3);
        }

        @Override
        protected Optional<String> find(long id) {
            if (id == 2) {
                throw new AccessDeniedException("case.read");
            }
            return Optional.ofNullable(Map.of(1L, "C-1").get(id));
        }

        @Override
        protected void changed(String record, Attachment attachment, String action) {
            told.add(record + " " + action + " " + attachment.fileName());
        }
    }

    private static AccessControl as(String login, String... permissions) {
        return TestAccess.as(new CurrentUser(login, login, "justice", null, false), permissions);
    }

    private static Attachment file(AttachedTo record, String uploadedBy) {
        return new Attachment(7, record, "合同.pdf", "PDF", "application/pdf", 10, Instant.EPOCH, uploadedBy, "某人");
    }

    @Test
    void filesAreReadByWhoeverSeesTheRecordAndNothingElse() {
        CaseFiles rules = new CaseFiles(as("reader"));
        assertTrue(rules.mayRead(AttachedTo.of("mediation", "case", 1)));
        assertFalse(rules.mayRead(AttachedTo.of("mediation", "case", 2)), "out of scope");
        assertFalse(rules.mayRead(AttachedTo.of("mediation", "case", 3)), "not found");
        assertFalse(rules.mayRead(new AttachedTo("mediation", "case", "C-1")), "no number");
        assertFalse(rules.mayRead(AttachedTo.of("mediation", "party", 1)), "another kind of record");
        assertFalse(rules.mayRead(AttachedTo.of("housing", "case", 1)), "another plugin's");
    }

    @Test
    void anyOfTheAddingPermissionsAddsToAVisibleRecord() {
        AttachedTo one = AttachedTo.of("mediation", "case", 1);
        AttachedTo hidden = AttachedTo.of("mediation", "case", 2);
        assertFalse(new CaseFiles(as("reader")).mayAdd(one));
        assertTrue(new CaseFiles(as("clerk", "case.register")).mayAdd(one));
        assertTrue(new CaseFiles(as("mediator", "case.mediate")).mayAdd(one));
        assertFalse(new CaseFiles(as("mediator", "case.mediate")).mayAdd(hidden));
        assertFalse(new CaseFiles(as("lead", "case.assign")).mayAdd(one), "deleting others' is not adding");
    }

    @Test
    void theUploaderOrTheHolderOfTheDeletingPermissionDeletes() {
        Attachment mine = file(AttachedTo.of("mediation", "case", 1), "clerk");
        assertTrue(new CaseFiles(as("clerk")).mayDelete(mine));
        assertFalse(new CaseFiles(as("other", "case.register")).mayDelete(mine));
        assertTrue(new CaseFiles(as("lead", "case.assign")).mayDelete(mine));
        assertFalse(new CaseFiles(as("clerk")).mayDelete(file(AttachedTo.of("mediation", "case", 2), "clerk")),
                "not even the uploader once the record is out of their sight");
    }

    @Test
    void theLimitIsThePluginsSettingInMegabytes() {
        assertEquals(3L * 1024 * 1024, new CaseFiles(as("clerk")).maxBytes());
    }

    @Test
    void aChangeIsToldWithItsRecordOnlyWhenTheRecordIsVisible() {
        CaseFiles rules = new CaseFiles(as("clerk"));
        rules.changed(file(AttachedTo.of("mediation", "case", 1), "clerk"), "attach");
        rules.changed(file(AttachedTo.of("mediation", "case", 2), "clerk"), "detach");
        assertEquals(List.of("C-1 attach 合同.pdf"), rules.told);
    }
}
