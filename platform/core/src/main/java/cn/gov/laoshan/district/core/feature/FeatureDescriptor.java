package cn.gov.laoshan.district.core.feature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A feature: a named set of plugins with their default configuration, installed or removed as one. Descriptors
 * are JSON files {@code <id>.feature.json}:
 *
 * <pre>{@code
 * {
 *   "id": "standard",
 *   "name": { "zh-CN": "标准功能集", "en": "Standard" },
 *   "plugins": [ "cn.gov.laoshan.district.plugin.mediation" ],
 *   "configuration": { "cn.gov.laoshan.district.mediation": { "deadline.default-days": 30, "hosts": ["a", "b"] } }
 * }
 * }</pre>
 *
 * Plugins are named by bundle symbolic name and found in the distribution's {@code bundles/}. A configuration
 * is applied only where the PID has none yet: what an administrator changed is never overwritten.
 *
 * <p>The platform's one reader of the format (Jackson), for the runtime's features at start and the console's
 * features (those of {@code features/} and those uploaded) alike.
 *
 * @param id            lower-case id
 * @param nameZh        name in Chinese
 * @param nameEn        name in English
 * @param plugins       bundle symbolic names
 * @param configuration PID → default properties (Boolean, Integer, Long, Double, String, String[])
 */
public record FeatureDescriptor(String id, String nameZh, String nameEn, List<String> plugins,
        Map<String, Map<String, Object>> configuration) {

    public static final String SUFFIX = ".feature.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the IOExceptions of the reader name, so that a caller can show a message in its own words. */
    public enum Problem {
        JSON, ID, PLUGINS, CONFIGURATION
    }

    /** A descriptor that cannot be used; the message says what is wrong with it (in English, for the log). */
    public static final class InvalidFeatureException extends IOException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        InvalidFeatureException(Problem problem, String message, Throwable cause) {
            super(message, cause);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public FeatureDescriptor {
        plugins = List.copyOf(plugins);
        configuration = Map.copyOf(configuration);
    }

    /** Reads one descriptor file, whose id must match its file name. */
    public static FeatureDescriptor read(Path file) throws IOException {
        String name = file.getFileName().toString();
        FeatureDescriptor feature = parse(Files.readAllBytes(file), name);
        if (!name.equals(feature.id() + SUFFIX)) {
            throw new InvalidFeatureException(Problem.ID, name + ": id '" + feature.id()
                    + "' must be lower-case and match the file name", null);
        }
        return feature;
    }

    /**
     * Reads a descriptor from its bytes ({@code source} names it in messages): valid JSON, a lower-case id, every
     * plugin a symbolic name, every configuration an object.
     */
    public static FeatureDescriptor parse(byte[] json, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InvalidFeatureException(Problem.JSON, source + " is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidFeatureException(Problem.JSON, source + " is not a JSON object", null);
        }
        JsonNode idNode = root.path("id");
        String id = idNode.isTextual() ? idNode.asText() : "";
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new InvalidFeatureException(Problem.ID, source + ": \"id\" must be lower-case letters, digits and -",
                    null);
        }
        List<String> plugins = new ArrayList<>();
        for (JsonNode plugin : root.path("plugins")) {
            if (!plugin.isTextual() || plugin.asText().isBlank()) {
                throw new InvalidFeatureException(Problem.PLUGINS,
                        source + ": every entry of \"plugins\" must be a bundle symbolic name", null);
            }
            plugins.add(plugin.asText());
        }
        Map<String, Map<String, Object>> configuration = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> pids = root.path("configuration").fields();
        while (pids.hasNext()) {
            Map.Entry<String, JsonNode> pid = pids.next();
            if (!pid.getValue().isObject()) {
                throw new InvalidFeatureException(Problem.CONFIGURATION,
                        source + ": configuration of " + pid.getKey() + " must be an object", null);
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            pid.getValue().fields().forEachRemaining(p -> properties.put(p.getKey(), value(p.getValue())));
            configuration.put(pid.getKey(), properties);
        }
        JsonNode name = root.path("name");
        return new FeatureDescriptor(id, name.path("zh-CN").asText(id), name.path("en").asText(id), plugins,
                configuration);
    }

    /** The descriptor files of a directory, sorted by name (none when it does not exist). */
    public static List<Path> files(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    /** Every descriptor in a directory, by id. */
    public static Map<String, FeatureDescriptor> readAll(Path dir) throws IOException {
        Map<String, FeatureDescriptor> features = new LinkedHashMap<>();
        for (Path file : files(dir)) {
            FeatureDescriptor feature = read(file);
            features.put(feature.id(), feature);
        }
        return features;
    }

    /** A configuration value as Configuration Admin stores it; a JSON array becomes a String[] (a list PID value). */
    private static Object value(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.asText()));
            return values.toArray(new String[0]);
        }
        return node.asText();
    }
}
