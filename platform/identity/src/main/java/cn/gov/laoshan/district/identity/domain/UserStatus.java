package cn.gov.laoshan.district.identity.domain;

/** ACTIVE may sign in; LOCKED after too many failures (until a time, or until unlocked); DISABLED never. */
public enum UserStatus {
    ACTIVE, LOCKED, DISABLED
}
