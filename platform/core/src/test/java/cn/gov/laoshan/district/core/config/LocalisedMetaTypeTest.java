package cn.gov.laoshan.district.core.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

class LocalisedMetaTypeTest {

    private final LocalisedMetaType metatype = new LocalisedMetaType("test.pid",
            "cn/gov/laoshan/district/core/config/metatype", LocalisedMetaTypeTest.class.getClassLoader(), List.of(
                    LocalisedMetaType.Attribute.integer("limit", 20, 2, 300),
                    LocalisedMetaType.Attribute.bool("open", false)));

    @Test
    void describesItsOwnPidInChineseByDefaultAndInEnglish() {
        assertNull(metatype.getObjectClassDefinition("another.pid", null));
        ObjectClassDefinition zh = metatype.getObjectClassDefinition("test.pid", null);
        assertEquals("测试设置", zh.getName());
        assertEquals(List.of("上限", "开放"), Arrays.stream(zh.getAttributeDefinitions(ObjectClassDefinition.ALL))
                .map(AttributeDefinition::getName).toList());
        ObjectClassDefinition en = metatype.getObjectClassDefinition("test.pid", "en");
        assertEquals("Test settings", en.getName());
        assertEquals("Whether open.", en.getAttributeDefinitions(ObjectClassDefinition.ALL)[1].getDescription());
        // a language it does not have falls back to the default (Chinese), never to the JVM's own locale
        assertEquals("测试设置", metatype.getObjectClassDefinition("test.pid", "fr").getName());
        assertEquals(0, en.getAttributeDefinitions(ObjectClassDefinition.OPTIONAL).length);
        assertArrayEquals(new String[] {"20"}, en.getAttributeDefinitions(ObjectClassDefinition.ALL)[0].getDefaultValue());
    }

    @Test
    void validatesWithFelixMetatypesWordingWhichTheConsoleTranslates() {
        AttributeDefinition limit = metatype.getObjectClassDefinition("test.pid", "en")
                .getAttributeDefinitions(ObjectClassDefinition.ALL)[0];
        assertEquals("", limit.validate(" 300 "));
        assertEquals("%less than minimum", limit.validate("1"));
        assertEquals("%greater than maximum", limit.validate("301"));
        assertEquals("%invalid value", limit.validate("twenty"));
        assertEquals("%missing required value", limit.validate(" "));
        LocalisedMetaType.Attribute open = metatype.attributes().get(1);
        assertEquals("", open.validate("TRUE"));
        assertEquals("%invalid value", open.validate("yes"));
        assertEquals("%invalid value", LocalisedMetaType.Attribute.text("dir", "x").validate("a\0b"));
    }
}
