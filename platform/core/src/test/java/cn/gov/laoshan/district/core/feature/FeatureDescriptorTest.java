package cn.gov.laoshan.district.core.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.core.feature.FeatureDescriptor.InvalidFeatureException;
import cn.gov.laoshan.district.core.feature.FeatureDescriptor.Problem;

/** The one reader of {@code *.feature.json}: types, arrays, and each way a descriptor is refused. */
class FeatureDescriptorTest {

    @Test
    void readsNamesPluginsAndTypedConfigurationArraysIncluded(@TempDir Path dir) throws IOException {
        Path file = write(dir, "office.feature.json", """
                {"id": "office", "name": {"zh-CN": "办公", "en": "Office"},
                 "plugins": ["a.b.notes", "a.b.hello"],
                 "configuration": {"a.b.notes": {"days": 30, "big": 9000000000, "ratio": 0.5, "on": true,
                                                 "title": "备忘", "hosts": ["x.laoshan.gov.cn", "y"]}}}
                """);
        FeatureDescriptor feature = FeatureDescriptor.read(file);
        assertEquals("office", feature.id());
        assertEquals("办公", feature.nameZh());
        assertEquals("Office", feature.nameEn());
        assertEquals(List.of("a.b.notes", "a.b.hello"), feature.plugins());
        Map<String, Object> notes = feature.configuration().get("a.b.notes");
        assertEquals(30, notes.get("days"));
        assertEquals(9_000_000_000L, notes.get("big"));
        assertEquals(0.5, notes.get("ratio"));
        assertEquals(true, notes.get("on"));
        assertEquals("备忘", notes.get("title"));
        assertArrayEquals(new String[] {"x.laoshan.gov.cn", "y"}, (String[]) notes.get("hosts"));
        assertEquals(List.of("office"), List.copyOf(FeatureDescriptor.readAll(dir).keySet()));
    }

    @Test
    void nameDefaultsToTheId() throws IOException {
        FeatureDescriptor feature = FeatureDescriptor.parse(bytes("{\"id\": \"bare\"}"), "upload");
        assertEquals("bare", feature.nameZh());
        assertEquals(List.of(), feature.plugins());
    }

    @Test
    void refusesWhatCannotBeUsedNamingThePart(@TempDir Path dir) throws IOException {
        assertEquals(Problem.JSON, refused("{\"id\": 7"));
        assertEquals(Problem.JSON, refused("[1]"));
        assertEquals(Problem.ID, refused("{\"id\": 7}"));
        assertEquals(Problem.ID, refused("{\"id\": \"Office\"}"));
        assertEquals(Problem.PLUGINS, refused("{\"id\": \"x\", \"plugins\": [\"ok\", 3]}"));
        assertEquals(Problem.CONFIGURATION, refused("{\"id\": \"x\", \"configuration\": {\"pid\": 3}}"));
        Path misnamed = write(dir, "other.feature.json", "{\"id\": \"office\"}");
        InvalidFeatureException e = assertThrows(InvalidFeatureException.class, () -> FeatureDescriptor.read(misnamed));
        assertEquals(Problem.ID, e.problem());
        assertEquals(true, e.getMessage().contains("other.feature.json"), e.getMessage());
    }

    private static Problem refused(String json) {
        return assertThrows(InvalidFeatureException.class, () -> FeatureDescriptor.parse(bytes(json), "test"))
                .problem();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Path write(Path dir, String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }
}
