package cn.gov.laoshan.district.runtime;

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
 *   "configuration": { "cn.gov.laoshan.district.mediation": { "deadline.default-days": 30 } }
 * }
 * }</pre>
 *
 * Plugins are named by bundle symbolic name and found in the distribution's {@code bundles/}. A configuration
 * is applied only where the PID has none yet: what an administrator changed is never overwritten.
 *
 * @param id            lower-case id
 * @param nameZh        name in Chinese
 * @param nameEn        name in English
 * @param plugins       bundle symbolic names
 * @param configuration PID → default properties
 */
public record Feature(String id, String nameZh, String nameEn, List<String> plugins,
        Map<String, Map<String, Object>> configuration) {

    public static final String SUFFIX = ".feature.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public Feature {
        plugins = List.copyOf(plugins);
        configuration = Map.copyOf(configuration);
    }

    /** Reads one descriptor; the message of the exception says what is wrong with it. */
    public static Feature read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file.getFileName() + " is not valid JSON: " + e.getMessage(), e);
        }
        String id = text(root, "id", file);
        if (!id.matches("[a-z][a-z0-9-]*") || !file.getFileName().toString().equals(id + SUFFIX)) {
            throw new IOException(file.getFileName() + ": id '" + id + "' must be lower-case and match the file name");
        }
        JsonNode name = root.path("name");
        List<String> plugins = new ArrayList<>();
        for (JsonNode plugin : root.path("plugins")) {
            if (!plugin.isTextual() || plugin.asText().isBlank()) {
                throw new IOException(file.getFileName() + ": every entry of \"plugins\" must be a bundle symbolic name");
            }
            plugins.add(plugin.asText());
        }
        Map<String, Map<String, Object>> configuration = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> pids = root.path("configuration").fields();
        while (pids.hasNext()) {
            Map.Entry<String, JsonNode> pid = pids.next();
            if (!pid.getValue().isObject()) {
                throw new IOException(file.getFileName() + ": configuration of " + pid.getKey() + " must be an object");
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            pid.getValue().fields().forEachRemaining(p -> properties.put(p.getKey(), value(p.getValue())));
            configuration.put(pid.getKey(), properties);
        }
        return new Feature(id, name.path("zh-CN").asText(id), name.path("en").asText(id), plugins, configuration);
    }

    /** Every descriptor in a directory, by id. */
    public static Map<String, Feature> readAll(Path dir) throws IOException {
        Map<String, Feature> features = new LinkedHashMap<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return features;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                Feature feature = read(file);
                features.put(feature.id(), feature);
            }
        }
        return features;
    }

    private static String text(JsonNode root, String field, Path file) throws IOException {
        JsonNode node = root.path(field);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new IOException(file.getFileName() + ": \"" + field + "\" is missing");
        }
        return node.asText();
    }

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
