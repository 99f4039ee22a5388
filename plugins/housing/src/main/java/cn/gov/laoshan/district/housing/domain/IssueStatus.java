package cn.gov.laoshan.district.housing.domain;

/** 待协调 → 推进中 → 已解决. */
public enum IssueStatus {
    OPEN, IN_PROGRESS, RESOLVED;

    public boolean open() {
        return this != RESOLVED;
    }
}
