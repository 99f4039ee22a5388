package cn.gov.laoshan.district.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

import cn.gov.laoshan.district.core.db.PluginDatabases;
import cn.gov.laoshan.district.shell.i18n.ShellI18N;
import cn.gov.laoshan.district.shell.plugins.ActivePlugin;
import cn.gov.laoshan.district.shell.plugins.PlatformStatus;
import cn.gov.laoshan.district.shell.plugins.PluginStatus;

/**
 * Tells, for every plugin bundle, whether it serves and, when it does not, why in plain words: a requirement
 * nothing provides, an activation that threw, a reference that is not satisfied, a contract the platform refused.
 */
final class PluginHealth implements PlatformStatus {

    private static final Pattern FILTER_NAME = Pattern.compile("\\((osgi\\.wiring\\.package|osgi\\.wiring\\.bundle|osgi\\.ee|osgi\\.service|osgi\\.extender)=([^)]+)\\)");
    private static final Pattern FILTER_VERSION = Pattern.compile("\\((!\\()?version>=([^)]+)\\)");

    private final OsgiFramework osgi;
    private final PluginTracker tracker;
    private final PluginDatabases databases;
    private final ShellI18N i18n;
    private final Instant startedAt;

    PluginHealth(OsgiFramework osgi, PluginTracker tracker, PluginDatabases databases, ShellI18N i18n,
            Instant startedAt) {
        this.osgi = osgi;
        this.tracker = tracker;
        this.databases = databases;
        this.i18n = i18n;
        this.startedAt = startedAt;
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public List<PluginStatus> plugins() {
        List<PluginStatus> result = new ArrayList<>();
        if (!osgi.isActive()) {
            return result;
        }
        for (Bundle bundle : osgi.context().getBundles()) {
            if (!osgi.isPlatformBundle(bundle) && bundle.getState() != Bundle.UNINSTALLED) {
                result.add(status(bundle));
            }
        }
        return result;
    }

    PluginStatus status(Bundle bundle) {
        Optional<ActivePlugin> plugin = tracker.forBundle(bundle.getBundleId());
        String id = plugin.map(ActivePlugin::id).orElse(bundle.getSymbolicName());
        String name = plugin.map(p -> i18n.find(p.descriptor().nameKey(), Locale.SIMPLIFIED_CHINESE)
                .orElse(p.id())).orElse(bundle.getSymbolicName());
        String version = bundle.getVersion().toString();
        List<String> routes = plugin.map(ActivePlugin::routes).orElse(List.of());
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> new PluginStatus(id, name, version, "INSTALLED", routes, unresolved(bundle));
            case Bundle.RESOLVED -> new PluginStatus(id, name, version, "STOPPED", routes, null);
            case Bundle.STARTING -> new PluginStatus(id, name, version, "STARTING", routes, null);
            case Bundle.STOPPING -> new PluginStatus(id, name, version, "STOPPING", routes, null);
            default -> {
                // a failed migration explains the component that waits for its database: say that first
                Optional<String> problem = databases.failure(bundle).or(() -> tracker.problem(bundle.getBundleId()))
                        .or(() -> componentFailure(bundle));
                yield problem.map(p -> new PluginStatus(id, name, version, "FAILED", routes, p))
                        .orElseGet(() -> new PluginStatus(id, name, version, "ACTIVE", routes, null));
            }
        };
    }

    /** The mandatory requirements of a bundle that nothing installed provides. */
    String unresolved(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        FrameworkWiring wiring = osgi.framework().adapt(FrameworkWiring.class);
        List<String> missing = new ArrayList<>();
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            String resolution = requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
            if (Namespace.RESOLUTION_OPTIONAL.equals(resolution)) {
                continue;
            }
            Collection<?> providers = wiring.findProviders(requirement);
            if (providers.isEmpty()) {
                missing.add(describe(requirement));
            }
        }
        return missing.isEmpty() ? "not resolved (a requirement of another bundle it needs is missing)"
                : "missing " + String.join("; ", missing);
    }

    static String describe(BundleRequirement requirement) {
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        Matcher name = FILTER_NAME.matcher(filter);
        String what = name.find() ? name.group(2) : filter;
        String kind = switch (requirement.getNamespace()) {
            case PackageNamespace.PACKAGE_NAMESPACE -> "package ";
            case "osgi.wiring.bundle" -> "bundle ";
            case "osgi.ee" -> "Java environment ";
            case "osgi.service" -> "service ";
            default -> requirement.getNamespace() + " ";
        };
        String low = null;
        String high = null;
        Matcher version = FILTER_VERSION.matcher(filter);
        while (version.find()) {
            if (version.group(1) == null) {
                low = version.group(2);
            } else {
                high = version.group(2);
            }
        }
        String range = low == null ? "" : high == null ? " version " + low + " or later" : " version [" + low + "," + high + ")";
        return kind + what + range;
    }

    private Optional<String> componentFailure(Bundle bundle) {
        return componentFailure(osgi.context(), bundle, false);
    }

    /**
     * Why a bundle's components do not serve: an activation that threw (with its whole stack trace when
     * {@code full}, else its first line) or references that are not satisfied; empty when they serve.
     */
    static Optional<String> componentFailure(BundleContext context, Bundle bundle, boolean full) {
        ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
        if (ref == null) {
            return Optional.empty();
        }
        ServiceComponentRuntime scr = context.getService(ref);
        try {
            for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
                for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                    if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        return Optional.of("activation of " + description.name + " failed: "
                                + (full && configuration.failure != null ? configuration.failure
                                        : firstLine(configuration.failure)));
                    }
                    if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                        List<String> waiting = new ArrayList<>();
                        for (UnsatisfiedReferenceDTO unsatisfied : configuration.unsatisfiedReferences) {
                            waiting.add(unsatisfied.name);
                        }
                        return Optional.of(description.name + " waits for services: " + String.join(", ", waiting));
                    }
                }
            }
            return Optional.empty();
        } finally {
            context.ungetService(ref);
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown error";
        }
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).trim();
    }
}
