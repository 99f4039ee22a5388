package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/** Since 1.4.0: amounts in the UI language, a chart's value axis, figures that link to their list, the back link. */
class MoneyAndAxisTest {

    @Test
    void wanAmountsAreWanInChineseAndYuanInEnglish() {
        assertEquals("3,500万元", Money.wan(new BigDecimal("3500"), Locale.SIMPLIFIED_CHINESE));
        assertEquals("¥35,000,000", Money.wan(new BigDecimal("3500"), Locale.ENGLISH));
        assertEquals("12.5万元", Money.wan(new BigDecimal("12.50"), Locale.SIMPLIFIED_CHINESE));
        assertEquals("¥125,000", Money.wan(new BigDecimal("12.50"), Locale.ENGLISH));
        assertEquals("500万元", Money.yuan(new BigDecimal("5000000.00"), Locale.SIMPLIFIED_CHINESE));
        assertEquals("¥5,000,000.5", Money.yuan(new BigDecimal("5000000.50"), Locale.ENGLISH));
        assertEquals("", Money.wan(null, Locale.ENGLISH));
    }

    @Test
    void axisTicksAreRoundStepsUpToTheMaximum() {
        assertArrayEquals(new int[] {0, 1}, Svg.ticks(0));
        assertArrayEquals(new int[] {0, 1, 2, 3}, Svg.ticks(3));
        assertArrayEquals(new int[] {0, 2, 4, 6, 8}, Svg.ticks(7));
        assertArrayEquals(new int[] {0, 10, 20, 30, 40}, Svg.ticks(37));
        assertArrayEquals(new int[] {0, 50, 100, 150, 200, 250}, Svg.ticks(240));
        for (int max = 1; max < 5000; max += 7) {
            int[] t = Svg.ticks(max);
            assertTrue(t[t.length - 1] >= max && t.length <= 7, max + " → " + t.length);
        }
    }

    @Test
    void theValueAxisLabelsEveryTickAndEscapesItsTitle() {
        String svg = Svg.valueAxis(40, 500, 150, 10, new int[] {0, 10, 20}, "件数<>");
        assertTrue(svg.contains(">0</text>") && svg.contains(">10</text>") && svg.contains(">20</text>"), svg);
        assertTrue(svg.contains("件数&lt;&gt;"), svg);
        assertTrue(svg.contains("y1='10.0'"), "the last tick at the top: " + svg);
    }

    @Test
    void aLinkedFigureOpensItsList() {
        Div figure = Figure.of(7, "超期", Figure.Tone.BAD, "mediation/cases?overdue");
        Anchor link = (Anchor) figure.getChildren().filter(Anchor.class::isInstance).findFirst().orElseThrow();
        assertEquals("mediation/cases?overdue", link.getHref());
        assertTrue(link.getElement().hasAttribute("router-link"));
        assertEquals("7", link.getElement().getChild(0).getText());
        Anchor back = BackLink.to("mediation/cases", "返回全部案件");
        assertEquals("mediation/cases", back.getHref());
        assertEquals("district-back", back.getId().orElseThrow());
    }
}
