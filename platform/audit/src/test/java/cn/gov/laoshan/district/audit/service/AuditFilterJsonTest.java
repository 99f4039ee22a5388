package cn.gov.laoshan.district.audit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.audit.domain.AuditFilter;
import cn.gov.laoshan.district.audit.domain.Verification;

/** The JSON the audit log records of its own actions (export filter, verification): valid JSON whatever the admin typed, control characters included. */
class AuditFilterJsonTest {

    @Test
    void controlCharactersQuotesAndBackslashesStayValidJson() throws Exception {
        String actor = "张三\u0001\u001f\"x\"\\";
        String json = AuditService.filterJson(new AuditFilter(actor, null, "plugin.", Instant.EPOCH, null));
        assertFalse(json.chars().anyMatch(c -> c < 0x20), "a raw control character is not JSON: " + json);
        JsonNode read = new ObjectMapper().readTree(json);
        assertEquals(actor, read.get("actor").asText());
        assertEquals("plugin.", read.get("actionPrefix").asText());
        assertEquals("1970-01-01T00:00:00Z", read.get("from").asText());
        assertFalse(read.has("source"));
        assertFalse(read.has("to"));
    }

    @Test
    void verificationKeepsItsFormat() {
        assertEquals("{\"ok\":true,\"checked\":12}",
                AuditService.verificationJson(new Verification(true, 12, null, null, null, Duration.ZERO)));
        assertEquals("{\"ok\":false,\"checked\":12,\"problem\":\"GAP\",\"record\":7}", AuditService.verificationJson(
                Verification.broken(12, Verification.Problem.GAP, 7, "missing", Duration.ZERO)));
    }

    @Test
    void anEmptyFilterIsAnEmptyObject() {
        assertEquals("{}", AuditService.filterJson(AuditFilter.ALL));
    }
}
