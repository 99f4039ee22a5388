package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void markupInDataIsEscaped() {
        assertEquals("青岛&lt;海澜&gt; &amp; &apos;智联&apos; &quot;科技&quot;", Svg.escape("青岛<海澜> & '智联' \"科技\""));
        assertEquals("", Svg.escape(null));
    }
}
