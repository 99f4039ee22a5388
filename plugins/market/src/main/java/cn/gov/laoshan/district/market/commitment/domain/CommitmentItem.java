package cn.gov.laoshan.district.market.commitment.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One item of the 告知承诺制 catalogue, keyed by its code: whether it may be approved on the applicant's commitment,
 * the conditions the applicant commits to meet, the post-check (within how many months, on site or on the documents),
 * its risk level and whether it directly concerns public safety, health or life (a ban after deception is then 3 years,
 * else 1: Administrative Licensing Law arts. 78–79).
 */
public record CommitmentItem(String code, String nameZh, String nameEn, String authority, boolean commitmentAllowed,
        Risk risk, boolean safety, int checkMonths, CheckMode checkMode, List<String> conditions, int order) {

    public CommitmentItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(checkMode, "checkMode");
        conditions = List.copyOf(conditions);
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    /** Whether the commitment route is open for the item at all: allowed and not high-risk. */
    public boolean offersCommitment() {
        return commitmentAllowed && risk != Risk.HIGH && checkMonths > 0;
    }

    /** Years an applicant found to have deceived is barred from the item (arts. 78–79). */
    public int banYears() {
        return safety ? 3 : 1;
    }
}
