package cn.gov.laoshan.district.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which schema a bundle gets, and which it never gets. */
class PluginSchemasTest {

    @Test
    void aPluginGetsTheLastSegmentOfItsName() {
        assertEquals("mediation", PluginSchemas.schemaId("cn.gov.laoshan.district.plugin.mediation"));
        assertEquals("my_plugin", PluginSchemas.schemaId("org.example.My-Plugin"));
        assertNull(PluginSchemas.refusal("cn.gov.laoshan.district.plugin.mediation"));
    }

    @Test
    void thePlatformsAndTheDatabasesSchemasAreReserved() {
        // "uninstall and drop data" of x.y.platform would otherwise drop the users and the audit log
        assertTrue(PluginSchemas.refusal("evil.platform").contains("\"platform\" is reserved"));
        assertTrue(PluginSchemas.refusal("org.example.Platform").contains("reserved"));
        assertTrue(PluginSchemas.refusal("x.sys").contains("reserved"));
        assertTrue(PluginSchemas.refusal("x.sysibm").contains("reserved"));
        assertTrue(PluginSchemas.refusal("x.app").contains("reserved"));
        assertTrue(PluginSchemas.refusal("x.public").contains("reserved"));
        assertTrue(PluginSchemas.refusal("x.pg_catalog").contains("reserved"));
        assertTrue(PluginSchemas.refusal("x.2fast").contains("cannot name a schema"));
    }

    @Test
    void aSymbolicNameIsCheckedBeforeItNamesAFile() {
        assertFalse(PluginSchemas.validSymbolicName("../../conf/district"));
        assertFalse(PluginSchemas.validSymbolicName("a/b"));
        assertFalse(PluginSchemas.validSymbolicName("a..b"));
        assertFalse(PluginSchemas.validSymbolicName(""));
        assertFalse(PluginSchemas.validSymbolicName("x".repeat(201)));
        assertTrue(PluginSchemas.validSymbolicName("org.apache.commons.commons-csv"));
        assertTrue(PluginSchemas.refusal("../x").contains("not a valid OSGi symbolic name"));
    }
}
