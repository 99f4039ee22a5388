package cn.gov.laoshan.district.housing.service;

import cn.gov.laoshan.district.api.attachment.AttachedTo;
import cn.gov.laoshan.district.api.attachment.AttachmentRules;
import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;

/**
 * The files of blocking issues and dispatch meetings, kept by the platform's {@link Attachments}: read by whoever
 * sees the issue or meeting with {@code housing.project.view} (its department scope applied in SQL), added and
 * deleted by whoever sees it with {@code housing.project.manage} or {@code housing.meeting.run}.
 */
public final class HousingAttachments implements AttachmentRules {

    public static final String PLUGIN = "housing";
    public static final String ISSUE = "issue";
    public static final String MEETING = "meeting";

    private final Attachments attachments;
    private final HousingRepository repository;
    private final AccessControl access;

    public HousingAttachments(Attachments attachments, HousingRepository repository, AccessControl access) {
        this.attachments = attachments;
        this.repository = repository;
        this.access = access;
    }

    /** The platform's service these rules are for. */
    public Attachments attachments() {
        return attachments;
    }

    public static AttachedTo issue(long id) {
        return AttachedTo.of(PLUGIN, ISSUE, id);
    }

    public static AttachedTo meeting(long id) {
        return AttachedTo.of(PLUGIN, MEETING, id);
    }

    @Override
    public boolean mayRead(AttachedTo record) {
        return visible(HousingPermissions.VIEW, record);
    }

    @Override
    public boolean mayAdd(AttachedTo record) {
        return visible(HousingPermissions.MANAGE, record) || visible(HousingPermissions.MEETINGS, record);
    }

    private boolean visible(String permission, AttachedTo record) {
        if (!PLUGIN.equals(record.plugin()) || !access.has(permission)) {
            return false;
        }
        try {
            long id = Long.parseLong(record.recordId());
            HousingRepository visible = repository.visibleTo(access, permission);
            return switch (record.recordType()) {
                case ISSUE -> visible.issues().find(id).isPresent();
                case MEETING -> visible.meetings().find(id).isPresent();
                default -> false;
            };
        } catch (NumberFormatException | AccessDeniedException e) {
            return false;
        }
    }
}
