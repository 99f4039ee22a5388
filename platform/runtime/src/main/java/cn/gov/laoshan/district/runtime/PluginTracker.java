package cn.gov.laoshan.district.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.shell.ShellApplication;
import cn.gov.laoshan.district.shell.plugins.ActivePlugin;

/**
 * Follows the {@link DistrictPlugin} services: each one that appears is read once and handed to the shell, which
 * makes its screens routes; each one that goes is taken out of the shell again. A plugin whose contract cannot be
 * read (it throws, or its routes clash with another plugin's) is recorded as failed and left out; the rest goes on.
 *
 * <p>The platform's own modules (enterprise registry, calendar, administration) contribute their screens the same
 * way, as services of the system bundle; they are not plugins and do not appear in the plugins' health.
 */
final class PluginTracker extends ServiceTracker<DistrictPlugin, ActivePlugin> {

    private static final Logger LOG = LoggerFactory.getLogger(PluginTracker.class);

    private final ShellApplication shell;
    private final Map<Long, ActivePlugin> byBundle = new ConcurrentHashMap<>();
    private final Map<Long, String> problems = new ConcurrentHashMap<>();

    PluginTracker(BundleContext context, ShellApplication shell) {
        super(context, DistrictPlugin.class, null);
        this.shell = shell;
    }

    @Override
    public ActivePlugin addingService(ServiceReference<DistrictPlugin> reference) {
        Bundle bundle = reference.getBundle();
        DistrictPlugin service = context.getService(reference);
        if (service == null) {
            // its activation threw: SCR prints that on standard output only; the operator reads district.log
            PluginHealth.componentFailure(context, bundle, true).ifPresent(failure -> LOG.error(
                    "plugin bundle {} {} does not serve: {}", bundle.getSymbolicName(), bundle.getVersion(), failure));
            return null;
        }
        try {
            // the service's own loader: the bundle's for a plugin, the class path's for a platform module
            ClassLoader loader = service.getClass().getClassLoader();
            ActivePlugin plugin = new ActivePlugin(service.descriptor(), bundle.getVersion().toString(),
                    service.screens(), service.widgets(), service.permissions(), loader, service.messagesBaseName(),
                    service.sections(), service.publicScreens());
            shell.pluginStarted(plugin);
            if (bundle.getBundleId() != 0) {
                byBundle.put(bundle.getBundleId(), plugin);
            }
            problems.remove(bundle.getBundleId());
            return plugin;
        } catch (RuntimeException | LinkageError e) {
            LOG.error("plugin bundle {} {} cannot join the platform", bundle.getSymbolicName(), bundle.getVersion(), e);
            problems.put(bundle.getBundleId(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            context.ungetService(reference);
            return null;
        }
    }

    @Override
    public void removedService(ServiceReference<DistrictPlugin> reference, ActivePlugin plugin) {
        try {
            shell.pluginStopped(plugin.id());
        } finally {
            byBundle.remove(reference.getBundle().getBundleId());
            context.ungetService(reference);
        }
    }

    Optional<ActivePlugin> forBundle(long bundleId) {
        return Optional.ofNullable(byBundle.get(bundleId));
    }

    /** Why a bundle's plugin service was refused, if it was. */
    Optional<String> problem(long bundleId) {
        return Optional.ofNullable(problems.get(bundleId));
    }

    void forget(long bundleId) {
        problems.remove(bundleId);
    }
}
