package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, items 1 and 2: {@code bin/district} never harms a running platform and has a reliable view of its
 * process. The real script runs against a distribution laid out as the build does ({@code bin/}, {@code lib/} with
 * the runtime's class path, {@code features/}), the JVM slowed down by {@link SlowStartAgent} as on a loaded
 * machine: start in the background, status, a second start with the pid file deleted (the script's refusal and the
 * JVM's own), status and stop without the pid file.
 */
class LauncherIT {

    private static final Path SCRIPT = Path.of("..", "..", "distribution", "src", "main", "dist", "bin", "district");
    private static final long SLOW_START_MS = 4000;

    @TempDir
    Path tmp;
    private Path dist;
    private Path home;

    @AfterEach
    void stopWhatRuns() throws Exception {
        if (home != null && Files.exists(home.resolve("district.lock"))) {
            run("stop");
        }
    }

    @Test
    void aSecondStartNeverTouchesTheRunningPlatformAndStopFindsItWithoutThePidFile() throws Exception {
        dist = distribution();
        home = tmp.resolve("home");
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf").resolve("district.properties"), "http.prot=9000\n");

        Result started = run("start", "--background", "--port", "0");
        assertEquals(0, started.exit(), started.output());
        assertTrue(started.output().contains("district: running (pid "), started.output());
        long pid = Long.parseLong(Files.readString(home.resolve("district.pid")).trim());
        int port = Integer.parseInt(Files.readString(home.resolve("district.port")).trim());
        assertTrue(started.output().contains("running (pid " + pid + ")"), "the pid the JVM wrote: " + started.output());
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

        assertTrue(Files.readString(home.resolve("logs").resolve("district.log")).contains(
                "unknown setting 'http.prot' is ignored; did you mean 'http.port'?"), "a typo is warned about");

        Result status = run("status");
        assertEquals(0, status.exit(), status.output());
        assertTrue(status.output().contains("running (pid " + pid + ", home " + home.toRealPath() + ", port " + port + ")"),
                status.output());
        assertTrue(status.output().contains("\"startedAt\""), "status shows /health's details: " + status.output());

        // the pid file is lost (deleted, or the home copied): the running platform's files must survive a start
        Path token = home.resolve("data").resolve("admin.token");
        String tokenBefore = Files.readString(token);
        Set<String> cacheBefore = files(home.resolve("cache").resolve("felix"));
        assertFalse(cacheBefore.isEmpty());
        Files.delete(home.resolve("district.pid"));
        Files.delete(home.resolve("district.port"));

        Result again = run("start", "--background", "--port", "0");
        assertEquals(1, again.exit(), again.output());
        assertTrue(again.output().contains("already running (pid " + pid + ", port " + port + ")"), again.output());

        // the JVM itself refuses too (bin/district's check bypassed), before it writes or deletes anything
        Process direct = new ProcessBuilder(java(), "-cp", dist.resolve("lib") + File.separator + "*",
                "cn.gov.laoshan.district.runtime.Main", "--home", home.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        String directOutput = new String(direct.getInputStream().readAllBytes());
        assertTrue(direct.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, direct.exitValue(), directOutput);
        assertTrue(directOutput.contains("already running (pid " + pid + ", port " + port + ")"), directOutput);

        assertEquals(tokenBefore, Files.readString(token), "the running platform's admin token is untouched");
        assertEquals(cacheBefore, files(home.resolve("cache").resolve("felix")), "its bundle cache is untouched");
        assertFalse(Files.readString(home.resolve("logs").resolve("district.log")).contains("Error writing"));

        // status and stop find it through the lock file
        status = run("status");
        assertEquals(0, status.exit(), status.output());
        assertTrue(status.output().contains("running (pid " + pid), status.output());
        Result stopped = run("stop");
        assertEquals(0, stopped.exit(), stopped.output());
        assertTrue(stopped.output().contains("stopped (pid " + pid + ")"), stopped.output());
        assertTrue(ended(pid), "the JVM has ended");
        assertEquals(3, run("status").exit());
        assertFalse(Files.exists(home.resolve("district.pid")));

        // and the home starts again (the lock went with the JVM)
        Result restarted = run("start", "--background", "--port", "0");
        assertEquals(0, restarted.exit(), restarted.output());
        long newPid = Long.parseLong(Files.readString(home.resolve("district.pid")).trim());
        assertNotEquals(pid, newPid);
        assertEquals(0, run("stop").exit());
    }

    /**
     * The first stop of a build: the platform stops at once, but the JVM then writes its class-data archive, which
     * took over 30 s on a loaded machine — stop said "has not stopped" and proposed kill -9, which would have thrown
     * the archive away. Stop now waits for it, and says why. (The JVM's exit is held back here by the agent.)
     */
    @Test
    void theFirstStopOfABuildWaitsForTheJvmWritingItsClassDataArchive() throws Exception {
        dist = distribution();
        home = tmp.resolve("home");
        Map<String, String> archiving = Map.of("DISTRICT_CDS", "on",
                "JAVA_OPTS", "-Xmx512m -XX:+UnlockDiagnosticVMOptions -XX:+AllowArchivingWithJavaAgent -javaagent:"
                        + dist.resolve("slow-start.jar") + "=0:30000");
        Result started = run(archiving, "start", "--background", "--port", "0");
        assertEquals(0, started.exit(), started.output());
        long pid = Long.parseLong(Files.readString(home.resolve("district.pid")).trim());
        assertTrue(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).contains("ArchiveClassesAtExit"),
                "a first start of this build writes the archive at its exit");

        Result stopped = run(Map.of("DISTRICT_CDS", "on", "DISTRICT_STOP_TIMEOUT", "20"), "stop");
        assertEquals(0, stopped.exit(), stopped.output());
        assertTrue(stopped.output().contains("Java is writing its class-data archive"), stopped.output());
        assertTrue(stopped.output().contains("stopped (pid " + pid + "): platform stopped in"), stopped.output());
        assertTrue(ended(pid));
    }

    /** Issue 23, item 6: mistakes in district.properties stop the start with the file, the line, and no stack trace. */
    @Test
    void mistakesInTheSettingsFileFailTheStartWithAClearMessage() throws Exception {
        dist = distribution();
        home = tmp.resolve("home");
        Path settings = Files.createDirectories(home.resolve("conf")).resolve("district.properties");

        Files.writeString(settings, "features=nonexistent\n");
        Result unknownFeature = run("start", "--background", "--port", "0");
        assertEquals(1, unknownFeature.exit(), unknownFeature.output());
        assertTrue(unknownFeature.output().contains("district: the platform could not start: unknown feature "
                + "nonexistent (features=)"), unknownFeature.output());
        assertFalse(unknownFeature.output().contains("\tat "), "no stack trace: " + unknownFeature.output());

        Files.writeString(settings, "# HTTP\nhttp.port=8080\nhttp.host=\\u00zz\n");
        Result badEscape = run("start", "--background", "--port", "0");
        assertEquals(1, badEscape.exit(), badEscape.output());
        assertTrue(badEscape.output().contains("district: " + settings.toRealPath() + ", line 3: Malformed"),
                badEscape.output());
        assertFalse(badEscape.output().contains("\tat "), "no stack trace: " + badEscape.output());
    }

    private record Result(int exit, String output) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    /** bin/district with the test's environment, {@code environment} replacing or adding variables. */
    private Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", dist.resolve("bin").resolve("district").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--home", home.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("DISTRICT_CDS", "off");
        env.put("JAVA_OPTS", "-Xmx512m -javaagent:" + dist.resolve("slow-start.jar") + "=" + SLOW_START_MS);
        env.remove("DISTRICT_HOME");
        env.remove("DISTRICT_PORT");
        env.putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(240, TimeUnit.SECONDS), "bin/district " + String.join(" ", args));
        return new Result(process.exitValue(), output);
    }

    /** bin/district, lib/ (the jars of this test's class path, as the build puts the runtime's), features/. */
    private Path distribution() throws IOException {
        Path root = tmp.resolve("dist");
        Files.createDirectories(root.resolve("bin"));
        Files.copy(SCRIPT, root.resolve("bin").resolve("district"), StandardCopyOption.COPY_ATTRIBUTES);
        Path lib = Files.createDirectories(root.resolve("lib"));
        Set<String> names = new HashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            String name = jar.getFileName().toString();
            if (name.endsWith(".jar") && Files.isRegularFile(jar) && !name.startsWith("playwright")
                    && !name.startsWith("driver") && names.add(name)) {
                Files.createSymbolicLink(lib.resolve(name), jar.toAbsolutePath());
            }
        }
        Files.createDirectories(root.resolve("features"));
        Files.writeString(root.resolve("features").resolve("standard.feature.json"),
                "{\"id\":\"standard\",\"name\":{\"zh-CN\":\"标准功能集\",\"en\":\"Standard\"},\"plugins\":[],"
                        + "\"configuration\":{}}");
        Files.createDirectories(root.resolve("bundles"));
        slowStartAgent(root.resolve("slow-start.jar"));
        return root;
    }

    private static void slowStartAgent(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", SlowStartAgent.class.getName());
        String entry = SlowStartAgent.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest);
                var in = SlowStartAgent.class.getClassLoader().getResourceAsStream(entry)) {
            jarOut.putNextEntry(new JarEntry(entry));
            in.transferTo(jarOut);
            jarOut.closeEntry();
        }
    }

    /** Gone, or a zombie that nobody has reaped yet (no command line: the JVM has exited). */
    private static boolean ended(long pid) throws IOException {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        return !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                || !Files.exists(cmdline) || Files.readAllBytes(cmdline).length == 0;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return new java.util.TreeSet<>(paths.map(p -> dir.relativize(p).toString()).toList());
        }
    }
}
