package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.derby.drda.NetworkServerControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.api.data.DatabaseKind;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.core.security.SecretFiles;
import cn.gov.laoshan.district.registry.RegistryModule;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The same code on a Derby network server ({@code url=jdbc:derby://host:port/...} in {@code conf/database.properties})
 * instead of embedded Derby: the platform's migrations and demo data, a plugin's own schema and migrations, and a
 * registry import (which takes the portable path there: the bulk-load table function exists only in-process).
 */
class DerbyNetworkServerIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void thePlatformAndAPluginRunOnADerbyNetworkServer(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        NetworkServerControl server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
        StringWriter serverLog = new StringWriter();
        server.start(new PrintWriter(serverLog, true));
        try {
            TestPlatform.await(() -> {
                try {
                    server.ping();
                    return true;
                } catch (Exception notYet) {
                    return false;
                }
            }, Duration.ofSeconds(20), "the Derby network server");

            Path home = Files.createDirectories(dir.resolve("home"));
            Path conf = Files.createDirectories(home.resolve("conf"));
            Files.writeString(conf.resolve("database.properties"), "url=jdbc:derby://127.0.0.1:" + port + "/"
                    + dir.resolve("server-data/district").toAbsolutePath() + ";create=true\nuser=district\n");
            SecretFiles.write(conf.resolve("database.password"), "Laoshan-db-Pa55-2026");

            try (TestPlatform platform = TestPlatform.start(RuntimeOptions.forHome(home).withDemo(true))) {
                assertEquals(DatabaseKind.DERBY, platform.runtime().database().kind());
                assertTrue(platform.runtime().database().settings().url().startsWith("jdbc:derby://"));
                assertEquals("UP", platform.health().path("status").asText());

                AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
                EnterpriseRegistry registry = platform.runtime().service(EnterpriseRegistry.class).orElseThrow();
                long before = access.asSystem(() -> registry.count(EnterpriseQuery.all()));
                assertTrue(before >= RegistryModule.DEMO_COUNT, "demo enterprises: " + before);

                List<Enterprise> more = DemoEnterprises.generate(991L, 200).stream()
                        .filter(e -> access.asSystem(() -> registry.find(e.uscc())).isEmpty()).toList();
                ImportReport report = access.asSystem(() -> {
                    try {
                        return registry.importFile(new ByteArrayInputStream(
                                DemoEnterprises.csv(more).getBytes(StandardCharsets.UTF_8)), ImportFormat.CSV, "more.csv");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                assertTrue(report.accepted(), report.problems().toString());
                assertEquals(more.size(), report.rowsImported());
                assertEquals(before + more.size(), (long) access.asSystem(() -> registry.count(EnterpriseQuery.all())));
                assertEquals(more.get(0), access.asSystem(() -> registry.find(more.get(0).uscc())).orElseThrow());

                platform.deploy(PluginJars.named("district-plugin-housing"), "housing.jar");
                platform.awaitPlugin("housing", "ACTIVE", WAIT);
                TestPlatform.await(() -> platform.runtime().database().jdbi("housing").withHandle(h -> h.createQuery(
                        "select count(*) from project").mapTo(Integer.class).one()) == 8, WAIT, "the housing demo projects");
            }
        } finally {
            server.shutdown();
        }
    }
}
