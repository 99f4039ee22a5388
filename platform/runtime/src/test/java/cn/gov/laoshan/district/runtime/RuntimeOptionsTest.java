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
        assertEquals("127.0.0.1", options.host(), "this machine only unless a host is configured");
        assertFalse(options.demo(), "demo data only when asked for");
        assertTrue(RuntimeOptions.parse(new String[] {"--demo"}, Map.of(), home).demo());
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
    void trustedProxiesComeFromTheConfFileAndAWrongOneStopsTheStart() throws IOException {
        assertEquals(List.of(), RuntimeOptions.parse(new String[0], Map.of(), home).trustedProxies(),
                "none by default: X-Forwarded-For is never believed");
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/district.properties"), "http.trusted-proxies=10.0.0.5, 192.168.8.0/24\n");
        assertEquals(List.of("10.0.0.5", "192.168.8.0/24"),
                RuntimeOptions.parse(new String[0], Map.of(), home).trustedProxies());
        assertEquals(List.of("10.0.0.5", "192.168.8.0/24"), RuntimeOptions.parse(new String[0], Map.of(), home)
                .withPort(9000).trustedProxies(), "kept by the with-methods");
        Files.writeString(home.resolve("conf/district.properties"), "http.trusted-proxies=10.0.0.0/99\n");
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> RuntimeOptions.parse(new String[0], Map.of(), home));
        assertTrue(wrong.getMessage().contains("10.0.0.0/99"), wrong.getMessage());
    }

    @Test
    void theNodeIsNamedAfterTheHostUnlessConfiguredAndABadNameStopsTheStart() throws IOException {
        String host = RuntimeOptions.parse(new String[0], Map.of(), home).nodeName();
        assertTrue(host.matches("[a-z0-9][a-z0-9._-]*"), host);
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/district.properties"), "node.name=node-a\n");
        assertEquals("node-a", RuntimeOptions.parse(new String[0], Map.of(), home).nodeName());
        assertEquals("node-b", RuntimeOptions.parse(new String[0], Map.of("DISTRICT_NODE", "node-b"), home).nodeName());
        assertEquals("node-c", RuntimeOptions.parse(new String[] {"--node", "node-c"}, Map.of("DISTRICT_NODE", "node-b"),
                home).nodeName());
        assertEquals("node-c", RuntimeOptions.parse(new String[] {"--node", "node-c"}, Map.of(), home).withPort(0)
                .withDemo(true).nodeName(), "kept by every with…");
        Files.writeString(home.resolve("conf/district.properties"), "node.name=节点 1\n");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RuntimeOptions.parse(new String[0], Map.of(), home)).getMessage().startsWith("node.name must be"));
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

    @Test
    void unknownKeysAreWarnedAboutWithTheNearestKnownKey() throws IOException {
        Path conf = home.resolve("conf/district.properties");
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, "http.prot=9000\nsession.idle-minute=5\nfeatures=\n");
        List<String> warnings = new java.util.ArrayList<>();
        RuntimeOptions options = RuntimeOptions.parse(new String[0], Map.of(), home, warnings);
        assertEquals(8080, options.port(), "the misspelt key is not taken");
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'http.prot'") && w.contains("did you mean 'http.port'")
                && w.contains(conf.toString())), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'session.idle-minutes'")), warnings.toString());
    }

    @Test
    void aBadEscapeOrBinaryGarbageIsReportedWithFileAndLine() throws IOException {
        Path conf = home.resolve("conf/district.properties");
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, "# settings\nhttp.port=8081\nhttp.host=\\u12x4\n");
        String message = assertThrows(IllegalArgumentException.class,
                () -> RuntimeOptions.parse(new String[0], Map.of(), home)).getMessage();
        assertTrue(message.startsWith(conf + ", line 3: Malformed"), message);

        Files.write(conf, new byte[] {'h', 't', 't', 'p', '.', 'p', 'o', 'r', 't', '=', '1', '\n', (byte) 0xC3, 0x28,
            (byte) 0xFF, 0x00, '\n'});
        message = assertThrows(IllegalArgumentException.class,
                () -> RuntimeOptions.parse(new String[0], Map.of(), home)).getMessage();
        assertEquals(conf + ", line 2: not UTF-8 text (binary data?); the file must be UTF-8 text", message);

        Files.write(conf, new byte[] {'a', '=', 0x01, 0x02, '\n'});
        message = assertThrows(IllegalArgumentException.class,
                () -> RuntimeOptions.parse(new String[0], Map.of(), home)).getMessage();
        assertTrue(message.startsWith(conf + ", line 1: control character U+0001"), message);
    }

    @Test
    void aKeystorePasswordOthersMayReadIsRefused() throws IOException {
        Path conf = home.resolve("conf");
        Files.createDirectories(conf);
        Files.writeString(conf.resolve("keystore.p12"), "not checked here");
        Path password = conf.resolve("keystore.password");
        Files.writeString(password, "secret");
        Files.setPosixFilePermissions(password, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(conf.resolve("district.properties"), "https.port=8443\n");
        String message = assertThrows(IllegalArgumentException.class,
                () -> RuntimeOptions.parse(new String[0], Map.of(), home)).getMessage();
        assertTrue(message.contains("chmod 600 " + password), message);

        Files.setPosixFilePermissions(password, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertEquals("secret", RuntimeOptions.parse(new String[0], Map.of(), home).https().keystorePassword());
    }

    @Test
    void nearestKnownKey() {
        assertEquals("http.port", SettingsFile.nearest("http.prot", RuntimeOptions.KNOWN_KEYS));
        assertEquals("deploy.poll-ms", SettingsFile.nearest("deploy.pollms", RuntimeOptions.KNOWN_KEYS));
        assertEquals(2, SettingsFile.distance("http.prot", "http.port"));
    }
}
