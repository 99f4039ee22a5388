package cn.gov.laoshan.district.policy.draft.ui;

import cn.gov.laoshan.district.policy.draft.service.DraftService;

/** The drafting form on a draft being drafted ({@code drafts/:id/edit}): a class of its own, as every screen has. */
public class EditDraftView extends DraftFormView {

    public EditDraftView(DraftService drafts) {
        super(drafts);
    }
}
