package cn.gov.laoshan.district.console.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plugin's state as the audit log keeps it: the same JSON as before the split, and valid whatever the id holds. */
class PluginAuditTrailTest {

    @Test
    void summaryKeepsItsFormat() {
        assertEquals("{\"plugin\":\"notes\",\"version\":\"1.0.0\",\"state\":\"ACTIVE\",\"schema\":\"2\"}",
                PluginAuditTrail.summary(info("notes", "ACTIVE")));
    }

    @Test
    void summaryIsValidJsonForAnyId() throws Exception {
        String id = "a\"b\\c\u0001";
        JsonNode read = new ObjectMapper().readTree(PluginAuditTrail.summary(info(id, "FAILED")));
        assertEquals(id, read.get("plugin").asText());
        assertEquals("FAILED", read.get("state").asText());
    }

    private static PluginInfo info(String id, String state) {
        return new PluginInfo(7, "cn.gov.laoshan.district.test." + id, id, id, id, "", "", "", "1.0.0", state, null,
                List.of(), List.of(), "2", "console", false);
    }
}
