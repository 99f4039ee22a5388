package cn.gov.laoshan.district.servicehall.experience.service;

import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.attachment.AttachedTo;
import cn.gov.laoshan.district.api.attachment.RecordAttachmentRules;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.servicehall.experience.domain.Finding;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;

/**
 * A finding's evidence (photos, screenshots, receipts) and the unit's proof of the fix: whoever sees the finding —
 * its officer, the centre, the responsible unit, each through {@link ExperienceService#finding}'s SQL scope — reads
 * them; the officer, the centre and the unit add them; the uploader or the centre delete them.
 */
public final class FindingAttachments extends RecordAttachmentRules<Finding> {

    public static final String RECORD_TYPE = "experience-finding";
    private static final int MAX_MB = 20;

    private final ExperienceService experience;

    public FindingAttachments(ExperienceService experience, AccessControl access) {
        super(ServiceHallRoles.PLUGIN, RECORD_TYPE, access,
                List.of(ExperienceRoles.TASK, ExperienceRoles.MANAGE, ExperienceRoles.FIX), ExperienceRoles.MANAGE,
                () -> MAX_MB);
        this.experience = experience;
    }

    public static AttachedTo of(long id) {
        return AttachedTo.of(ServiceHallRoles.PLUGIN, RECORD_TYPE, id);
    }

    @Override
    protected Optional<Finding> find(long id) {
        return experience.finding(id);
    }
}
