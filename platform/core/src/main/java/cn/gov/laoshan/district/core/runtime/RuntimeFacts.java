package cn.gov.laoshan.district.console;

import java.nio.file.Path;
import java.time.Instant;

import org.osgi.framework.Bundle;

import cn.gov.laoshan.district.shell.plugins.PluginStatus;

/**
 * What the console needs to know from the runtime that the OSGi registry does not tell: which bundles are the
 * platform's own, a plugin bundle's health in plain words, the open sessions. The runtime registers one as an OSGi
 * service on the system bundle before the platform modules start.
 */
public interface RuntimeFacts {

    Instant startedAt();

    /** Whether a bundle belongs to the platform itself (framework, SCR, ConfigAdmin, ...) rather than to a plugin. */
    boolean isPlatformBundle(Bundle bundle);

    /** A plugin bundle's state (ACTIVE, STOPPED, INSTALLED, FAILED, ...) and why it does not serve. */
    PluginStatus status(Bundle bundle);

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
