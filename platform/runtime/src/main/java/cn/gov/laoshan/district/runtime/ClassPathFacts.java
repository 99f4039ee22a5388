package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the OSGi framework's start computes from the jars of the class path — the class path itself (with the
 * {@code Class-Path} entries of launcher jars followed), the standard bundles' jars, the packages the system bundle
 * exports — kept in a file and reused as long as the class path names the same files with the same sizes and
 * modification times. Computing it opens every jar (166 in the distribution) three times; checking the file only
 * reads their attributes.
 *
 * <p>The file is {@code class-path-facts.properties} in the directory of the system property
 * {@code district.startup-cache} ({@code bin/district} names one shared by every home of the distribution), else in
 * the home's {@code cache/}. A missing, unreadable or outdated file is simply computed again and rewritten.
 */
record ClassPathFacts(List<Path> classPath, Map<String, Path> standardBundles, String systemPackagesExtra,
        int packageCount, boolean fromCache) {

    static final String CACHE_DIR_PROPERTY = "district.startup-cache";
    private static final String FILE = "class-path-facts.properties";
    private static final String FORMAT = "1";
    private static final Logger LOG = LoggerFactory.getLogger(ClassPathFacts.class);

    /** The facts of the current class path, from the cache file when it is still right, else computed (and kept). */
    static ClassPathFacts current(DistrictHome home, Set<String> standardNames, Compute compute) throws IOException {
        String dir = System.getProperty(CACHE_DIR_PROPERTY);
        Path file = (dir == null || dir.isBlank() ? home.cache() : Path.of(dir)).resolve(FILE);
        String javaClassPath = System.getProperty("java.class.path", "");
        ClassPathFacts cached = read(file, javaClassPath, standardNames);
        if (cached != null) {
            return cached;
        }
        ClassPathFacts computed = compute.compute();
        write(file, javaClassPath, computed);
        return computed;
    }

    /** Computes the facts from the jars. */
    interface Compute {
        ClassPathFacts compute() throws IOException;
    }

    private static ClassPathFacts read(Path file, String javaClassPath, Set<String> standardNames) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            if (!FORMAT.equals(properties.getProperty("format"))
                    || !javaClassPath.equals(properties.getProperty("java.class.path"))) {
                return null;
            }
            int entries = Integer.parseInt(properties.getProperty("entries"));
            List<Path> classPath = new ArrayList<>(entries);
            for (int i = 0; i < entries; i++) {
                Path entry = Path.of(properties.getProperty("entry." + i));
                if (!stamp(entry).equals(properties.getProperty("stamp." + i))) {
                    return null;
                }
                classPath.add(entry);
            }
            Map<String, Path> standard = new LinkedHashMap<>();
            for (String name : standardNames) {
                String jar = properties.getProperty("standard." + name);
                if (jar == null) {
                    return null;
                }
                standard.put(name, Path.of(jar));
            }
            String extra = properties.getProperty("system.packages.extra");
            if (extra == null) {
                return null;
            }
            return new ClassPathFacts(List.copyOf(classPath), standard, extra,
                    Integer.parseInt(properties.getProperty("packages", "0")), true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("class path facts in {} not used: {}", file, e.toString());
            return null;
        }
    }

    private static void write(Path file, String javaClassPath, ClassPathFacts facts) {
        Properties properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("java.class.path", javaClassPath);
        properties.setProperty("entries", Integer.toString(facts.classPath().size()));
        try {
            for (int i = 0; i < facts.classPath().size(); i++) {
                Path entry = facts.classPath().get(i);
                properties.setProperty("entry." + i, entry.toString());
                properties.setProperty("stamp." + i, stamp(entry));
            }
            facts.standardBundles().forEach((name, jar) -> properties.setProperty("standard." + name, jar.toString()));
            properties.setProperty("system.packages.extra", facts.systemPackagesExtra());
            properties.setProperty("packages", Integer.toString(facts.packageCount()));
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), FILE, ".partial");
            try {
                try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    properties.store(out, "computed by the District Platform runtime from its class path; "
                            + "recomputed when a jar changes; safe to delete");
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException | RuntimeException e) {
            // only a cache: the next start computes the facts again
            LOG.debug("class path facts not kept in {}: {}", file, e.toString());
        }
    }

    /** Size and modification time of a class-path entry ("-" when it does not exist). */
    private static String stamp(Path entry) throws IOException {
        if (!Files.exists(entry)) {
            return "-";
        }
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
        return attributes.isDirectory() ? "dir" : attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
    }
}
