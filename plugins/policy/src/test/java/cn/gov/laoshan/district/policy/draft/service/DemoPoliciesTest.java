package cn.gov.laoshan.district.policy.draft.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.policy.PolicyPlugin;
import cn.gov.laoshan.district.policy.draft.domain.DraftState;
import cn.gov.laoshan.district.policy.draft.domain.LegalReview;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.domain.ReviewOrder;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * The demo: the seed's 209 list items in three batches, each with the records of its three reviews, drafts at
 * every step, and a second run that makes nothing again.
 */
class DemoPoliciesTest {

    @Test
    void threeBatchesOf209ReviewedPoliciesAndDraftsAtEveryStep() {
        TestAccess access = new TestAccess();
        SettableClock clock = new SettableClock();
        clock.set(Instant.parse("2026-12-07T02:00:00Z"));
        RecordingTimeline timeline = new RecordingTimeline(access, clock);
        try (PluginSchema schema = PluginSchema.migrate(TestDatabase.derbyInMemory(), DraftWorkflow.PLUGIN,
                PolicyPlugin.class)) {
            DraftRepository repository = new DraftRepository(schema.jdbi());
            DraftService drafts = new DraftService(repository, access, timeline,
                    new RecordEvents("policy/draft", () -> null, access, clock), new MemoryNotices(access, clock),
                    DraftDataTest.SOURCES, clock);
            int made = access.asSystem(() -> DemoPolicies.seed(drafts, repository, timeline, () -> false));
            assertEquals(209 + 7, made);
            access.asSystem(() -> {
                assertEquals(List.of(71, 69, 69),
                        drafts.policyList().batches().stream().map(PolicyBatch::policies).toList());
                assertEquals(209, drafts.policyList().countPublished(PolicyListFilter.ALL));
                for (PolicyDraft p : drafts.policyList().published(PolicyListFilter.ALL, 0, 300)) {
                    assertTrue(drafts.fairReview(p).isPresent(), p.title());
                    assertTrue(ReviewOrder.days(p.commentFrom(), p.commentTo()) >= ReviewOrder.MIN_COMMENT_DAYS);
                    LegalReview legal = drafts.legalReview(p).orElseThrow();
                    assertTrue(legal.passed() && legal.fairReviewId() == p.fairReviewId(), p.title());
                }
                Map<DraftState, Long> steps = drafts.list(null, 0, 1000).stream()
                        .filter(d -> d.state() != DraftState.PUBLISHED)
                        .collect(Collectors.groupingBy(PolicyDraft::state, Collectors.counting()));
                assertEquals(Map.of(DraftState.DRAFTING, 2L, DraftState.FAIR_REVIEWED, 1L, DraftState.IN_COMMENT, 2L,
                        DraftState.LEGAL_REVIEW, 2L), steps);
                assertTrue(drafts.policyList().issuers().size() >= 10, "the list's issuer filter has choices");
                return null;
            });
            assertEquals(0, access.asSystem(() -> DemoPolicies.seed(drafts, repository, timeline, () -> false)));
        }
    }
}
