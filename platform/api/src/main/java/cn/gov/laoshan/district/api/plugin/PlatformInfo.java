package cn.gov.laoshan.district.api.plugin;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Facts about the running platform that plugins may act on, as an OSGi service.
 *
 * @since 1.2.0
 */
@ProviderType
public interface PlatformInfo {

    /**
     * Whether this platform runs with demo data (a fresh home started without {@code --no-demo}): plugins then seed
     * realistic demo records into their empty schemas. Never true in production.
     */
    boolean demo();
}
