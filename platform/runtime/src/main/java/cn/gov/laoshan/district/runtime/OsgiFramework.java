package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.core.osgi.OsgiHeader;

/**
 * The embedded Felix framework with the standard OSGi services the platform builds on: Declarative Services
 * (SCR), Configuration Admin, Event Admin, Metatype, and FileInstall watching {@code deploy/}.
 *
 * <p>The standard bundles are the jars of those names on the runtime's class path; they are installed into the
 * framework and their packages are not exported by the system bundle. The bundle cache is cleaned at every start:
 * what runs is what {@code deploy/} and the configured features say, never a leftover.
 */
final class OsgiFramework {

    private static final Logger LOG = LoggerFactory.getLogger(OsgiFramework.class);

    /** Installed and started in this order; FileInstall last, when everything else is up. */
    static final List<String> STANDARD_BUNDLES = List.of("org.apache.felix.scr", "org.apache.felix.configadmin",
            "org.apache.felix.eventadmin", "org.apache.felix.metatype", "org.apache.felix.fileinstall");
    static final String FILEINSTALL = "org.apache.felix.fileinstall";

    private final Framework framework;
    private final Map<String, Path> standardJars;
    private final Set<Long> platformBundles = new java.util.concurrent.ConcurrentSkipListSet<>();

    private OsgiFramework(Framework framework, Map<String, Path> standardJars) {
        this.framework = framework;
        this.standardJars = standardJars;
    }

    /** Starts the framework and every standard bundle except FileInstall. */
    static OsgiFramework start(DistrictHome home) throws IOException, BundleException {
        long begin = System.nanoTime();
        ClassPathFacts facts = ClassPathFacts.current(home, new java.util.LinkedHashSet<>(STANDARD_BUNDLES), () -> {
            List<Path> classPath = ClassPath.current();
            Map<String, Path> found = findStandardBundles(classPath);
            HostPackages host = HostPackages.scan(classPath, HostPackages.runtimeJars(), found.keySet());
            return new ClassPathFacts(classPath, found, host.asSystemPackagesExtra(), host.packages().size(), false);
        });
        Map<String, Path> standard = facts.standardBundles();
        long scanned = System.nanoTime();

        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, home.cache().resolve("felix").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, facts.systemPackagesExtra());
        config.put("felix.log.logger", new FelixLogger());
        config.put("felix.log.level", "2");
        // FileInstall watches conf/ only (<pid>.cfg files); deploy/ is the console's DeployDirectory, which checks a
        // jar before it touches a running plugin and reports what it cannot use (see docs/runtime.md)
        config.put("felix.fileinstall.dir", home.conf().toString());
        config.put("felix.fileinstall.tmpdir", home.cache().resolve("fileinstall").toString());
        config.put("felix.fileinstall.poll", "1000");
        config.put("felix.fileinstall.noInitialDelay", "true");
        config.put("felix.fileinstall.filter", ".*\\.cfg");
        config.put("felix.fileinstall.log.level", "2");
        // FileInstall reads these two from the framework (not from a watcher's configuration): write ConfigAdmin
        // changes back to the conf/<pid>.cfg file they came from (the default, said explicitly), and read/write
        // those files as UTF-8 (the default ISO-8859-1 turns Chinese values into '?')
        config.put("felix.fileinstall.enableConfigSave", "true");
        config.put("felix.fileinstall.configEncoding", "UTF-8");
        config.put("ds.loglevel", "warn");

        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, OsgiFramework.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Framework framework = factory.newFramework((Map) config);
        framework.init();
        framework.start();
        long frameworkStarted = System.nanoTime();
        OsgiFramework osgi = new OsgiFramework(framework, standard);
        osgi.platformBundles.add(0L);
        Slf4jLogService.register(framework.getBundleContext());
        for (String name : STANDARD_BUNDLES) {
            if (!name.equals(FILEINSTALL)) {
                osgi.installStandard(name).start();
            }
        }
        LOG.info("OSGi framework started in {} ms, {} host packages exported (class path {} {} ms, framework {} ms, "
                + "standard bundles {} ms)", (System.nanoTime() - begin) / 1_000_000, facts.packageCount(),
                facts.fromCache() ? "facts from the cache" : "scan", (scanned - begin) / 1_000_000,
                (frameworkStarted - scanned) / 1_000_000,
                (System.nanoTime() - frameworkStarted) / 1_000_000);
        return osgi;
    }

    /**
     * Starts watching {@code conf/}: {@code <pid>.cfg} files become Configuration Admin configurations, and changes
     * made through Configuration Admin are written back to them. (The framework properties point FileInstall at
     * {@code conf/}; {@code deploy/} is watched by the console's {@code DeployDirectory}.)
     */
    void startWatchers(DistrictHome home) throws BundleException {
        installStandard(FILEINSTALL).start();
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    /** A service of the framework's registry, if one is registered. */
    <T> java.util.Optional<T> service(Class<T> type) {
        var reference = context().getServiceReference(type);
        return reference == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(context().getService(reference));
    }

    /** Every registered service of a type. */
    <T> List<T> services(Class<T> type) {
        try {
            List<T> found = new ArrayList<>();
            for (var reference : context().getServiceReferences(type, null)) {
                T service = context().getService(reference);
                if (service != null) {
                    found.add(service);
                }
            }
            return found;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Framework framework() {
        return framework;
    }

    /** Whether a bundle belongs to the platform itself rather than to a plugin. */
    boolean isPlatformBundle(Bundle bundle) {
        return platformBundles.contains(bundle.getBundleId());
    }

    boolean isActive() {
        return framework.getState() == Bundle.ACTIVE;
    }

    void stop(long timeoutMillis) {
        try {
            framework.stop();
            framework.waitForStop(timeoutMillis);
        } catch (BundleException e) {
            LOG.warn("OSGi framework did not stop cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Bundle installStandard(String symbolicName) throws BundleException {
        Path jar = standardJars.get(symbolicName);
        if (jar == null) {
            throw new BundleException("standard bundle " + symbolicName + " is not on the class path");
        }
        Bundle bundle = framework.getBundleContext().installBundle(jar.toUri().toString());
        platformBundles.add(bundle.getBundleId());
        return bundle;
    }

    private static Map<String, Path> findStandardBundles(List<Path> classPath) throws IOException {
        Map<String, Path> found = new LinkedHashMap<>();
        for (Path entry : classPath) {
            if (!entry.toString().endsWith(".jar") || !entry.toFile().isFile()) {
                continue;
            }
            try (JarFile jar = new JarFile(entry.toFile())) {
                Manifest manifest = jar.getManifest();
                String name = manifest == null ? null
                        : OsgiHeader.symbolicName(manifest.getMainAttributes().getValue("Bundle-SymbolicName"));
                if (name != null && STANDARD_BUNDLES.contains(name)) {
                    found.putIfAbsent(name, entry);
                }
            }
        }
        List<String> missing = new ArrayList<>(STANDARD_BUNDLES);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("standard bundles missing from the class path: " + missing);
        }
        return found;
    }
}
