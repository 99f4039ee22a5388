package cn.gov.laoshan.district.policy.draft.domain;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * A policy on its way to the policy list (政策清单) and, once published, an item of it: the text and what it
 * gives, to whom (eligibility in words; the rule the platform evaluates comes with delivery), for how long and with
 * what budget, in the department that drafts it. The reviews it passed are referenced by id; the comment period is
 * the public notice {@code noticeId} from {@code commentFrom} to {@code commentTo} (both days included).
 *
 * @param issuer     the issuing body's name as published (区科技局), which may differ from the drafting department
 * @param batchNo    the policy list's batch once published, else {@code null}
 * @param itemNo     its number within the batch
 */
public record PolicyDraft(long id, String title, String issuer, PolicyTopic topic, String body, String benefits,
        String eligibility, LocalDate validFrom, LocalDate validTo, Yuan budget, String departmentCode,
        DraftState state, Long fairReviewId, Long noticeId, LocalDate commentFrom, LocalDate commentTo,
        Long legalReviewId, Integer batchNo, Integer itemNo, LocalDate publishedOn, String createdBy,
        Instant createdAt) {

    /** The list's number of a published policy: 第2批-017. */
    public String listNumber() {
        return batchNo == null ? "" : String.format("%d-%03d", batchNo, itemNo);
    }

    /**
     * The code a published policy is paid under ({@code LS-P2-017}: batch 2, item 17), the policy part of the finance
     * ledger's payout key; {@code null} before publication.
     */
    public String payoutCode() {
        return payoutCode(batchNo, itemNo);
    }

    /** The payout code of batch {@code batchNo}, item {@code itemNo}; {@code null} without a batch. */
    public static String payoutCode(Integer batchNo, Integer itemNo) {
        return batchNo == null ? null : String.format("LS-P%d-%03d", batchNo, itemNo);
    }

    /** What the drafting form gives for a new draft or a change, with the sources it answers. */
    public record Content(String title, String issuer, PolicyTopic topic, String body, String benefits,
            String eligibility, LocalDate validFrom, LocalDate validTo, Yuan budget,
            java.util.List<Long> suggestionIds, java.util.List<Long> reserveIds) {

        public Content {
            suggestionIds = suggestionIds == null ? java.util.List.of() : java.util.List.copyOf(suggestionIds);
            reserveIds = reserveIds == null ? java.util.List.of() : java.util.List.copyOf(reserveIds);
        }
    }
}
