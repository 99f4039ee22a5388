package cn.gov.laoshan.district.loadtest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's CPU and allocation went during a load run, from a JFR recording taken with the {@code profile}
 * settings ({@code jcmd <pid> JFR.start duration=90s filename=/tmp/load.jfr settings=profile}; give the server
 * {@code -XX:FlightRecorderOptions:stackdepth=256}, Vaadin's stacks are deeper than JFR's default 64 frames).
 *
 * <p>Execution samples are split by thread: the HTTP threads ({@code district-http-*}: what users wait for) apart from
 * the platform's jobs ({@code district-job-*}, e.g. the demo data's background work) and the JVM's own. For the HTTP
 * threads it prints the methods that were running (self), the methods on the stack (total), our own code's methods
 * (the nearest {@code cn.gov.laoshan} frame to the top: which of our calls led to the work, library work included),
 * the libraries by package, and named kinds of work (JDBC, Derby, JSON, message bundles…); then the allocation samples
 * by class and by our nearest frame. {@code focus=<text>} keeps only the samples with a frame containing that text and
 * adds their callers — to follow one suspect.
 *
 * <pre>
 * java -cp platform/loadtest/target/classes cn.gov.laoshan.district.loadtest.JfrProfile /tmp/load.jfr [top=25] [focus=ResourceBundle.getBundle [depth=10]]
 * </pre>
 */
public final class JfrProfile {

    /** Our code: the nearest frame of it is "which of our calls" a sample belongs to. */
    static final String OURS = "cn.gov.laoshan.";
    static final String HTTP = "http";
    static final String JOB = "job";

    /** Kinds of work, by a frame on the stack (a sample can be of several). */
    static final Map<String, Predicate<String>> KINDS = kinds();

    private static Map<String, Predicate<String>> kinds() {
        Map<String, Predicate<String>> kinds = new LinkedHashMap<>();
        kinds.put("JDBC (a Jdbi handle, HikariCP or a driver below)", f -> f.startsWith("org.jdbi.")
                || f.startsWith("com.zaxxer.hikari.") || f.startsWith("org.apache.derby.")
                || f.startsWith("org.postgresql."));
        kinds.put("Derby", f -> f.startsWith("org.apache.derby."));
        kinds.put("Derby compiling a statement", f -> f.startsWith("org.apache.derby.impl.sql.GenericStatement.prepMinion")
                || f.startsWith("org.apache.derby.impl.sql.compile."));
        kinds.put("password hashing (Bouncy Castle)", f -> f.startsWith("org.bouncycastle."));
        kinds.put("message bundles (ResourceBundle, MessageFormat)", f -> f.startsWith("java.util.ResourceBundle.")
                || f.startsWith("java.text.MessageFormat."));
        kinds.put("Vaadin writing the UIDL answer (UidlWriter)", f -> f.startsWith("com.vaadin.flow.server.communication.UidlWriter."));
        kinds.put("JSON (elemental, Jackson)", f -> f.startsWith("elemental.json.") || f.startsWith("com.fasterxml.jackson.")
                || f.startsWith("tools.jackson."));
        kinds.put("Vaadin reading the client's changes (ServerRpcHandler)", f -> f.startsWith(
                "com.vaadin.flow.server.communication.ServerRpcHandler."));
        kinds.put("Vaadin navigation (Router)", f -> f.startsWith("com.vaadin.flow.router.internal.AbstractNavigationStateRenderer.")
                || f.startsWith("com.vaadin.flow.router.Router."));
        kinds.put("grid data (DataCommunicator)", f -> f.startsWith("com.vaadin.flow.data.provider.DataCommunicator."));
        kinds.put("audit log", f -> f.startsWith("cn.gov.laoshan.district.audit."));
        kinds.put("logging (SLF4J, Logback)", f -> f.startsWith("org.slf4j.") || f.startsWith("ch.qos.logback."));
        kinds.put("compression (java.util.zip)", f -> f.startsWith("java.util.zip."));
        kinds.put("regular expressions", f -> f.startsWith("java.util.regex."));
        kinds.put("reflection, method handles", f -> f.startsWith("java.lang.reflect.") || f.startsWith("java.lang.invoke.")
                || f.startsWith("jdk.internal.reflect."));
        kinds.put("Jetty (HTTP, sessions)", f -> f.startsWith("org.eclipse.jetty."));
        return kinds;
    }

    /**
     * Where a request's CPU went, each sample counted once: the first of these whose test a sample passes takes it
     * (a database read made while a grid's rows are written is database work; the view code that asked for it is
     * named by {@link #nearestOurs}).
     */
    static final Map<String, Predicate<List<String>>> SHARES = shares();

    private static Map<String, Predicate<List<String>>> shares() {
        Map<String, Predicate<List<String>>> shares = new LinkedHashMap<>();
        shares.put("database: Derby compiling a statement", any(f -> f.startsWith(
                "org.apache.derby.impl.sql.GenericStatement.prepMinion")));
        shares.put("database: running statements, reading rows (Derby, Jdbi, the pool)", any(KINDS.get(
                "JDBC (a Jdbi handle, HikariCP or a driver below)")));
        shares.put("password hashing", any(f -> f.startsWith("org.bouncycastle.")));
        shares.put("message bundles (ShellI18N, ResourceBundle, MessageFormat)", any(f -> f.startsWith(
                "cn.gov.laoshan.district.shell.i18n.") || f.startsWith("java.util.ResourceBundle.")
                || f.startsWith("java.text.MessageFormat.")));
        shares.put("Vaadin: elemental JSON turned into Jackson's (JacksonUtils.mapElemental)", any(f -> f.startsWith(
                "com.vaadin.flow.internal.JacksonUtils.mapElemental")));
        shares.put("grid rows made into JSON (DataCommunicator, renderers)", any(f -> f.startsWith(
                "com.vaadin.flow.data.provider.DataCommunicator.")));
        shares.put("our views: building the screen (view constructors, beforeEnter, our ui code)", any(f -> f.startsWith(OURS)
                && (f.contains(".ui.") || f.contains("ShellInstantiator") || f.contains("Plugin.lambda$"))));
        shares.put("Vaadin: writing the answer (UidlWriter: changes, JSON)", any(f -> f.startsWith(
                "com.vaadin.flow.server.communication.UidlWriter.")));
        shares.put("Vaadin: navigation (Router, creating the route chain)", any(KINDS.get("Vaadin navigation (Router)")));
        shares.put("Vaadin: reading the client's message (ServerRpcHandler)", any(KINDS.get(
                "Vaadin reading the client's changes (ServerRpcHandler)")));
        shares.put("session check (SessionCheck)", any(f -> f.startsWith("cn.gov.laoshan.district.shell.SessionCheck.")));
        shares.put("Vaadin: the rest (request handlers, bootstrap)", any(f -> f.startsWith("com.vaadin.")));
        shares.put("Jetty: HTTP, sessions, I/O", any(f -> f.startsWith("org.eclipse.jetty.")));
        shares.put("other", frames -> true);
        return shares;
    }

    private static Predicate<List<String>> any(Predicate<String> frame) {
        return frames -> frames.stream().anyMatch(frame);
    }

    /** Weight per share of {@link #SHARES}, in their order; every sample in exactly one. */
    static Map<String, Long> shares(List<Sample> samples) {
        Map<String, Long> shares = new LinkedHashMap<>();
        SHARES.keySet().forEach(share -> shares.put(share, 0L));
        for (Sample s : samples) {
            for (Map.Entry<String, Predicate<List<String>>> share : SHARES.entrySet()) {
                if (share.getValue().test(s.frames())) {
                    shares.merge(share.getKey(), s.weight(), Long::sum);
                    break;
                }
            }
        }
        return shares;
    }

    /** One sample: its thread's group, its frames (top first, "type.method") and its weight (1, or bytes). */
    record Sample(String group, List<String> frames, long weight) {
    }

    private final List<Sample> cpu = new ArrayList<>();
    private final List<Sample> allocation = new ArrayList<>();

    /** Reads the recording's execution and allocation samples. */
    static JfrProfile read(Path recording) throws IOException {
        JfrProfile profile = new JfrProfile();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if ("jdk.ExecutionSample".equals(type)) {
                    profile.cpu.add(new Sample(group(event.getThread("sampledThread")), frames(event.getStackTrace()), 1));
                } else if ("jdk.ObjectAllocationSample".equals(type)) {
                    profile.allocation.add(new Sample(group(event.getThread("eventThread")), frames(event.getStackTrace()),
                            event.getLong("weight")));
                }
            }
        }
        return profile;
    }

    static String group(RecordedThread thread) {
        String name = thread == null ? null : thread.getJavaName();
        return group(name == null ? (thread == null ? "?" : thread.getOSName()) : name);
    }

    /** A thread's group: HTTP, the platform's jobs, else its name without a trailing number. */
    static String group(String threadName) {
        if (threadName == null) {
            return "?";
        }
        if (threadName.startsWith("district-http")) {
            return HTTP;
        }
        if (threadName.startsWith("district-job")) {
            return JOB;
        }
        return threadName.replaceAll("[-#\\s]*\\d+$", "");
    }

    static List<String> frames(RecordedStackTrace stack) {
        if (stack == null) {
            return List.of();
        }
        List<String> frames = new ArrayList<>(stack.getFrames().size());
        for (RecordedFrame frame : stack.getFrames()) {
            if (frame.getMethod() == null) {
                continue;
            }
            frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
        }
        return frames;
    }

    /** The same profile with only the samples one of whose frames contains {@code text}. */
    JfrProfile focus(String text) {
        JfrProfile focused = new JfrProfile();
        Predicate<Sample> has = s -> s.frames().stream().anyMatch(f -> f.contains(text));
        cpu.stream().filter(has).forEach(focused.cpu::add);
        allocation.stream().filter(has).forEach(focused.allocation::add);
        return focused;
    }

    List<Sample> cpu() {
        return cpu;
    }

    /** Weight per thread group, largest first. */
    static Map<String, Long> byGroup(List<Sample> samples) {
        Map<String, Long> groups = new HashMap<>();
        samples.forEach(s -> groups.merge(s.group(), s.weight(), Long::sum));
        return sorted(groups);
    }

    /** Weight per running method (the top frame). */
    static Map<String, Long> self(List<Sample> samples) {
        Map<String, Long> self = new HashMap<>();
        samples.stream().filter(s -> !s.frames().isEmpty()).forEach(s -> self.merge(s.frames().get(0), s.weight(), Long::sum));
        return sorted(self);
    }

    /** Weight per method anywhere on the stack (once per sample, however often it recurses). */
    static Map<String, Long> total(List<Sample> samples, Predicate<String> frameFilter) {
        Map<String, Long> total = new HashMap<>();
        for (Sample s : samples) {
            Set<String> seen = new LinkedHashSet<>();
            for (String frame : s.frames()) {
                if (frameFilter.test(frame) && seen.add(frame)) {
                    total.merge(frame, s.weight(), Long::sum);
                }
            }
        }
        return sorted(total);
    }

    /** Weight per our code's frame nearest the top: which of our calls the work was done for. */
    static Map<String, Long> nearestOurs(List<Sample> samples) {
        Map<String, Long> ours = new HashMap<>();
        for (Sample s : samples) {
            String nearest = s.frames().stream().filter(f -> f.startsWith(OURS)).findFirst().orElse("(none of our code)");
            ours.merge(nearest, s.weight(), Long::sum);
        }
        return sorted(ours);
    }

    /** Weight per library of the running method: its package, to three names ({@code com.vaadin.flow}). */
    static Map<String, Long> libraries(List<Sample> samples) {
        Map<String, Long> libraries = new HashMap<>();
        samples.stream().filter(s -> !s.frames().isEmpty())
                .forEach(s -> libraries.merge(library(s.frames().get(0)), s.weight(), Long::sum));
        return sorted(libraries);
    }

    static String library(String frame) {
        String[] parts = frame.split("\\.");
        int names = Math.min(parts.length - 2, parts[0].equals("java") || parts[0].equals("jdk") ? 2 : 3);
        return String.join(".", java.util.Arrays.copyOf(parts, Math.max(1, names)));
    }

    /** Weight per kind of work ({@link #KINDS}): samples with a frame of that kind anywhere on the stack. */
    static Map<String, Long> kinds(List<Sample> samples) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        KINDS.forEach((kind, frame) -> kinds.put(kind, samples.stream()
                .filter(s -> s.frames().stream().anyMatch(frame)).mapToLong(Sample::weight).sum()));
        return kinds;
    }

    /** The chains of {@code depth} frames below the first frame containing {@code text}: who called it. */
    static Map<String, Long> callers(List<Sample> samples, String text, int depth) {
        Map<String, Long> callers = new HashMap<>();
        for (Sample s : samples) {
            for (int i = 0; i < s.frames().size(); i++) {
                if (s.frames().get(i).contains(text)) {
                    List<String> chain = s.frames().subList(i, Math.min(s.frames().size(), i + 1 + depth));
                    callers.merge(String.join("\n      ← ", chain), s.weight(), Long::sum);
                    break;
                }
            }
        }
        return sorted(callers);
    }

    private static Map<String, Long> sorted(Map<String, Long> map) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        map.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    void print(PrintStream out, int top, String focus, int depth) {
        long all = cpu.stream().mapToLong(Sample::weight).sum();
        out.printf("==== CPU: %,d execution samples%n", all);
        table(out, "samples by thread", byGroup(cpu), all, top);
        List<Sample> http = cpu.stream().filter(s -> HTTP.equals(s.group())).toList();
        long httpAll = http.size();
        out.printf("%n==== HTTP threads (district-http): %,d samples; shares below are of these%n", httpAll);
        table(out, "where it went (each sample once, the first share it fits)", shares(http), httpAll, SHARES.size());
        table(out, "kinds of work (a frame of the kind on the stack)", kinds(http), httpAll, top);
        table(out, "our code: nearest frame to the top", nearestOurs(http), httpAll, top);
        table(out, "our code: on the stack (total)", total(http, f -> f.startsWith(OURS)), httpAll, top);
        table(out, "running method (self)", self(http), httpAll, top);
        table(out, "library of the running method", libraries(http), httpAll, top);
        table(out, "any method on the stack (total)", total(http, f -> true), httpAll, top);
        List<Sample> jobs = cpu.stream().filter(s -> JOB.equals(s.group())).toList();
        if (!jobs.isEmpty()) {
            out.printf("%n==== job threads (district-job): %,d samples%n", jobs.size());
            table(out, "our code: nearest frame to the top", nearestOurs(jobs), jobs.size(), top);
        }
        if (focus != null) {
            table(out, "callers of " + focus + " (HTTP)", callers(http, focus, depth), httpAll, Math.min(top, 12));
        }
        long bytes = allocation.stream().mapToLong(Sample::weight).sum();
        out.printf("%n==== allocation: %,d MiB sampled%n", bytes >> 20);
        table(out, "allocation by thread", byGroup(allocation), bytes, top);
        List<Sample> httpAllocation = allocation.stream().filter(s -> HTTP.equals(s.group())).toList();
        long httpBytes = httpAllocation.stream().mapToLong(Sample::weight).sum();
        table(out, "HTTP allocation: our code, nearest frame", nearestOurs(httpAllocation), httpBytes, top);
        table(out, "HTTP allocation: allocating method", self(httpAllocation), httpBytes, top);
        if (focus != null) {
            table(out, "HTTP allocation: callers of " + focus, callers(httpAllocation, focus, depth), httpBytes,
                    Math.min(top, 12));
        }
    }

    private static void table(PrintStream out, String title, Map<String, Long> rows, long of, int top) {
        out.printf("%n-- %s%n", title);
        rows.entrySet().stream().limit(top).forEach(e -> out.printf("%6.1f %%  %,12d  %s%n",
                of == 0 ? 0.0 : 100.0 * e.getValue() / of, e.getValue(), e.getKey()));
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: JfrProfile <recording.jfr> [top=25] [focus=<frame text> [depth=10]]");
            System.exit(2);
        }
        Map<String, String> options = Options.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        JfrProfile profile = read(Path.of(args[0]));
        String focus = options.get("focus");
        if (focus != null) {
            System.out.printf("(only the samples with a frame containing \"%s\")%n", focus);
            profile = profile.focus(focus);
        }
        profile.print(System.out, Integer.parseInt(options.getOrDefault("top", "25")), focus,
                Integer.parseInt(options.getOrDefault("depth", "10")));
    }
}
