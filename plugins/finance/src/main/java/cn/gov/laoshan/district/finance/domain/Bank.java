package cn.gov.laoshan.district.finance.domain;

/**
 * A bank (a branch in the district) taking part in financing matchmaking: an organisation of the registry, whose
 * staff are external users bound to its USCC, and the working days it commits to answer a pushed demand in.
 */
public record Bank(long id, String uscc, String name, int responseDays, String departmentCode) {
}
