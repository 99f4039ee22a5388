package cn.gov.laoshan.district.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

/** The one check of configuration values against Metatype, and what it tells the log is allowed. */
class ConfigValuesTest {

    /** An integer attribute whose validate knows min and max, as Felix Metatype's and the platform's do. */
    private static AttributeDefinition integer(String defaultValue, long min, long max, int type) {
        return new AttributeDefinition() {
            @Override
            public String getName() {
                return "n";
            }

            @Override
            public String getID() {
                return "n";
            }

            @Override
            public String getDescription() {
                return "";
            }

            @Override
            public int getCardinality() {
                return 0;
            }

            @Override
            public int getType() {
                return type;
            }

            @Override
            public String[] getOptionValues() {
                return null;
            }

            @Override
            public String[] getOptionLabels() {
                return null;
            }

            @Override
            public String validate(String value) {
                long n;
                try {
                    n = Long.parseLong(value.trim());
                } catch (NumberFormatException e) {
                    return "%invalid value";
                }
                return n < min ? "%less than minimum" : n > max ? "%greater than maximum" : "";
            }

            @Override
            public String[] getDefaultValue() {
                return new String[] {defaultValue};
            }
        };
    }

    @Test
    void typeThenRangeThenOptions() {
        AttributeDefinition failures = integer("5", 1, 100, AttributeDefinition.INTEGER);
        assertNull(ConfigValues.problem(failures, "5"));
        assertEquals("min", ConfigValues.problem(failures, "0"));
        assertEquals("min", ConfigValues.problem(failures, "-3"));
        assertEquals("max", ConfigValues.problem(failures, "101"));
        assertEquals(ConfigValues.INTEGER, ConfigValues.problem(failures, "abc"));
        assertEquals(ConfigValues.INTEGER, ConfigValues.problem(failures, "99999999999"));
    }

    @Test
    void allowedRangesAreFoundFromTheDefinitionsOwnValidation() {
        assertEquals("an integer from 1 to 100", ConfigValues.allowed(integer("5", 1, 100, AttributeDefinition.INTEGER)));
        assertEquals("an integer of at least 0",
                ConfigValues.allowed(integer("0", 0, Long.MAX_VALUE, AttributeDefinition.INTEGER)));
        assertEquals("a whole number of at most 7",
                ConfigValues.allowed(integer("3", Long.MIN_VALUE, 7, AttributeDefinition.LONG)));
        assertEquals("a whole number", ConfigValues.allowed(integer("3", Long.MIN_VALUE, Long.MAX_VALUE,
                AttributeDefinition.LONG)));
        assertEquals("an integer", ConfigValues.allowed(integer("500", 1, 100, AttributeDefinition.INTEGER)),
                "an invalid default gives no starting point");
    }
}
