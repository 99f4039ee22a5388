package cn.gov.laoshan.district.policy.delivery.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.gov.laoshan.district.policy.draft.domain.DraftState;
import cn.gov.laoshan.district.policy.draft.service.DraftRepository;
import cn.gov.laoshan.district.policy.draft.service.PolicyListFilter;

/**
 * The published policy list as the fast application needs it: a policy by id, and those whose code or title holds
 * a text (the list is a few hundred policies: read whole and filtered here).
 */
public final class PublishedList implements ApplicationService.PublishedPolicies {

    private static final int LIST_MAX = 2_000;

    private final DraftRepository drafts;

    public PublishedList(DraftRepository drafts) {
        this.drafts = drafts;
    }

    @Override
    public Optional<ApplicationService.Published> find(long policyId) {
        return drafts.findIn(policyId, DraftState.PUBLISHED)
                .map(d -> new ApplicationService.Published(d.id(), d.payoutCode(), d.title()));
    }

    @Override
    public List<ApplicationService.Published> search(String text, int offset, int limit) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return drafts.published(PolicyListFilter.ALL, 0, LIST_MAX).stream()
                .map(d -> new ApplicationService.Published(d.id(), d.payoutCode(), d.title()))
                .filter(p -> wanted.isEmpty() || p.title().toLowerCase(Locale.ROOT).contains(wanted)
                        || p.code().toLowerCase(Locale.ROOT).contains(wanted))
                .skip(offset).limit(limit).toList();
    }
}
