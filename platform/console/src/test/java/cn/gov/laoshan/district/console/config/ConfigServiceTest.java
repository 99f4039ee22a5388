package cn.gov.laoshan.district.console.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.felix.fileinstall.shaded.util.properties.TypedProperties;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.console.config.ConfigForm.Kind;

/** The cfg writer (CfgFile) against FileInstall's own reader; the audit JSON; type parsing (ConfigInput); Felix Metatype's messages as console keys. */
class ConfigServiceTest {

    @Test
    void fileInstallReadsBackWhatTheConsoleWritesWithTypes(@TempDir Path dir) throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("port", 587);
        values.put("big", 9_000_000_000L);
        values.put("ratio", 0.75);
        values.put("tls", Boolean.TRUE);
        values.put("name", "崂山区 \"司法局\" C:\\data");
        values.put("note", "line one\nline two\ttab \u0001 = # ! a:b");
        values.put("recipients", new String[] {"a@laoshan.gov.cn", "王 五"});
        values.put("limits", new Integer[] {15, 30});
        values.put(ConfigService.FILENAME, "file:/ignored.cfg");
        Path file = dir.resolve("x.cfg");
        CfgFile.write(file, values);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        TypedProperties read = new TypedProperties();
        read.load(new StringReader(Files.readString(file)));
        assertEquals(587, read.get("port"));
        assertEquals(9_000_000_000L, read.get("big"));
        assertEquals(0.75, read.get("ratio"));
        assertEquals(Boolean.TRUE, read.get("tls"));
        assertEquals("崂山区 \"司法局\" C:\\data", read.get("name"));
        assertEquals("line one\nline two\ttab \u0001 = # ! a:b", read.get("note"));
        assertArrayEquals(new String[] {"a@laoshan.gov.cn", "王 五"}, (Object[]) read.get("recipients"));
        assertArrayEquals(new Integer[] {15, 30}, (Object[]) read.get("limits"));
        assertEquals(null, read.get(ConfigService.FILENAME));
    }

    @Test
    void auditJsonKeepsChangedKeysEscapesControlCharactersAndHidesSecrets() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("subject", "第一行\n\u0001\"引号\" \\");
        values.put("recipients", new String[] {"a", "b"});
        values.put("password", "s3cret");
        values.put("unchanged", "x");
        String json = ConfigAuditJson.of(new java.util.TreeSet<>(List.of("subject", "recipients", "password", "gone")),
                Set.of("password"), values);
        assertFalse(json.contains("s3cret"));
        assertFalse(json.contains("\u0001"), "a raw control character is not JSON");
        JsonNode read = new ObjectMapper().readTree(json);
        assertEquals("第一行\n\u0001\"引号\" \\", read.get("subject").asText());
        assertEquals(List.of("a", "b"), List.of(read.get("recipients").get(0).asText(), read.get("recipients").get(1).asText()));
        assertEquals(ConfigAuditJson.SECRET_SET, read.get("password").asText());
        assertTrue(read.get("gone").isNull());
        assertFalse(read.has("unchanged"));
    }

    @Test
    void parsesByType() {
        assertEquals(16, ConfigInput.parse(Kind.INTEGER, " 16 "));
        assertEquals(5L, ConfigInput.parse(Kind.LONG, "5"));
        assertEquals(true, ConfigInput.parse(Kind.BOOLEAN, "TRUE"));
        assertThrows(NumberFormatException.class, () -> ConfigInput.parse(Kind.INTEGER, "abc"));
        assertThrows(NumberFormatException.class, () -> ConfigInput.parse(Kind.DOUBLE, "NaN"));
        assertThrows(IllegalArgumentException.class, () -> ConfigInput.parse(Kind.BOOLEAN, "yes"));
        assertEquals("text", ConfigInput.parse(Kind.STRING, "text"));
    }

    @Test
    void felixValidationMessagesBecomeConsoleKeys() {
        assertEquals("console.config.invalid.max", ConfigInput.problem("%greater than maximum", "500").key());
        assertEquals("console.config.invalid.min", ConfigInput.problem("less than minimum", "0").key());
        assertEquals("console.config.invalid.option", ConfigInput.problem("%not a valid option", "x").key());
        assertEquals("console.config.invalid.missing", ConfigInput.problem("%missing required value", "").key());
        assertEquals("console.config.invalid.other", ConfigInput.problem("odd", "v").key());
        assertEquals("odd", ConfigInput.problem("odd", "v").detail());
    }

    @Test
    void cfgFileNamesFollowFileInstall(@TempDir Path conf) {
        assertEquals(conf.resolve("cn.gov.laoshan.district.identity.cfg"),
                CfgFile.fileFor(conf, "cn.gov.laoshan.district.identity", null));
        assertEquals(conf.resolve("a.b-mail_1.cfg"), CfgFile.fileFor(conf, "a.b.mail 1", "a.b"));
        assertEquals(Path.of("/x/y.cfg"), CfgFile.path("file:/x/y.cfg"));
        assertEquals(Path.of("/x/y.cfg"), CfgFile.path("/x/y.cfg"));
    }

    @Test
    void filtersAreEscaped() {
        assertEquals("a\\(b\\)\\*", MetatypeCatalogue.escape("a(b)*"));
    }
}
