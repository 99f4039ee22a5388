package cn.gov.laoshan.district.policy.draft.service;

import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.policy.draft.domain.DraftState;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;

/**
 * 政策清单: the published policies (drafts that passed all three reviews, numbered by batch and item), filtered by
 * batch, issuer and topic, with the batches and issuers to filter by. For everyone holding the list permission, with
 * no department scope: a published policy is for all. Drafts are published by {@link DraftService#publish}.
 */
public class PolicyList {

    private final DraftRepository repository;
    private final AccessControl access;

    PolicyList(DraftRepository repository, AccessControl access) {
        this.repository = repository;
        this.access = access;
    }

    /** A page of the published policies that match {@code filter}. */
    public List<PolicyDraft> published(PolicyListFilter filter, int offset, int limit) {
        access.check(DraftWorkflow.LIST);
        return repository.published(filter, offset, limit);
    }

    public long countPublished(PolicyListFilter filter) {
        access.check(DraftWorkflow.LIST);
        return repository.countPublished(filter);
    }

    public Optional<PolicyDraft> findPublished(long id) {
        access.check(DraftWorkflow.LIST);
        return repository.findIn(id, DraftState.PUBLISHED);
    }

    public List<PolicyBatch> batches() {
        access.check(DraftWorkflow.LIST);
        return repository.batches();
    }

    public List<String> issuers() {
        access.check(DraftWorkflow.LIST);
        return repository.publishedIssuers();
    }
}
