package cn.gov.laoshan.district.policy.draft.domain;

/**
 * What a draft answers (its source): a suggestion of an enterprise or an entry of the policy reserve library (a
 * group of look-alike suggestions or a single one), by number, with a line that tells a drafter which it is.
 *
 * @param summary the suggestion's enterprise and the start of its text, or the reserve entry's title and how many
 *                suggestions it stands for
 */
public record DraftSource(Kind kind, long id, String summary) {

    public enum Kind {
        SUGGESTION, RESERVE
    }
}
