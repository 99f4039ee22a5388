package cn.gov.laoshan.district.mediation.domain;

import java.util.List;
import java.util.Locale;

/** A mediation group (行业性、专业性调解组织) and its members. */
public record MediationGroup(long id, String nameZh, String nameEn, CaseType speciality, boolean active,
        List<Member> members) {

    /** A mediator of the group; {@code employerUscc} is a lay mediator's enterprise, if any. */
    public record Member(String login, String name, boolean lead, String employerUscc) {
    }

    public MediationGroup {
        members = List.copyOf(members);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
