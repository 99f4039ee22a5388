package cn.gov.laoshan.district.runtime;

import cn.gov.laoshan.district.core.security.PasswordCost;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * How the runtime is started. Each setting comes from, in this order: the command line, the environment
 * ({@code DISTRICT_HOME}, {@code DISTRICT_PORT}), {@code <home>/conf/district.properties}, the default.
 *
 * @param home          the home directory
 * @param host          interface to listen on
 * @param port          HTTP port; 0 takes a free one
 * @param demo          whether a fresh home gets demo data and demo accounts
 * @param features      features to install at start, from {@code featuresDir}
 * @param featuresDir   where feature descriptors lie, or {@code null}
 * @param bundlesDir    where the plugin bundles named by features lie, or {@code null}
 * @param sessionIdle   idle time after which a session ends (sign-out)
 * @param deployPoll    how often {@code deploy/} is scanned
 * @param passwordCost  the Argon2id cost of new password hashes
 * @param https         HTTPS settings, or {@code null} for plain HTTP
 * @param trustedProxies the reverse proxies whose {@code X-Forwarded-For} names the client ({@code http.trusted-proxies}:
 *                       addresses or ranges, comma-separated); none by default, the socket's peer is the client
 * @param nodeName      this node's name among several on one database ({@code node.name}, {@code --node}; default the
 *                      host name): in {@code /health}, on the console's system page, in the job leases
 */
public record RuntimeOptions(Path home, String host, int port, boolean demo, List<String> features, Path featuresDir,
        Path bundlesDir, Duration sessionIdle, Duration deployPoll, PasswordCost passwordCost, HttpsSettings https,
        List<String> trustedProxies, String nodeName) {

    public static final int DEFAULT_PORT = 8080;
    /** Where the platform listens unless {@code http.host} (or {@code --host}) says otherwise: this machine only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    public RuntimeOptions {
        features = List.copyOf(features);
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        nodeName = nodeName == null ? NodeName.ofHost() : NodeName.check(nodeName);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
    }

    /** Options named after the host (the constructor before {@code node.name}). */
    public RuntimeOptions(Path home, String host, int port, boolean demo, List<String> features, Path featuresDir,
            Path bundlesDir, Duration sessionIdle, Duration deployPoll, PasswordCost passwordCost, HttpsSettings https,
            List<String> trustedProxies) {
        this(home, host, port, demo, features, featuresDir, bundlesDir, sessionIdle, deployPoll, passwordCost, https,
                trustedProxies, null);
    }

    /** Options without trusted proxies (the constructor before {@code http.trusted-proxies}). */
    public RuntimeOptions(Path home, String host, int port, boolean demo, List<String> features, Path featuresDir,
            Path bundlesDir, Duration sessionIdle, Duration deployPoll, PasswordCost passwordCost, HttpsSettings https) {
        this(home, host, port, demo, features, featuresDir, bundlesDir, sessionIdle, deployPoll, passwordCost, https,
                List.of(), null);
    }

    /** The same options with the reverse proxies whose {@code X-Forwarded-For} is believed. */
    public RuntimeOptions withTrustedProxies(List<String> proxies) {
        return new RuntimeOptions(home, host, port, demo, features, featuresDir, bundlesDir, sessionIdle, deployPoll,
                passwordCost, https, proxies, nodeName);
    }

    /** Options for tests: a given home, a free port, no features, no demo data. */
    public static RuntimeOptions forHome(Path home) {
        return new RuntimeOptions(home, "127.0.0.1", 0, false, List.of(), null, null, Duration.ofMinutes(30),
                Duration.ofMillis(200), PasswordCost.OWASP, null);
    }

    /** The same options for the node named {@code name}. */
    public RuntimeOptions withNodeName(String name) {
        return new RuntimeOptions(home, host, port, demo, features, featuresDir, bundlesDir, sessionIdle, deployPoll,
                passwordCost, https, trustedProxies, name);
    }

    public RuntimeOptions withPort(int newPort) {
        return new RuntimeOptions(home, host, newPort, demo, features, featuresDir, bundlesDir, sessionIdle, deployPoll,
                passwordCost, https, trustedProxies, nodeName);
    }

    public RuntimeOptions withHttps(HttpsSettings newHttps) {
        return new RuntimeOptions(home, host, port, demo, features, featuresDir, bundlesDir, sessionIdle, deployPoll,
                passwordCost, newHttps, trustedProxies, nodeName);
    }

    /** The same options with demo data on or off (a production start has it off). */
    public RuntimeOptions withDemo(boolean newDemo) {
        return new RuntimeOptions(home, host, port, newDemo, features, featuresDir, bundlesDir, sessionIdle, deployPoll,
                passwordCost, https, trustedProxies, nodeName);
    }

    public RuntimeOptions withSessionIdle(Duration newSessionIdle) {
        return new RuntimeOptions(home, host, port, demo, features, featuresDir, bundlesDir, newSessionIdle, deployPoll,
                passwordCost, https, trustedProxies, nodeName);
    }

    public RuntimeOptions withFeatures(Path newFeaturesDir, Path newBundlesDir, List<String> newFeatures) {
        return new RuntimeOptions(home, host, port, demo, newFeatures, newFeaturesDir, newBundlesDir, sessionIdle,
                deployPoll, passwordCost, https, trustedProxies, nodeName);
    }

    /** The keys {@code conf/district.properties} knows; any other is warned about, with the nearest of these. */
    static final List<String> KNOWN_KEYS = List.of("http.port", "http.host", "features", "features.dir", "bundles.dir",
            "demo", "session.idle-minutes", "deploy.poll-ms", "https.port", "https.keystore", "http.trusted-proxies",
            "node.name");

    /**
     * Reads the command line, the environment and the home's {@code conf/district.properties}; warnings (unknown
     * keys) are logged.
     *
     * @param defaultHome the home when none is given (the distribution's own {@code home/})
     * @throws IllegalArgumentException with a message for the user when an option is wrong
     */
    public static RuntimeOptions parse(String[] args, Map<String, String> env, Path defaultHome) throws IOException {
        List<String> warnings = new ArrayList<>();
        RuntimeOptions options = parse(args, env, defaultHome, warnings);
        warnings.forEach(warning -> org.slf4j.LoggerFactory.getLogger(RuntimeOptions.class).warn(warning));
        return options;
    }

    /**
     * As {@link #parse(String[], Map, Path)}, the warnings added to {@code warnings} instead of logged ({@code Main}
     * reads the options before the first logger: the log's place depends on them).
     */
    public static RuntimeOptions parse(String[] args, Map<String, String> env, Path defaultHome, List<String> warnings)
            throws IOException {
        Map<String, String> cli = new java.util.HashMap<>();
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "--no-demo" -> cli.put("demo", "false");
                case "--demo" -> cli.put("demo", "true");
                case "--home", "--port", "--host", "--features", "--features-dir", "--bundles", "--node" -> {
                    if (rest.isEmpty()) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    cli.put(arg.substring(2), rest.remove(0));
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        Path home = Path.of(first(cli.get("home"), env.get("DISTRICT_HOME"), defaultHome.toString()));
        Path confFile = home.resolve("conf").resolve("district.properties");
        Properties conf = SettingsFile.read(confFile);
        for (String key : conf.stringPropertyNames()) {
            if (!KNOWN_KEYS.contains(key)) {
                warnings.add(confFile + ": unknown setting '" + key + "' is ignored; did you mean '"
                        + SettingsFile.nearest(key, KNOWN_KEYS) + "'?");
            }
        }
        int port = parsePort(first(cli.get("port"), env.get("DISTRICT_PORT"), conf.getProperty("http.port"),
                Integer.toString(DEFAULT_PORT)));
        // this machine only unless an interface is configured: a fresh install is not reachable from the network
        String host = first(cli.get("host"), conf.getProperty("http.host"), DEFAULT_HOST);
        // demo data only when asked for (./district run asks; a production home does not get it by default)
        String demoText = first(cli.get("demo"), conf.getProperty("demo"), "false").trim();
        if (!demoText.equalsIgnoreCase("true") && !demoText.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(confFile + ": demo must be true or false: " + demoText);
        }
        boolean demo = Boolean.parseBoolean(demoText);
        List<String> features = Arrays.stream(String.valueOf(first(cli.get("features"), conf.getProperty("features"), "-")).split(","))
                .map(String::trim).filter(s -> !s.isEmpty() && !s.equals("-")).toList();
        Path featuresDir = pathOrNull(first(cli.get("features-dir"), conf.getProperty("features.dir"), null));
        Path bundlesDir = pathOrNull(first(cli.get("bundles"), conf.getProperty("bundles.dir"), null));
        Duration idle = Duration.ofMinutes(positive("session.idle-minutes", first(conf.getProperty("session.idle-minutes"), "30")));
        Duration poll = Duration.ofMillis(positive("deploy.poll-ms", first(conf.getProperty("deploy.poll-ms"), "300")));
        List<String> proxies = Arrays.stream(conf.getProperty("http.trusted-proxies", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        // refused at the start with the entry named, rather than a proxy silently not believed
        cn.gov.laoshan.district.shell.security.TrustedProxies.of(proxies);
        String node = first(cli.get("node"), env.get("DISTRICT_NODE"), conf.getProperty("node.name"));
        return new RuntimeOptions(home, host, port, demo, features, featuresDir, bundlesDir, idle, poll,
                PasswordCost.OWASP, HttpsSettings.from(conf, home), proxies, node);
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number: " + value);
        }
    }

    private static long positive(String name, String value) {
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive number: " + value);
    }

    private static Path pathOrNull(String value) {
        return value == null ? null : Path.of(value);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
