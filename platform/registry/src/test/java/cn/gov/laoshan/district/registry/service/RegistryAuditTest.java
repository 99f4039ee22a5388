package cn.gov.laoshan.district.registry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;

/** The audit record's JSON is valid whatever the text holds (the hand-written escaper let control characters through). */
class RegistryAuditTest {

    @Test
    void describeWritesValidJsonForQuotesBackslashesAndControlCharacters() throws Exception {
        String address = "崂山区\"株洲路\"\\151号\n二楼\t\u0001";
        Enterprise e = new Enterprise(Uscc.parse("91370212MA3C4XK2QQ"), "青岛海澜智联科技有限公司", null, "林海澜",
                new BigDecimal("10000000.00"), LocalDate.of(2016, 9, 12), address, "I6510", EnterpriseStatus.EXISTING, null, null);
        String json = RegistryAudit.describe(e);
        assertTrue(!json.contains("\n") && !json.contains("\u0001"), json);
        JsonNode read = new ObjectMapper().readTree(json);
        assertEquals(address, read.get("address").asText());
        assertTrue(read.get("type").isNull());
        assertEquals("10000000.00", read.get("registeredCapital").asText());
        assertEquals("2016-09-12", read.get("establishedOn").asText());
    }
}
