package cn.gov.laoshan.district.console.plugins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.VersionRange;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import cn.gov.laoshan.district.core.osgi.OsgiHeader;

/**
 * Checks the requirements of a jar's manifest against the running framework without installing it: each
 * {@code Import-Package}, {@code Require-Bundle} and {@code Require-Capability} clause becomes a requirement whose
 * providers {@link FrameworkWiring#findProviders} looks up among the installed bundles.
 */
final class RequirementCheck {

    private RequirementCheck() {
    }

    static List<DryRun.Requirement> check(PluginJar jar, FrameworkWiring wiring, Bundle replaced) {
        Set<String> ownExports = new HashSet<>();
        for (OsgiHeader.Clause clause : OsgiHeader.parse(jar.header("Export-Package"))) {
            ownExports.addAll(clause.names());
        }
        List<DryRun.Requirement> result = new ArrayList<>();
        for (OsgiHeader.Clause clause : OsgiHeader.parse(jar.header("Import-Package"))) {
            boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(clause.directives().get("resolution"));
            String version = clause.attributes().get("version");
            for (String name : clause.names()) {
                String range = version == null ? "" : " version " + new VersionRange(version);
                String filter = version == null ? "(osgi.wiring.package=" + name + ")"
                        : "(&(osgi.wiring.package=" + name + ")" + new VersionRange(version).toFilterString("version") + ")";
                String description = "package " + name + range;
                if (ownExports.contains(name)) {
                    result.add(new DryRun.Requirement(description, true, jar.symbolicName(), optional));
                } else {
                    result.add(find(wiring, PackageNamespace.PACKAGE_NAMESPACE, filter, description, optional, replaced));
                }
            }
        }
        for (OsgiHeader.Clause clause : OsgiHeader.parse(jar.header("Require-Bundle"))) {
            boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(clause.directives().get("resolution"));
            String version = clause.attributes().get("bundle-version");
            for (String name : clause.names()) {
                String filter = version == null ? "(osgi.wiring.bundle=" + name + ")"
                        : "(&(osgi.wiring.bundle=" + name + ")" + new VersionRange(version).toFilterString("bundle-version") + ")";
                result.add(find(wiring, BundleNamespace.BUNDLE_NAMESPACE, filter, "bundle " + name, optional, replaced));
            }
        }
        for (OsgiHeader.Clause clause : OsgiHeader.parse(jar.header("Require-Capability"))) {
            String effective = clause.directives().getOrDefault("effective", Namespace.EFFECTIVE_RESOLVE);
            if (!Namespace.EFFECTIVE_RESOLVE.equals(effective)) {
                continue; // checked when the bundle runs (services), not when it resolves
            }
            boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(clause.directives().get("resolution"));
            String filter = clause.directives().get("filter");
            for (String namespace : clause.names()) {
                result.add(find(wiring, namespace, filter, namespace + " " + (filter == null ? "" : filter), optional,
                        replaced));
            }
        }
        return result;
    }

    private static DryRun.Requirement find(FrameworkWiring wiring, String namespace, String filter, String description,
            boolean optional, Bundle replaced) {
        Collection<BundleCapability> providers = wiring.findProviders(new Synthetic(namespace, filter));
        for (BundleCapability capability : providers) {
            Bundle provider = capability.getRevision().getBundle();
            if (replaced == null || provider.getBundleId() != replaced.getBundleId()) {
                return new DryRun.Requirement(description, true,
                        provider.getSymbolicName() + " " + provider.getVersion(), optional);
            }
        }
        return new DryRun.Requirement(description, false, null, optional);
    }

    /** A requirement of no bundle: only its namespace and filter count. */
    private record Synthetic(String namespace, String filter) implements Requirement {

        @Override
        public String getNamespace() {
            return namespace;
        }

        @Override
        public Map<String, String> getDirectives() {
            return filter == null ? Map.of() : Map.of(Namespace.REQUIREMENT_FILTER_DIRECTIVE, filter);
        }

        @Override
        public Map<String, Object> getAttributes() {
            return Map.of();
        }

        @Override
        public Resource getResource() {
            return null;
        }
    }
}
