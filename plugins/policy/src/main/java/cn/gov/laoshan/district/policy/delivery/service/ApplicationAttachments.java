package cn.gov.laoshan.district.policy.delivery.service;

import cn.gov.laoshan.district.api.attachment.AttachedTo;
import cn.gov.laoshan.district.api.attachment.Attachment;
import cn.gov.laoshan.district.api.attachment.AttachmentRules;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.policy.delivery.domain.ApplicationState;
import cn.gov.laoshan.district.policy.delivery.domain.PolicyApplication;

/**
 * The files of a fast application (what the policy asks to be shown): read by whoever may read the application (its
 * enterprise, the staff in scope), added and deleted by the enterprise's own users while it waits for the decision;
 * each addition and deletion on the application's timeline.
 */
public final class ApplicationAttachments implements AttachmentRules {

    public static final String RECORD_TYPE = DeliveryWorkflow.APPLICATION_TYPE;

    private final ApplicationService applications;
    private final AccessControl access;
    private final Timeline timeline;

    public ApplicationAttachments(ApplicationService applications, AccessControl access, Timeline timeline) {
        this.applications = applications;
        this.access = access;
        this.timeline = timeline;
    }

    public static AttachedTo of(PolicyApplication a) {
        return AttachedTo.of(DeliveryWorkflow.PLUGIN, RECORD_TYPE, a.id());
    }

    private java.util.Optional<PolicyApplication> application(AttachedTo record) {
        if (!DeliveryWorkflow.PLUGIN.equals(record.plugin()) || !RECORD_TYPE.equals(record.recordType())) {
            return java.util.Optional.empty();
        }
        try {
            return applications.find(Long.parseLong(record.recordId()));
        } catch (NumberFormatException | cn.gov.laoshan.district.api.security.AccessDeniedException no) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public boolean mayRead(AttachedTo record) {
        return application(record).isPresent();
    }

    @Override
    public boolean mayAdd(AttachedTo record) {
        return application(record).filter(a -> a.state() == ApplicationState.APPLIED)
                .filter(a -> access.currentUser().map(u -> u.external() && a.uscc().equals(u.uscc())).orElse(false))
                .isPresent();
    }

    @Override
    public void changed(Attachment attachment, String action) {
        application(attachment.record()).ifPresent(a -> timeline.record(DeliveryWorkflow.PLUGIN, RECORD_TYPE,
                a.recordId(), action, a.state().name(), a.state().name(), attachment.fileName()));
    }
}
