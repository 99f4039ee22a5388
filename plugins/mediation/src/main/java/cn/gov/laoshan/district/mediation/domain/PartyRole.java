package cn.gov.laoshan.district.mediation.domain;

/** 申请人 or 被申请人. */
public enum PartyRole {
    APPLICANT, RESPONDENT
}
