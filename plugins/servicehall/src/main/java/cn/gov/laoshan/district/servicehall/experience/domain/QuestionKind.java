package cn.gov.laoshan.district.servicehall.experience.domain;

/** The kinds of question a questionnaire template holds. */
public enum QuestionKind {
    /** Free text, up to 2,000 characters. */
    TEXT,
    /** One of the question's choices. */
    CHOICE,
    /** A whole score from 1 to 5. */
    SCORE
}
