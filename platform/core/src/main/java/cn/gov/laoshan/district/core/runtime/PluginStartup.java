package cn.gov.laoshan.district.core.runtime;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What the runtime asks of the platform's plugin management (the admin console's) while it starts: the plugins kept
 * from earlier installs, the {@code deploy/} watcher, the checks of jars it installs itself and the reconciliation of
 * what a crash left unrecorded. Registered as an OSGi service by the console; the runtime knows only this.
 */
public interface PluginStartup {

    /** Installs and starts again the plugins installed through the console (their jars kept in {@code plugins/}). */
    void reinstallKept();

    /**
     * Whether a jar the platform installs by itself (a kept plugin, a feature's plugin) may be installed; when not, it
     * is reported as a problem of {@code where}.
     */
    boolean admits(Path jar, String where);

    /**
     * After the kept plugins: installs, updates, starts, stops or removes what the cluster of nodes on this database
     * wants (the desired state the consoles wrote), then keeps following it. Returns once this node is in step (or
     * has tried), so that a node started later reports UP only with the cluster's plugins.
     */
    void followCluster();

    /** Starts watching {@code deploy} every {@code poll}; closing the result stops it. */
    AutoCloseable watchDeploy(Path deploy, Duration poll);

    /** At the end of a start: records every difference between what is installed and what the audit log last said. */
    void reconcile();
}
