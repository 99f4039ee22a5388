package cn.gov.laoshan.district.identity.domain;

/** Staff belong to a department; external users represent an enterprise (by its USCC) with least privilege. */
public enum UserKind {
    STAFF, EXTERNAL
}
