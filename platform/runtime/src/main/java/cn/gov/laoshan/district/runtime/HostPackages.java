package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.gov.laoshan.district.core.osgi.OsgiHeader;

/**
 * Computes the packages the system bundle exports to plugins ({@code org.osgi.framework.system.packages.extra})
 * from the jars on the runtime's class path, with their versions, so that nobody types the list by hand.
 *
 * <ul>
 * <li>A jar with an {@code Export-Package} header exports exactly what it declares, at the declared versions.</li>
 * <li>A plain jar exports the packages it holds classes in, at the jar's version.</li>
 * <li>Jars that are installed as bundles, the OSGi framework itself, and the platform's private jars (runtime,
 * shell) export nothing: a plugin reaches only {@code platform/api} and the shared libraries.</li>
 * </ul>
 */
public final class HostPackages {

    private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[.-]?([A-Za-z0-9_-]+))?");
    private static final String PLATFORM_GROUP = "META-INF/maven/cn.gov.laoshan.district/";

    private final Map<String, String> packages = new LinkedHashMap<>();

    private HostPackages() {
    }

    /**
     * Scans the class-path entries.
     *
     * @param classPath         jar files and class directories, in class-path order
     * @param hostJars          file names of the jars that belong to the runtime (its Maven dependencies); other
     *                          jars on the class path, such as a test's, export nothing. Empty: every jar counts.
     * @param skipSymbolicNames symbolic names of jars that are installed as bundles instead
     */
    public static HostPackages scan(List<Path> classPath, Set<String> hostJars, Set<String> skipSymbolicNames)
            throws IOException {
        HostPackages result = new HostPackages();
        for (Path entry : classPath) {
            boolean host = hostJars.isEmpty() || hostJars.contains(entry.getFileName().toString());
            if (host && Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                result.scanJar(entry, skipSymbolicNames);
            }
        }
        return result;
    }

    /**
     * The file names of the runtime's dependency jars, listed at build time in
     * {@code META-INF/district/host-classpath.txt}; empty when the list is missing.
     */
    public static Set<String> runtimeJars() throws IOException {
        try (InputStream in = HostPackages.class.getResourceAsStream("/META-INF/district/host-classpath.txt")) {
            if (in == null) {
                return Set.of();
            }
            String list = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Set<String> names = new TreeSet<>();
            for (String item : list.split("[,\\s]+")) {
                if (!item.isBlank()) {
                    names.add(Path.of(item.trim()).getFileName().toString());
                }
            }
            return names;
        }
    }

    /** Package name → OSGi version, sorted by package name. */
    public Map<String, String> packages() {
        return packages.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The value of {@code org.osgi.framework.system.packages.extra}. */
    public String asSystemPackagesExtra() {
        return packages().entrySet().stream()
                .map(e -> e.getKey() + ";version=\"" + e.getValue() + "\"")
                .collect(Collectors.joining(","));
    }

    private void scanJar(Path jar, Set<String> skipSymbolicNames) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
            String symbolicName = OsgiHeader.symbolicName(main.getValue("Bundle-SymbolicName"));
            if (symbolicName != null && (skipSymbolicNames.contains(symbolicName)
                    || symbolicName.equals("org.apache.felix.framework"))) {
                return;
            }
            String exports = main.getValue("Export-Package");
            if (exports != null) {
                parseExports(exports).forEach(packages::putIfAbsent);
                return;
            }
            if (symbolicName != null || isPlatformPrivate(file)) {
                // a bundle that exports nothing, or a private platform jar
                return;
            }
            String version = osgiVersion(jarVersion(file, main, jar));
            Set<String> found = new TreeSet<>();
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && name.contains("/")
                        && !name.endsWith("module-info.class")) {
                    found.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
                }
            }
            found.forEach(pkg -> packages.putIfAbsent(pkg, version));
        }
    }

    private static boolean isPlatformPrivate(JarFile file) {
        return file.stream().anyMatch(e -> e.getName().startsWith(PLATFORM_GROUP));
    }

    private static String jarVersion(JarFile file, Attributes main, Path jar) throws IOException {
        String implementation = main.getValue("Implementation-Version");
        if (implementation != null) {
            return implementation;
        }
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                try (InputStream in = file.getInputStream(entry)) {
                    Properties pom = new Properties();
                    pom.load(in);
                    if (pom.getProperty("version") != null) {
                        return pom.getProperty("version");
                    }
                }
            }
        }
        Matcher fromName = Pattern.compile("-(\\d+(?:\\.\\d+)*)").matcher(jar.getFileName().toString());
        return fromName.find() ? fromName.group(1) : "0.0.0";
    }

    /** Turns a Maven-style version ({@code 2.0.20}, {@code 1.2-SNAPSHOT}, {@code 3.0.5.slf4jvaadin1}) into an OSGi one. */
    static String osgiVersion(String version) {
        Matcher m = VERSION.matcher(version.trim());
        if (!m.lookingAt()) {
            return "0.0.0";
        }
        String major = m.group(1);
        String minor = m.group(2) == null ? "0" : m.group(2);
        String micro = m.group(3) == null ? "0" : m.group(3);
        String qualifier = m.group(4);
        return qualifier == null ? major + "." + minor + "." + micro : major + "." + minor + "." + micro + "." + qualifier;
    }

    /** Parses an {@code Export-Package} header into package → version, ignoring directives such as {@code uses}. */
    static Map<String, String> parseExports(String header) {
        Map<String, String> result = new LinkedHashMap<>();
        for (OsgiHeader.Clause clause : OsgiHeader.parse(header)) {
            String version = clause.attributes().getOrDefault("version", "0.0.0");
            clause.names().forEach(name -> result.putIfAbsent(name, version));
        }
        return result;
    }
}
