package cn.gov.laoshan.district.api.enterprise;

/** Columns the registry sorts by. */
public enum EnterpriseSort {
    USCC, NAME, ESTABLISHED_ON, REGISTERED_CAPITAL, INDUSTRY_CODE, STATUS
}
