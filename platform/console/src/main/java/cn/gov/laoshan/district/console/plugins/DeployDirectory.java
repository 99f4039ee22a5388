package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.security.AccessControl;

/**
 * Hot deploy: the jars in {@code <home>/deploy/} are installed, updated and uninstalled as files come, change and
 * go — checked first, so that nothing there fails silently or harms what runs.
 *
 * <p>FileInstall did this before; it is not used for {@code deploy/} because its rules were wrong for an operator:
 * it read a file while it was still being written, uninstalled the running plugin when a damaged jar was written over
 * it, took over (and on deletion uninstalled) a feature's bundle of the same name and version, reported nothing about
 * files it could not use, updated without the console's safe update, and wrote no audit record. Here:
 * <ul>
 * <li>a file is looked at once its size and time stayed the same for one poll (a copy in progress is not read);</li>
 * <li>it must be a complete, readable bundle ({@link PluginJar#checkBundle}), on the allow-list when there is one;
 *     else it is a problem ({@link InstallProblems}: {@code /health}, the plugins screen, the log) and a running
 *     version of it stays as it is;</li>
 * <li>a file whose symbolic name is already installed from elsewhere (a feature, the console, another file in
 *     {@code deploy/}) is not installed: it is reported and waits; when the other file of {@code deploy/} goes, it
 *     is installed;</li>
 * <li>a changed file updates its bundle through {@link PluginManager#replaceSafely}: migrations first, all or
 *     nothing, the previous version back when the new one does not come up;</li>
 * <li>every install, update and uninstall is audited (source {@code console}, as the console's own actions).</li>
 * </ul>
 */
public final class DeployDirectory implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeployDirectory.class);

    private record Stamp(long size, long modified) {
        static Stamp of(Path file) throws IOException {
            return new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        }
    }

    private final BundleContext context;
    private final PluginManager manager;
    private final InstallProblems problems;
    private final AccessControl access;
    private final Path dir;
    /** Copies of the jars that run, to put back when an update does not come up (the file itself was replaced). */
    private final Path copies;
    /** What each file looked like at the last poll: a file is handled once it stayed the same for one poll. */
    private final Map<String, Stamp> seen = new HashMap<>();
    /** What each file looked like when it was last handled (installed, updated or found wanting). */
    private final Map<String, Stamp> handled = new HashMap<>();
    private ScheduledExecutorService poller;
    /**
     * During the start's first scan: installs are not audited one by one (every start installs deploy/ again);
     * {@link PluginManager#reconcile} records what changed since the audit log last said.
     */
    private boolean starting;

    DeployDirectory(BundleContext context, PluginManager manager, InstallProblems problems, AccessControl access,
            Path dir, Path copies) {
        this.context = context;
        this.manager = manager;
        this.problems = problems;
        this.access = access;
        this.dir = dir;
        this.copies = copies;
    }

    /**
     * Installs what is in the directory now (the files of a start are complete: no waiting), then watches it every
     * {@code poll}.
     */
    public synchronized void start(Duration poll) {
        starting = true;
        try {
            scan(true);
        } finally {
            starting = false;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "district-deploy");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> {
            try {
                scan(false);
            } catch (RuntimeException | LinkageError e) {
                LOG.error("deploy/ scan failed", e);
            }
        }, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** The location of the bundle a file of {@code deploy/} installs: its URI (contains {@code /deploy/}). */
    private String location(Path file) {
        return file.toUri().toString();
    }

    private static String where(String name) {
        return "deploy/" + name;
    }

    synchronized void scan(boolean initial) {
        access.asSystem(() -> {
            scanAsSystem(initial);
            return null;
        });
    }

    private void scanAsSystem(boolean initial) {
        Map<String, Path> files = new HashMap<>();
        try (var list = Files.list(dir)) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".jar") && !name.startsWith(".") && Files.isRegularFile(file)) {
                    files.put(name, file);
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}", dir, e.toString());
            return;
        }
        boolean removedOne = false;
        for (String name : List.copyOf(seen.keySet())) {
            if (!files.containsKey(name)) {
                removed(name);
                removedOne = true;
            }
        }
        if (removedOne) {
            // a file that waited for another copy of its plugin (or found no room) is looked at again
            handled.keySet().removeIf(name -> problems.has(where(name)));
        }
        for (Map.Entry<String, Path> entry : files.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String name = entry.getKey();
            Stamp stamp;
            try {
                stamp = Stamp.of(entry.getValue());
            } catch (IOException e) {
                continue; // gone meanwhile
            }
            Stamp before = seen.put(name, stamp);
            if (!initial && !stamp.equals(before)) {
                continue; // new or still changing: looked at when it stayed the same for one poll
            }
            if (stamp.equals(handled.get(name))) {
                continue;
            }
            handled.put(name, stamp);
            try {
                handle(name, entry.getValue());
            } catch (IOException | RuntimeException e) {
                LOG.error("deploy/{} could not be handled", name, e);
                problems.report(where(name), String.valueOf(e.getMessage()));
            }
        }
    }

    private void handle(String name, Path file) throws IOException {
        Bundle current = context.getBundle(location(file));
        PluginJar jar;
        try {
            jar = PluginJar.checkBundle(file, manager.allowList());
        } catch (ConsoleException e) {
            List<InstallProblems.Said> said = new ArrayList<>(List.of(InstallProblems.Said.of(e)));
            if (current != null) {
                said.add(new InstallProblems.Said("console.problem.keeps-running", current.getSymbolicName(),
                        current.getVersion().toString()));
            }
            problems.report(where(name), e.getMessage() + (current == null ? ""
                    : "; " + current.getSymbolicName() + " " + current.getVersion() + " keeps running"), said);
            return;
        }
        Optional<Bundle> other = manager.installed(jar.symbolicName()).filter(b -> current == null
                || b.getBundleId() != current.getBundleId());
        if (other.isPresent()) {
            Bundle b = other.get();
            // where the running copy came from, once, in the console's words and in the log's English
            String installedFrom = fileName(b.getLocation());
            boolean console = b.getLocation().startsWith(PluginManager.LOCATION_PREFIX);
            boolean deploy = !console && b.getLocation().contains("/deploy/");
            InstallProblems.Said fromSaid = console ? new InstallProblems.Said("console.problem.from.console")
                    : new InstallProblems.Said(deploy ? "console.problem.from.deploy" : "console.problem.from.feature",
                            installedFrom);
            String from = console ? "the admin console"
                    : deploy ? "deploy/" + installedFrom : "a feature (" + installedFrom + ")";
            problems.report(where(name), jar.symbolicName() + " " + b.getVersion() + " is already installed from "
                    + from + "; this file (version " + jar.version() + ") is not used while that one is there",
                    List.of(new InstallProblems.Said("console.problem.duplicate", jar.symbolicName(),
                            b.getVersion().toString(), fromSaid, jar.version().toString())));
            return;
        }
        if (current == null) {
            install(name, file, jar);
        } else {
            update(name, current, jar);
        }
    }

    private static String fileName(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void install(String name, Path file, PluginJar jar) throws IOException {
        Bundle bundle;
        try (InputStream in = Files.newInputStream(file)) {
            bundle = context.installBundle(location(file), in);
        } catch (BundleException e) {
            problems.report(where(name), "cannot be installed: " + e.getMessage(),
                    List.of(new InstallProblems.Said("console.problem.install", String.valueOf(e.getMessage()))));
            return;
        }
        keepCopy(bundle, file);
        problems.clear(where(name));
        try {
            if (bundle.getHeaders().get("Fragment-Host") == null) {
                bundle.start();
            }
        } catch (BundleException e) {
            // unresolved or failing: the plugin's health says why
            LOG.warn("deploy/{}: {} {} does not start: {}", name, jar.symbolicName(), jar.version(), e.getMessage());
        }
        if (!starting) {
            manager.recordDeploy("plugin.install", jar, null, bundle, "from deploy/" + name);
        }
    }

    private void update(String name, Bundle current, PluginJar jar) throws IOException {
        Path copy = copyOf(current);
        if (Files.isRegularFile(copy) && PluginJar.sha256(copy).equals(jar.sha256())) {
            problems.clear(where(name));
            return; // touched, not changed
        }
        String before = manager.summary(current);
        byte[] previous = Files.isRegularFile(copy) ? Files.readAllBytes(copy) : null;
        Optional<String> failure;
        InstallProblems.Said why;
        try {
            failure = previous == null ? Optional.of("the running version's jar is not at hand to fall back on")
                    : manager.replaceSafely(current, jar, previous);
            why = previous == null ? new InstallProblems.Said("console.problem.no-fallback")
                    : InstallProblems.Said.detail(failure.orElse(""));
        } catch (ConsoleException e) {
            failure = Optional.of(e.getMessage());
            why = InstallProblems.Said.of(e);
        }
        if (failure.isPresent()) {
            problems.report(where(name), "update to " + jar.symbolicName() + " " + jar.version()
                    + " failed and was undone: " + failure.get() + "; " + current.getVersion() + " keeps running",
                    List.of(new InstallProblems.Said("console.problem.update-undone", jar.symbolicName(), jar.version().toString(),
                            why), new InstallProblems.Said("console.problem.keeps-running", current.getSymbolicName(),
                            current.getVersion().toString())));
            manager.recordDeploy("plugin.update.failed", jar, before, null, jar.version() + ": " + failure.get());
            return;
        }
        keepCopy(current, jar.file());
        problems.clear(where(name));
        manager.recordDeploy("plugin.update", jar, before, current, "from deploy/" + name);
    }

    private void removed(String name) {
        seen.remove(name);
        handled.remove(name);
        problems.clear(where(name));
        Bundle bundle = context.getBundle(location(dir.resolve(name)));
        if (bundle == null) {
            return;
        }
        String before = manager.summary(bundle);
        try {
            bundle.uninstall();
            manager.recordUninstall(bundle.getSymbolicName(), before, "file removed from deploy/" + name);
        } catch (BundleException | IllegalStateException e) {
            LOG.error("deploy/{} was removed but {} cannot be uninstalled", name, bundle.getSymbolicName(), e);
        }
        try {
            Files.deleteIfExists(copyOf(bundle));
        } catch (IOException e) {
            LOG.debug("cannot delete {}", copyOf(bundle), e);
        }
    }

    private Path copyOf(Bundle bundle) {
        return copies.resolve(bundle.getBundleId() + ".jar");
    }

    private void keepCopy(Bundle bundle, Path file) throws IOException {
        Files.createDirectories(copies);
        Files.copy(file, copyOf(bundle), StandardCopyOption.REPLACE_EXISTING);
    }
}
