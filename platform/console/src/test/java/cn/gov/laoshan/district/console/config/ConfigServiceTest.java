package cn.gov.laoshan.district.console.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.felix.fileinstall.shaded.util.properties.TypedProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.console.config.ConfigForm.Kind;

/** The cfg writer against FileInstall's own reader; type parsing; Felix Metatype's messages as console keys. */
class ConfigServiceTest {

    @Test
    void fileInstallReadsBackWhatTheConsoleWritesWithTypes(@TempDir Path dir) throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("port", 587);
        values.put("big", 9_000_000_000L);
        values.put("ratio", 0.75);
        values.put("tls", Boolean.TRUE);
        values.put("name", "崂山区 \"司法局\" C:\\data");
        values.put("recipients", new String[] {"a@laoshan.gov.cn", "王 五"});
        values.put("limits", new Integer[] {15, 30});
        values.put(ConfigService.FILENAME, "file:/ignored.cfg");
        Path file = dir.resolve("x.cfg");
        ConfigService.writeCfg(file, values);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        TypedProperties read = new TypedProperties();
        read.load(new StringReader(Files.readString(file)));
        assertEquals(587, read.get("port"));
        assertEquals(9_000_000_000L, read.get("big"));
        assertEquals(0.75, read.get("ratio"));
        assertEquals(Boolean.TRUE, read.get("tls"));
        assertEquals("崂山区 \"司法局\" C:\\data", read.get("name"));
        assertArrayEquals(new String[] {"a@laoshan.gov.cn", "王 五"}, (Object[]) read.get("recipients"));
        assertArrayEquals(new Integer[] {15, 30}, (Object[]) read.get("limits"));
        assertEquals(null, read.get(ConfigService.FILENAME));
    }

    @Test
    void parsesByType() {
        assertEquals(16, ConfigService.parse(Kind.INTEGER, " 16 "));
        assertEquals(5L, ConfigService.parse(Kind.LONG, "5"));
        assertEquals(true, ConfigService.parse(Kind.BOOLEAN, "TRUE"));
        assertThrows(NumberFormatException.class, () -> ConfigService.parse(Kind.INTEGER, "abc"));
        assertThrows(NumberFormatException.class, () -> ConfigService.parse(Kind.DOUBLE, "NaN"));
        assertThrows(IllegalArgumentException.class, () -> ConfigService.parse(Kind.BOOLEAN, "yes"));
        assertEquals("text", ConfigService.parse(Kind.STRING, "text"));
    }

    @Test
    void felixValidationMessagesBecomeConsoleKeys() {
        assertEquals("console.config.invalid.max", ConfigService.problem("%greater than maximum", "500").key());
        assertEquals("console.config.invalid.min", ConfigService.problem("less than minimum", "0").key());
        assertEquals("console.config.invalid.option", ConfigService.problem("%not a valid option", "x").key());
        assertEquals("console.config.invalid.missing", ConfigService.problem("%missing required value", "").key());
        assertEquals("console.config.invalid.other", ConfigService.problem("odd", "v").key());
        assertEquals("odd", ConfigService.problem("odd", "v").detail());
    }

    @Test
    void filtersAreEscaped() {
        assertEquals("a\\(b\\)\\*", ConfigService.escape("a(b)*"));
    }
}
