package cn.gov.laoshan.district.policy.suggestion.service;

import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.attachment.AttachedTo;
import cn.gov.laoshan.district.api.attachment.Attachment;
import cn.gov.laoshan.district.api.attachment.AttachmentRules;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;

/**
 * A suggestion's files, kept by the platform's attachments: whoever may see the suggestion (its scope, checked in
 * SQL by {@link SuggestionService#find}: an enterprise user their own enterprise's) reads them; its enterprise,
 * its registrant and its handlers add them; the uploader or the policy staff delete them. On the timeline too.
 */
public final class SuggestionAttachments implements AttachmentRules {

    public static final String RECORD_TYPE = "suggestion";

    private final SuggestionService suggestions;
    private final AccessControl access;
    private final Timeline timeline;
    private final Supplier<SuggestionSettings> settings;

    public SuggestionAttachments(SuggestionService suggestions, AccessControl access, Timeline timeline,
            Supplier<SuggestionSettings> settings) {
        this.suggestions = suggestions;
        this.access = access;
        this.timeline = timeline;
        this.settings = settings;
    }

    public static AttachedTo of(long id) {
        return AttachedTo.of(SuggestionWorkflow.PLUGIN, RECORD_TYPE, id);
    }

    @Override
    public boolean mayRead(AttachedTo record) {
        return visible(record).isPresent();
    }

    @Override
    public boolean mayAdd(AttachedTo record) {
        return (access.has(SuggestionWorkflow.SUBMIT) || access.has(SuggestionWorkflow.REGISTER)
                || access.has(SuggestionWorkflow.ANALYSE) || access.has(SuggestionWorkflow.RESPOND))
                && mayRead(record);
    }

    @Override
    public boolean mayDelete(Attachment attachment) {
        return (access.has(SuggestionWorkflow.ANALYSE)
                || access.currentUser().map(u -> u.login().equals(attachment.uploadedBy())).orElse(false))
                && mayRead(attachment.record());
    }

    @Override
    public long maxBytes() {
        return settings.get().attachment_max_mb() * 1024L * 1024L;
    }

    @Override
    public void changed(Attachment attachment, String action) {
        visible(attachment.record()).ifPresent(s -> timeline.record(SuggestionWorkflow.PLUGIN,
                SuggestionService.RECORD_TYPE, String.valueOf(s.id()), action, s.state().name(), s.state().name(),
                attachment.fileName()));
    }

    private Optional<Suggestion> visible(AttachedTo record) {
        if (!SuggestionWorkflow.PLUGIN.equals(record.plugin()) || !RECORD_TYPE.equals(record.recordType())) {
            return Optional.empty();
        }
        try {
            return suggestions.find(Long.parseLong(record.recordId()));
        } catch (NumberFormatException | AccessDeniedException e) {
            return Optional.empty();
        }
    }
}
