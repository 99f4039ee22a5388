package cn.gov.laoshan.district.servicehall.experience.domain;

/** An experience task is assigned, then answered (the questionnaire filled in). */
public enum TaskState {
    ASSIGNED, ANSWERED
}
