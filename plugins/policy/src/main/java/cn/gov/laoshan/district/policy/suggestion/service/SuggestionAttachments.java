package cn.gov.laoshan.district.policy.suggestion.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.attachment.AttachedTo;
import cn.gov.laoshan.district.api.attachment.Attachment;
import cn.gov.laoshan.district.api.attachment.RecordAttachmentRules;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;

/**
 * A suggestion's files, kept by the platform's attachments: whoever may see the suggestion (its scope, checked in
 * SQL by {@link SuggestionService#find}: an enterprise user their own enterprise's) reads them; its enterprise,
 * its registrant and its handlers add them; the uploader or the policy staff delete them. On the timeline too.
 */
public final class SuggestionAttachments extends RecordAttachmentRules<Suggestion> {

    public static final String RECORD_TYPE = "suggestion";

    private final SuggestionService suggestions;
    private final Timeline timeline;

    public SuggestionAttachments(SuggestionService suggestions, AccessControl access, Timeline timeline,
            Supplier<SuggestionSettings> settings) {
        super(SuggestionWorkflow.PLUGIN, RECORD_TYPE, access, List.of(SuggestionWorkflow.SUBMIT,
                SuggestionWorkflow.REGISTER, SuggestionWorkflow.ANALYSE, SuggestionWorkflow.RESPOND),
                SuggestionWorkflow.ANALYSE, () -> settings.get().attachment_max_mb());
        this.suggestions = suggestions;
        this.timeline = timeline;
    }

    public static AttachedTo of(long id) {
        return AttachedTo.of(SuggestionWorkflow.PLUGIN, RECORD_TYPE, id);
    }

    @Override
    protected Optional<Suggestion> find(long id) {
        return suggestions.find(id);
    }

    @Override
    protected void changed(Suggestion s, Attachment attachment, String action) {
        timeline.record(SuggestionWorkflow.PLUGIN, SuggestionService.RECORD_TYPE, String.valueOf(s.id()), action,
                s.state().name(), s.state().name(), attachment.fileName());
    }
}
