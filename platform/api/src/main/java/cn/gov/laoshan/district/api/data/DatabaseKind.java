package cn.gov.laoshan.district.api.data;

/** The databases the platform runs on. */
public enum DatabaseKind {
    /** Apache Derby, embedded in the platform's process (the default) or its network server. */
    DERBY,
    /** PostgreSQL, for deployments with several platform nodes. */
    POSTGRESQL
}
