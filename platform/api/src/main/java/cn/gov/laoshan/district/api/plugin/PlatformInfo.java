package cn.gov.laoshan.district.api.plugin;

import java.time.Clock;

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

    /**
     * The platform's clock: the time a plugin's deadlines, states, reminders and records should take — the system's
     * in production, the moved one of a test that moves the platform's time (a plugin that reads the system clock
     * itself would stay in the real "today" while the platform, its calendar and its jobs are elsewhere).
     *
     * @since 1.7.0
     */
    default Clock clock() {
        return Clock.systemDefaultZone();
    }
}
