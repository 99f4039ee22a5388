package cn.gov.laoshan.district.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.laoshan.district.core.feature.FeatureDescriptor;

/** A broken descriptor stops the reader with a message that names the file, so the operator can find it. */
class BrokenDescriptorTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "this is not JSON {",
        "{ \"id\": \"broken\", ",
        "{ \"name\": { \"en\": \"No id\" }, \"plugins\": [] }",
        "{ \"id\": \"\", \"plugins\": [] }",
        "{ \"id\": \"another-id\", \"plugins\": [] }",
        "{ \"id\": \"Broken\", \"plugins\": [] }",
        "{ \"id\": \"broken\", \"plugins\": [ 42 ] }",
        "{ \"id\": \"broken\", \"plugins\": [ \" \" ] }",
        "{ \"id\": \"broken\", \"configuration\": { \"some.pid\": 3 } }",
        ""
    })
    void brokenDescriptorNamesTheFile(String content) throws IOException {
        Files.writeString(dir.resolve("good.feature.json"), "{ \"id\": \"good\", \"plugins\": [] }", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("broken.feature.json"), content, StandardCharsets.UTF_8);

        IOException e = assertThrows(IOException.class, () -> FeatureDescriptor.readAll(dir));
        assertTrue(e.getMessage().contains("broken.feature.json"), "message names the file: " + e.getMessage());
    }

    @Test
    void aValidDescriptorReadsWithItsConfiguration() throws IOException {
        Files.writeString(dir.resolve("sample.feature.json"), """
                {
                  "id": "sample",
                  "name": { "zh-CN": "示例", "en": "Sample" },
                  "plugins": [ "cn.gov.laoshan.district.plugin.a", "cn.gov.laoshan.district.plugin.b" ],
                  "configuration": { "cn.gov.laoshan.district.a": { "days": 30, "enabled": true, "tags": ["x", "y"] } }
                }
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("README.txt"), "not a descriptor, ignored", StandardCharsets.UTF_8);

        Map<String, FeatureDescriptor> features = FeatureDescriptor.readAll(dir);
        assertEquals(List.of("sample"), List.copyOf(features.keySet()));
        FeatureDescriptor sample = features.get("sample");
        assertEquals("示例", sample.nameZh());
        assertEquals("Sample", sample.nameEn());
        assertEquals(List.of("cn.gov.laoshan.district.plugin.a", "cn.gov.laoshan.district.plugin.b"), sample.plugins());
        Map<String, Object> a = sample.configuration().get("cn.gov.laoshan.district.a");
        assertEquals(30, a.get("days"));
        assertEquals(true, a.get("enabled"));
    }
}
