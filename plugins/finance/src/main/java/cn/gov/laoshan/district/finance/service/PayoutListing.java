package cn.gov.laoshan.district.finance.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.notice.NoticePeriod;
import cn.gov.laoshan.district.api.notice.NoticeRequest;
import cn.gov.laoshan.district.api.notice.Objection;
import cn.gov.laoshan.district.api.notice.PublicNotice;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.finance.domain.Budget;
import cn.gov.laoshan.district.finance.domain.Payout;
import cn.gov.laoshan.district.finance.domain.PayoutBatch;
import cn.gov.laoshan.district.finance.domain.PayoutFilter;

/**
 * Public listing (公示) of payouts: a policy's confirmed payouts of a period listed as one batch under one public
 * notice for the budget's working days (through {@code api.notice}), and the objections to it resolved — upheld,
 * which rejects the payout it concerns ({@link PayoutService#reject}), or dismissed with a note. Approval waits
 * for the notice's end and every objection's resolution ({@link PayoutService#approve}).
 */
public class PayoutListing {

    private final PayoutService payouts;
    private final PayoutService.Parts parts;

    public PayoutListing(PayoutService payouts) {
        this.payouts = payouts;
        this.parts = payouts.parts();
    }

    /**
     * Lists the confirmed payouts of a policy and period for public notice (公示) for the budget's notice period in
     * working days: one batch, one notice. Returns the batch.
     */
    public PayoutBatch listForNotice(String policyCode, String period) {
        PublicNotices publicNotices = parts.notices().get().orElseThrow(() -> new RefusedException(null,
                "finance.error.no-notices"));
        Budget budget = parts.repository().budget(policyCode, PayoutService.probeYear(period)).orElseThrow(
                () -> new RefusedException("policyCode", "finance.error.no-budget", policyCode));
        parts.access().check(PayoutWorkflow.MANAGE, budget.departmentCode());
        List<Payout> confirmed = parts.repository().list(RecordScope.ALL,
                new PayoutFilter(policyCode, period, PayoutState.CONFIRMED, null, null), 0, 1_000_000);
        if (confirmed.isEmpty()) {
            throw new RefusedException(null, "finance.error.nothing-to-list");
        }
        Yuan sum = confirmed.stream().map(Payout::amount).reduce(Yuan.ZERO, Yuan::plus);
        String by = payouts.login();
        Instant now = parts.clock().instant();
        long batchId = payouts.inTransaction(h -> {
            long id = PayoutRepository.insertBatch(h, policyCode, period, budget.departmentCode(), confirmed.size(),
                    sum, by, now);
            for (Payout p : confirmed) {
                if (!PayoutRepository.move(h, p.id(), PayoutState.CONFIRMED, PayoutState.LISTED, now,
                        Map.of("batch_id", id))) {
                    throw new RefusedException(null, "finance.error.changed");
                }
            }
            return id;
        });
        PublicNotice notice;
        try {
            notice = publicNotices.open(new NoticeRequest(PayoutWorkflow.PLUGIN, PayoutService.BATCH_TYPE,
                    String.valueOf(batchId),
                    "政策兑现公示：" + budget.policyName() + "（" + period + "）",
                    "拟兑现 " + confirmed.size() + " 家企业，合计 " + sum.format() + "。如有异议，请在公示期内提出。",
                    NoticePeriod.workingDays(budget.noticeDays()), null, PayoutWorkflow.MANAGE,
                    budget.departmentCode()));
        } catch (RuntimeException e) {
            // the notice could not be opened: the payouts go back to confirmed, the batch stays empty
            payouts.inTransaction(h -> {
                for (Payout p : confirmed) {
                    PayoutRepository.move(h, p.id(), PayoutState.LISTED, PayoutState.CONFIRMED, now,
                            new HashMap<>(Map.of()));
                }
                h.createUpdate("update payout set batch_id = null where batch_id = :b").bind("b", batchId).execute();
                h.createUpdate("delete from payout_batch where id = :b").bind("b", batchId).execute();
                return null;
            });
            throw e;
        }
        payouts.inTransaction(h -> {
            PayoutRepository.setNotice(h, batchId, notice.id());
            return null;
        });
        for (Payout p : confirmed) {
            parts.timeline().record(PayoutWorkflow.PLUGIN, PayoutService.TYPE, String.valueOf(p.id()), "list",
                    PayoutState.CONFIRMED.name(), PayoutState.LISTED.name(), "batch " + batchId);
        }
        parts.events().post(PayoutState.LISTED.name(), "batch-" + batchId, budget.departmentCode(),
                Map.of("batch", batchId, "payouts", confirmed.size()));
        return parts.repository().batch(batchId).orElseThrow();
    }

    /** A batch's public notice (its period, state, objections counted), when the notices service is there. */
    public Optional<PublicNotice> notice(long batchId) {
        PayoutBatch batch = payouts.batch(batchId).orElseThrow(PayoutService::notFound);
        return parts.notices().get().flatMap(n -> n.find(batch.noticeId()));
    }

    /** The objections to a batch's notice and which of them are resolved. */
    public List<Objection> objections(long batchId) {
        PayoutBatch batch = payouts.batch(batchId).orElseThrow(PayoutService::notFound);
        return parts.notices().get().map(n -> n.objections(batch.noticeId())).orElse(List.of());
    }

    public Set<Long> resolvedObjections(long batchId) {
        payouts.batch(batchId).orElseThrow(PayoutService::notFound);
        return parts.repository().resolvedObjections(batchId);
    }

    /**
     * Resolves an objection to a batch's notice: upheld, the payout it concerns is rejected with the note as
     * reason; dismissed, the note says why. A batch is approved only when every objection is resolved.
     */
    public void resolveObjection(long batchId, long objectionId, Long payoutId, boolean upheld, String note) {
        PayoutBatch batch = payouts.batch(batchId).orElseThrow(PayoutService::notFound);
        parts.access().check(PayoutWorkflow.MANAGE, batch.departmentCode());
        String text = PayoutService.required("note", note, 500);
        if (objections(batchId).stream().noneMatch(o -> o.id() == objectionId)) {
            throw new RefusedException(null, "finance.error.objection-unknown");
        }
        if (parts.repository().resolvedObjections(batchId).contains(objectionId)) {
            throw new RefusedException(null, "finance.error.objection-resolved");
        }
        if (upheld && payoutId == null) {
            throw new RefusedException("payout", "finance.error.objection-payout");
        }
        if (upheld) {
            Payout p = payouts.find(payoutId).filter(x -> batchId == (x.batchId() == null ? -1 : x.batchId()))
                    .orElseThrow(PayoutService::notFound);
            payouts.reject(p.id(), "异议成立：" + text);
        }
        String by = payouts.login();
        Instant now = parts.clock().instant();
        payouts.inTransaction(h -> {
            PayoutRepository.resolve(h, objectionId, batchId, payoutId, upheld ? "UPHELD" : "DISMISSED", text, by, now);
            return null;
        });
        parts.audit().record(PayoutWorkflow.PLUGIN, "finance.objection.resolve", PayoutService.BATCH_TYPE,
                String.valueOf(batchId), "objection " + objectionId, (upheld ? "UPHELD" : "DISMISSED") + ": " + text);
    }
}
