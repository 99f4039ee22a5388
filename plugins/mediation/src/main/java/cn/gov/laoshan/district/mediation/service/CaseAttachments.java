package cn.gov.laoshan.district.mediation.service;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.attachment.AttachedTo;
import cn.gov.laoshan.district.api.attachment.Attachment;
import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.attachment.RecordAttachmentRules;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.mediation.domain.MediationCase;

/**
 * A case's files, kept by the platform's {@link Attachments}: only someone who may see the case (its permission AND
 * its department scope, checked in SQL by {@link CaseService#find}) lists or downloads them; adding needs a working
 * permission on cases too; deleting is for the uploader or a lead ({@code mediation.case.assign}); the limit is
 * {@code attachment.max.mb}. Additions and deletions land on the case's timeline too.
 */
public final class CaseAttachments extends RecordAttachmentRules<MediationCase> {

    /** The record type of a case's files. */
    public static final String RECORD_TYPE = "case";

    private final CaseService cases;
    private final Timeline timeline;

    public CaseAttachments(CaseService cases, AccessControl access, Timeline timeline,
            Supplier<MediationSettings> settings) {
        super(CaseService.SOURCE, RECORD_TYPE, access,
                List.of(CaseWorkflow.REGISTER, CaseWorkflow.MEDIATE, CaseWorkflow.ASSIGN), CaseWorkflow.ASSIGN,
                () -> settings.get().attachment_max_mb());
        this.cases = cases;
        this.timeline = timeline;
    }

    /** The record a case's files are attached to. */
    public static AttachedTo of(long caseId) {
        return AttachedTo.of(CaseService.SOURCE, RECORD_TYPE, caseId);
    }

    @Override
    protected Optional<MediationCase> find(long id) {
        // find() checks the read permission and the department scope in SQL
        return cases.find(id);
    }

    @Override
    protected void changed(MediationCase c, Attachment attachment, String action) {
        timeline.record(CaseService.SOURCE, CaseService.RECORD_TYPE, c.number(), action, c.state().name(),
                c.state().name(), attachment.fileName());
    }

    /**
     * Moves the files this plugin kept in its own {@code attachment} table (before 0.2) into the platform's
     * {@link Attachments}, one by one: each is taken over with its origin {@code mediation.attachment:<id>} (so a move
     * cut off half-way is repeated without a second copy), then its row here is deleted. Runs at every start; after
     * the first it finds nothing. Returns how many were moved.
     */
    public static int moveKeptFiles(Jdbi jdbi, Attachments attachments) {
        List<Long> ids = jdbi.withHandle(h -> h.createQuery("select id from attachment order by id")
                .mapTo(Long.class).list());
        for (long id : ids) {
            jdbi.useTransaction(h -> h.createQuery("select case_id, file_name, content, uploaded_at, uploaded_by, "
                    + "uploader_name from attachment where id = :id").bind("id", id).map((rs, ctx) -> {
                        // every other column first: Derby closes a column's stream when the next one is read
                        AttachedTo record = of(rs.getLong("case_id"));
                        String name = rs.getString("file_name");
                        java.time.Instant at = rs.getTimestamp("uploaded_at").toInstant();
                        String by = rs.getString("uploaded_by");
                        String byName = rs.getString("uploader_name");
                        try (InputStream content = rs.getBinaryStream("content")) {
                            return attachments.adopt(record, "mediation.attachment:" + id, name, content, at, by,
                                    byName);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).findOne().ifPresent(moved -> h.createUpdate("delete from attachment where id = :id")
                            .bind("id", id).execute()));
        }
        return ids.size();
    }
}
