package cn.gov.laoshan.district.policy.suggestion.domain;

import java.time.Instant;
import java.util.List;

/**
 * A group of look-alike suggestions around a typical problem (研究一个典型问题，解决一批相似问题): proposed by
 * {@link LookAlikeGrouping}, then confirmed (or split) by staff; one answer to a confirmed group answers each member.
 */
public record SuggestionGroup(long id, String title, long typicalId, boolean confirmed, double cohesion,
        List<Long> members, Instant createdAt) {
}
