package cn.gov.laoshan.district.runtime;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;

import cn.gov.laoshan.district.core.runtime.RuntimeFacts;
import cn.gov.laoshan.district.shell.plugins.PluginStatus;

/**
 * The runtime's answer to {@link RuntimeFacts}, registered on the system bundle before the platform modules start:
 * what the admin console needs to know that the OSGi registry does not tell.
 */
final class HostFacts implements RuntimeFacts {

    private final Instant startedAt;
    private final String nodeName;
    private final OsgiFramework osgi;
    /** Known only once the database is open (after this service is registered): until then no bundle's health. */
    private final Supplier<PluginHealth> health;
    private final IntSupplier openSessions;
    private final IntSupplier signedInSessions;
    private final Path featuresDir;
    private final Path bundlesDir;

    HostFacts(Instant startedAt, String nodeName, OsgiFramework osgi, Supplier<PluginHealth> health,
            IntSupplier openSessions, IntSupplier signedInSessions, Path featuresDir, Path bundlesDir) {
        this.startedAt = startedAt;
        this.nodeName = nodeName;
        this.osgi = osgi;
        this.health = health;
        this.openSessions = openSessions;
        this.signedInSessions = signedInSessions;
        this.featuresDir = featuresDir;
        this.bundlesDir = bundlesDir;
    }

    @Override
    public String nodeName() {
        return nodeName;
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public boolean isPlatformBundle(Bundle bundle) {
        return osgi.isPlatformBundle(bundle);
    }

    @Override
    public BundleHealth status(Bundle bundle) {
        PluginStatus status = health.get().status(bundle);
        return status == null ? null : new BundleHealth(status.state(), status.error());
    }

    @Override
    public int openSessions() {
        return openSessions.getAsInt();
    }

    @Override
    public int signedInSessions() {
        return signedInSessions.getAsInt();
    }

    @Override
    public Path featuresDir() {
        return featuresDir;
    }

    @Override
    public Path bundlesDir() {
        return bundlesDir;
    }
}
