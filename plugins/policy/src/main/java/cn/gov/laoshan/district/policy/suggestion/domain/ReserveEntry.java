package cn.gov.laoshan.district.policy.suggestion.domain;

import java.time.Instant;

/**
 * An entry of the policy reserve library (政策储备库): a group or a single suggestion worth a policy.
 *
 * @param sourceCount how many suggestions it stands for (a group's members, else one)
 * @param groupId     the group, or {@code null}
 * @param suggestionId the single suggestion, or {@code null}
 */
public record ReserveEntry(long id, String title, Topic topic, int sourceCount, Long groupId, Long suggestionId,
        String note, String addedBy, Instant addedAt) {
}
