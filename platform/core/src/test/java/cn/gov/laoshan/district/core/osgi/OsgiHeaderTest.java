package cn.gov.laoshan.district.core.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class OsgiHeaderTest {

    @Test
    void splitsClausesWithQuotedCommasAndSharedAttributes() {
        List<OsgiHeader.Clause> clauses = OsgiHeader.parse(
                "com.google.gson;version=\"[2.11.0,3.0.0)\",a.b;c.d;resolution:=optional,"
                + "osgi.ee;filter:=\"(&(osgi.ee=JavaSE)(version=17))\"");
        assertEquals(3, clauses.size());
        assertEquals(List.of("com.google.gson"), clauses.get(0).names());
        assertEquals("[2.11.0,3.0.0)", clauses.get(0).attributes().get("version"));
        assertEquals(List.of("a.b", "c.d"), clauses.get(1).names());
        assertEquals("optional", clauses.get(1).directives().get("resolution"));
        assertEquals("(&(osgi.ee=JavaSE)(version=17))", clauses.get(2).directives().get("filter"));
    }

    @Test
    void typedAttributesKeepTheirName() {
        OsgiHeader.Clause clause = OsgiHeader.parse("x;version:Version=\"1.0\"").get(0);
        assertEquals("1.0", clause.attributes().get("version"));
    }

    @Test
    void emptyHeaderHasNoClauses() {
        assertEquals(List.of(), OsgiHeader.parse(null));
        assertEquals(List.of(), OsgiHeader.parse("  "));
    }

    @Test
    void aSymbolicNameIsReadWithoutItsDirectives() {
        assertEquals("org.apache.felix.scr", OsgiHeader.symbolicName("org.apache.felix.scr"));
        assertEquals("cn.gov.laoshan.district.plugin.housing",
                OsgiHeader.symbolicName(" cn.gov.laoshan.district.plugin.housing ;singleton:=true"));
        assertEquals(null, OsgiHeader.symbolicName(null));
        assertEquals(null, OsgiHeader.symbolicName(";singleton:=true"));
    }
}
