package cn.gov.laoshan.district.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeOptionsTest {

    @TempDir
    Path home;

    @Test
    void defaultsWithoutAnything() throws IOException {
        RuntimeOptions options = RuntimeOptions.parse(new String[0], Map.of(), home);
        assertEquals(home, options.home());
        assertEquals(8080, options.port());
        assertTrue(options.demo());
        assertEquals(List.of(), options.features());
        assertEquals(Duration.ofMinutes(30), options.sessionIdle());
    }

    @Test
    void commandLineBeatsEnvironmentBeatsConfFile() throws IOException {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/district.properties"),
                "http.port=7000\nfeatures=standard, extra\ndemo=true\nsession.idle-minutes=15\n");
        RuntimeOptions fromConf = RuntimeOptions.parse(new String[0], Map.of(), home);
        assertEquals(7000, fromConf.port());
        assertEquals(List.of("standard", "extra"), fromConf.features());
        assertEquals(Duration.ofMinutes(15), fromConf.sessionIdle());

        RuntimeOptions fromEnv = RuntimeOptions.parse(new String[0], Map.of("DISTRICT_PORT", "7100"), home);
        assertEquals(7100, fromEnv.port());

        RuntimeOptions fromCli = RuntimeOptions.parse(new String[] {"--port", "7200", "--no-demo"},
                Map.of("DISTRICT_PORT", "7100"), home);
        assertEquals(7200, fromCli.port());
        assertFalse(fromCli.demo());
    }

    @Test
    void homeFromEnvironmentOrCommandLine() throws IOException {
        Path other = home.resolve("other");
        assertEquals(other, RuntimeOptions.parse(new String[0], Map.of("DISTRICT_HOME", other.toString()), home).home());
        assertEquals(other, RuntimeOptions.parse(new String[] {"--home", other.toString()}, Map.of(), home).home());
    }

    @Test
    void wrongOptionsSayWhatIsWrong() {
        assertEquals("port must be a number: eighty",
                assertThrows(IllegalArgumentException.class,
                        () -> RuntimeOptions.parse(new String[] {"--port", "eighty"}, Map.of(), home)).getMessage());
        assertEquals("unknown option --prot",
                assertThrows(IllegalArgumentException.class,
                        () -> RuntimeOptions.parse(new String[] {"--prot", "1"}, Map.of(), home)).getMessage());
        assertEquals("--home needs a value",
                assertThrows(IllegalArgumentException.class,
                        () -> RuntimeOptions.parse(new String[] {"--home"}, Map.of(), home)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RuntimeOptions.parse(new String[] {"--port", "70000"}, Map.of(), home));
    }
}
