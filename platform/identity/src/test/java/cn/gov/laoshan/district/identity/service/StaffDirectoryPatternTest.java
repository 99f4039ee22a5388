package cn.gov.laoshan.district.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The directory's search text becomes a literal, lower-cased "contains" pattern. */
class StaffDirectoryPatternTest {

    @Test
    void blankTextMeansNoCondition() {
        assertNull(StaffDirectory.pattern(null));
        assertNull(StaffDirectory.pattern("   "));
    }

    @Test
    void textIsTrimmedLowerCasedAndWildcardsAreLiteral() {
        assertEquals("%wang%", StaffDirectory.pattern("  WANG "));
        assertEquals("%王建%", StaffDirectory.pattern("王建"));
        assertEquals("%50!%!_a!!b%", StaffDirectory.pattern("50%_a!b"));
    }
}
