package cn.gov.laoshan.district.servicehall.experience.domain;

/**
 * The year's figures of the officers' work: services, policies and halls tried (distinct subjects of answered
 * tasks), findings reported, findings put right (fixed and on), and the officers serving.
 */
public record ExperienceFigures(int year, int itemsTested, int findings, int fixed, int officers) {
}
