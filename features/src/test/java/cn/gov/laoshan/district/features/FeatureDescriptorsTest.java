package cn.gov.laoshan.district.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import cn.gov.laoshan.district.core.feature.FeatureDescriptor;

/**
 * Every descriptor in {@code src/main/features} parses with the runtime's own reader, and names only plugins that
 * exist: a bundle symbolic name declared in some {@code plugins/<module>/bnd.bnd} of this repository.
 */
class FeatureDescriptorsTest {

    private static Path featuresDir;
    private static Path repoRoot;
    /** Bundle-SymbolicName → the bnd.bnd declaring it, for every department plugin. */
    private static Map<String, Path> pluginBundles;

    @BeforeAll
    static void locate() throws IOException {
        featuresDir = Path.of(System.getProperty("district.features.dir", "src/main/features")).toAbsolutePath()
                .normalize();
        repoRoot = Path.of(System.getProperty("district.repo.root", "..")).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(featuresDir), "no features directory at " + featuresDir);
        assertTrue(Files.isRegularFile(repoRoot.resolve("plugins").resolve("pom.xml")),
                "not the repository root (no plugins/pom.xml): " + repoRoot);
        pluginBundles = pluginBundles(repoRoot.resolve("plugins"));
    }

    @Test
    void everyDescriptorParsesAndItsIdMatchesItsFile() throws IOException {
        List<Path> files = descriptorFiles();
        Map<String, FeatureDescriptor> features = FeatureDescriptor.readAll(featuresDir);
        assertEquals(files.size(), features.size(), "descriptors " + files + " but features " + features.keySet());
        for (Path file : files) {
            FeatureDescriptor feature = FeatureDescriptor.read(file);
            assertEquals(file.getFileName().toString(), feature.id() + FeatureDescriptor.SUFFIX, "id of " + file);
            assertFalse(feature.nameZh().isBlank(), file + ": name zh-CN");
            assertFalse(feature.nameEn().isBlank(), file + ": name en");
            assertEquals(new HashSet<>(feature.plugins()).size(), feature.plugins().size(),
                    file.getFileName() + " lists a plugin twice: " + feature.plugins());
        }
    }

    @Test
    void standardExistsWithItsNames() throws IOException {
        FeatureDescriptor standard = FeatureDescriptor.readAll(featuresDir).get("standard");
        assertTrue(standard != null, "standard.feature.json is missing; bin/district starts --features standard");
        assertEquals("标准功能集", standard.nameZh());
        assertEquals("Standard", standard.nameEn());
    }

    @Test
    void everyListedPluginIsAPluginModuleOfThisRepository() throws IOException {
        List<String> problems = new ArrayList<>();
        for (FeatureDescriptor feature : FeatureDescriptor.readAll(featuresDir).values()) {
            for (String plugin : feature.plugins()) {
                if (!pluginBundles.containsKey(plugin)) {
                    problems.add(feature.id() + FeatureDescriptor.SUFFIX + " lists '" + plugin + "'");
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("unknown plugin symbolic names: " + problems + ". Known (Bundle-SymbolicName in plugins/*/bnd.bnd): "
                    + new TreeSet<>(pluginBundles.keySet()));
        }
    }

    @Test
    void standardHoldsEveryDepartmentPlugin() throws IOException {
        FeatureDescriptor standard = FeatureDescriptor.readAll(featuresDir).get("standard");
        assertTrue(standard != null, "standard.feature.json is missing");
        Set<String> missing = new TreeSet<>(pluginBundles.keySet());
        missing.removeAll(standard.plugins());
        assertTrue(missing.isEmpty(), "standard.feature.json must list every department plugin; add " + missing
                + " (declared in " + missing.stream().map(pluginBundles::get).map(repoRoot::relativize).toList() + ")");
    }

    /** A plugin in standard must also be in the distribution's bundles/: a provided dependency of distribution/. */
    @Test
    void everyPluginModuleShipsInTheDistribution() throws Exception {
        Set<String> shipped = new TreeSet<>();
        Document distribution = xml(repoRoot.resolve("distribution").resolve("pom.xml"));
        NodeList dependencies = distribution.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if ("provided".equals(child(dependency, "scope"))) {
                shipped.add(child(dependency, "artifactId"));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Path bnd : pluginBundles.values()) {
            String artifactId = child(xml(bnd.resolveSibling("pom.xml")).getDocumentElement(), "artifactId");
            if (!shipped.contains(artifactId)) {
                missing.add(artifactId);
            }
        }
        assertTrue(missing.isEmpty(), "plugin modules missing from distribution/pom.xml (add each as a dependency with "
                + "<scope>provided</scope>, so that it lands in bundles/): " + missing);
    }

    private static Document xml(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), "missing " + file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The text of a direct child element, or null. */
    private static String child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getTagName())) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }

    private static List<Path> descriptorFiles() throws IOException {
        try (Stream<Path> files = Files.list(featuresDir)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            List<Path> descriptors = all.stream().filter(f -> f.getFileName().toString().endsWith(FeatureDescriptor.SUFFIX))
                    .toList();
            List<Path> strays = all.stream().filter(f -> !descriptors.contains(f)).toList();
            assertTrue(strays.isEmpty(), "files in " + featuresDir + " that are not <id>" + FeatureDescriptor.SUFFIX + ": "
                    + strays);
            return descriptors;
        }
    }

    /** The Bundle-SymbolicName of every {@code plugins/<module>/bnd.bnd}. */
    private static boolean hasPluginClass(Path module) {
        Path sources = module.resolve("src").resolve("main").resolve("java");
        if (!Files.isDirectory(sources)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java")).anyMatch(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).contains("implements DistrictPlugin");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, Path> pluginBundles(Path pluginsDir) throws IOException {
        Map<String, Path> result = new TreeMap<>();
        if (!Files.isDirectory(pluginsDir)) {
            return result;
        }
        List<Path> bndFiles;
        try (Stream<Path> modules = Files.list(pluginsDir)) {
            // a module is a department plugin once it has its plugin class (a DistrictPlugin); one that is still
            // only its domain (plugins/policy's engines, before its screens) is not shipped yet
            bndFiles = modules.filter(FeatureDescriptorsTest::hasPluginClass).map(m -> m.resolve("bnd.bnd"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        for (Path bnd : bndFiles) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(bnd, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            String bsn = properties.getProperty("Bundle-SymbolicName");
            assertTrue(bsn != null && !bsn.isBlank(), bnd + " must declare Bundle-SymbolicName");
            Path previous = result.put(bsn.split(";")[0].trim(), bnd);
            assertTrue(previous == null, "two plugins with Bundle-SymbolicName " + bsn + ": " + previous + ", " + bnd);
        }
        return result;
    }
}
