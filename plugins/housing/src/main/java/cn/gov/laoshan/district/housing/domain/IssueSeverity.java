package cn.gov.laoshan.district.housing.domain;

/** How hard a blocking issue (卡脖子问题) holds a project back. */
public enum IssueSeverity {
    HIGH, MEDIUM, LOW
}
