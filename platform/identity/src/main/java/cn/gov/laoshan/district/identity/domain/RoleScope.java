package cn.gov.laoshan.district.identity.domain;

/**
 * Where a role's permissions hold: ALL departments, the user's OWN department (and its sub-departments), or a
 * fixed DEPARTMENT (and its sub-departments).
 */
public enum RoleScope {
    ALL, OWN, DEPARTMENT
}
