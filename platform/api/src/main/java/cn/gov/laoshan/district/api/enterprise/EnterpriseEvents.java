package cn.gov.laoshan.district.api.enterprise;

/**
 * OSGi EventAdmin topics the registry posts (asynchronously) after a change is committed. Subscribe with an
 * {@code org.osgi.service.event.EventHandler} service with {@code event.topics=district/enterprise/*}.
 */
public final class EnterpriseEvents {

    /** A new enterprise was created; properties {@link #USCC}, {@link #NAME}. */
    public static final String REGISTERED = "district/enterprise/REGISTERED";
    /** An enterprise was changed; properties {@link #USCC}, {@link #NAME}. */
    public static final String UPDATED = "district/enterprise/UPDATED";
    /** A file was imported; properties {@link #COUNT} (rows written) and {@link #FILE_NAME}. */
    public static final String IMPORTED = "district/enterprise/IMPORTED";
    /** Every registry topic, for a handler's {@code event.topics}. */
    public static final String ALL = "district/enterprise/*";

    /** Event property: the unified social credit code (String). */
    public static final String USCC = "uscc";
    /** Event property: the enterprise's name (String). */
    public static final String NAME = "name";
    /** Event property of {@link #IMPORTED}: rows written (Integer). */
    public static final String COUNT = "count";
    /** Event property of {@link #IMPORTED}: the imported file's name (String). */
    public static final String FILE_NAME = "fileName";

    private EnterpriseEvents() {
    }
}
