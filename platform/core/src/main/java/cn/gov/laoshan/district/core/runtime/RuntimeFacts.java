package cn.gov.laoshan.district.core.runtime;

import java.nio.file.Path;
import java.time.Instant;

import org.osgi.framework.Bundle;

/**
 * What the platform's modules (the admin console) need to know from the runtime that the OSGi registry does not tell:
 * which bundles are the platform's own, a plugin bundle's health in plain words, the open sessions. The runtime
 * registers one as an OSGi service on the system bundle before the platform modules start. Here in core, not in the
 * console, so that the runtime implements it without depending on the console's internals.
 */
public interface RuntimeFacts {

    /** A plugin bundle's state as the runtime sees it. */
    record BundleHealth(String state, String error) {
        /** Whether the bundle should serve and does not (an activation failed, a dependency is missing). */
        public boolean failed() {
            return "FAILED".equals(state);
        }
    }

    Instant startedAt();

    /**
     * This node's name among several platforms on one database ({@code node.name} in {@code district.properties},
     * {@code bin/district --node}; default the host name).
     */
    default String nodeName() {
        return "local";
    }

    /** Whether a bundle belongs to the platform itself (framework, SCR, ConfigAdmin, ...) rather than to a plugin. */
    boolean isPlatformBundle(Bundle bundle);

    /**
     * A plugin bundle's state (ACTIVE, STARTING, STOPPING, STOPPED, INSTALLED, FAILED) and why it does not serve
     * ({@code null} when it does).
     */
    BundleHealth status(Bundle bundle);

    /** Open Vaadin sessions, signed in or not (a sign-in page, a probe of / opens one too). */
    int openSessions();

    /** Vaadin sessions with someone signed in: the people online. */
    default int signedInSessions() {
        return openSessions();
    }

    /** Where feature descriptions are ({@code features/}). */
    Path featuresDir();

    /** Where the plugin jars named by features are ({@code bundles/}), or {@code null}. */
    Path bundlesDir();
}
