package cn.gov.laoshan.district.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** What the load test reads besides Gatling: its report's statistics, the accounts file, the server's heap. */
class LoadReportTest {

    @Test
    void theReportsStatisticsAreReadPerStep() throws IOException {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/gatling-stats.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode stats = LoadTest.readStats(script);
        assertEquals(94, stats.path("stats").path("numberOfRequests").path("total").asLong());
        assertEquals(4991, stats.path("stats").path("percentiles3").path("total").asLong());
        List<String> steps = new ArrayList<>();
        stats.path("contents").elements().forEachRemaining(s -> steps.add(s.path("stats").path("name").asText()));
        assertEquals(10, steps.size());
        assertEquals("open sign-in page", steps.get(0));
    }

    @Test
    void staffAccountsAreTakenAndEnterpriseUsersLeftOut() {
        List<Map<String, Object>> accounts = LoadSettings.parseAccounts(List.of(
                "# login\tpassword\tname\tdepartment\troles",
                "lixiumei\tpw1\t李秀梅\tsocial-governance\t",
                "sunwei\tpw2\t孙伟\tdevelopment\tfacts-reader",
                "hailan-qy\tpw3\t林海澜\t-\tenterprise"));
        assertEquals(List.of(Map.of("login", "lixiumei", "password", "pw1"),
                Map.of("login", "sunwei", "password", "pw2")), accounts);
        assertThrows(IllegalStateException.class, () -> LoadSettings.parseAccounts(List.of("# nothing")));
    }

    @Test
    void theHeapInUseIsReadFromJcmdsAnswer() {
        String g1 = "12345:\n garbage-first heap   total 262144K, used 43210K [0x00000000c0000000, 0x0000000100000000)\n"
                + "  region size 1024K, 2 young (2048K), 0 survivors (0K)\n Metaspace       used 91234K";
        assertEquals(43210L * 1024, ServerProbe.heapUsed(g1));
        assertThrows(IllegalArgumentException.class, () -> ServerProbe.heapUsed("no heap here"));
    }
}
