package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartTest {

    static final String HOSTILE = "<script>alert('x')</script> A&B \"q\"";
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** The markup parsed by a real XML parser: it must be well-formed. */
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    /** No element but SVG's own: a hostile name became text, never a script element or a broken document. */
    static void assertNameIsText(String svg) throws Exception {
        Document doc = parse(svg);
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), svg);
        assertFalse(svg.contains("<script"), svg);
        String all = doc.getDocumentElement().getTextContent();
        assertTrue(all.contains(HOSTILE) || all.contains("<script>alert('x')</script>"), all);
        assertEquals(HOSTILE, doc.getDocumentElement().getAttribute("aria-label"));
    }

    @Test
    void everyShapeShowsAHostileNameAsText() throws Exception {
        assertNameIsText(BarChart.of(HOSTILE, ZH).categories(List.of(HOSTILE, "乙")).series(HOSTILE, List.of(3, 4))
                .series("丙", List.of(1, 2)).svg());
        assertNameIsText(LineChart.of(HOSTILE, ZH).categories(List.of(HOSTILE, "乙")).series(HOSTILE, List.of(3, 4))
                .svg());
        assertNameIsText(DonutChart.of(HOSTILE, ZH).slice(HOSTILE, 3).slice("乙", 1).svg());
        GanttBars gantt = GanttBars.of(HOSTILE, ZH).widths(700, 720);
        gantt.group(HOSTILE);
        gantt.row(HOSTILE).key(HOSTILE).bar(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 10), GanttBars.NORMAL)
                .baseline(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), HOSTILE);
        gantt.today(LocalDate.of(2026, 3, 20), HOSTILE).legend(GanttBars.NORMAL, HOSTILE);
        String svg = gantt.svg();
        assertNameIsText(svg);
        NodeList rects = parse(svg).getElementsByTagNameNS("*", "rect");
        Element bar = null;
        for (int i = 0; i < rects.getLength(); i++) {
            if ("bar".equals(((Element) rects.item(i)).getAttribute("class"))) {
                bar = (Element) rects.item(i);
            }
        }
        assertEquals(HOSTILE, bar.getAttribute("data-key"), "an attribute keeps the text too");
    }

    @Test
    void barsAreStackedScaledToTheAxisAndTotalled() throws Exception {
        String svg = BarChart.of("案件", ZH).id("c").categories(List.of("1月", "2月", "3月"))
                .series("劳动", List.of(3, 0, 5)).series("邻里", List.of(4, 1, 0)).axisTitle("件").svg();
        Document doc = parse(svg);
        assertEquals("c", doc.getDocumentElement().getAttribute("id"));
        // two parts in 1月, one in 2月 and one in 3月: zeros are not drawn
        assertEquals(4, count(doc, "rect", "title"));
        List<String> values = new ArrayList<>();
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            if ("value".equals(((Element) texts.item(i)).getAttribute("class"))) {
                values.add(texts.item(i).getTextContent());
            }
        }
        assertEquals(List.of("7", "1", "5"), values, "each bar's total above it");
        assertTrue(svg.contains("class='value-axis'"));
        assertTrue(texts(doc, "text").containsAll(List.of("劳动", "邻里", "件", "1月")), "legend, axis title, categories");
        // the axis runs to 8 (ticks 0, 2, 4, 6, 8) over 180-30-16 = 134 units: the bar of 5 is 83.75 high
        assertTrue(svg.contains("height='83.8'"), svg);
    }

    private static List<String> classed(Document doc, String cls) {
        List<String> out = new ArrayList<>();
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            if (cls.equals(((Element) texts.item(i)).getAttribute("class"))) {
                out.add(texts.item(i).getTextContent());
            }
        }
        return out;
    }

    private static int count(Document doc, String parent, String child) {
        NodeList nodes = doc.getElementsByTagNameNS("*", parent);
        int n = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getElementsByTagNameNS("*", child).getLength() > 0) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aLineHasAPointPerCategoryWithItsValueAndGroupedNumbers() throws Exception {
        String svg = LineChart.of("登记", ZH).categories(List.of("1月", "2月", "3月")).series("登记", List.of(1200, 0, 3))
                .svg();
        Document doc = parse(svg);
        assertEquals(3, doc.getElementsByTagNameNS("*", "circle").getLength());
        assertTrue(texts(doc, "title").contains("1月 登记: 1,200"), texts(doc, "title").toString());
        assertEquals(1, doc.getElementsByTagNameNS("*", "polyline").getLength());
    }

    @Test
    void aDonutHasAnArcPerPartItsTotalAndShares() throws Exception {
        String svg = DonutChart.of("按类型", ZH).slice("劳动争议", 30).slice("邻里纠纷", 10).slice("其他", 0).svg();
        Document doc = parse(svg);
        assertEquals(2, doc.getElementsByTagNameNS("*", "path").getLength(), "a part of 0 has no arc");
        List<String> texts = texts(doc, "text");
        assertTrue(texts.contains("40") && texts.contains("合计"), texts.toString());
        assertTrue(texts(doc, "tspan").containsAll(List.of("30 · 75%", "10 · 25%", "0 · 0%")), texts(doc, "tspan").toString());
        // one part only: a whole ring, not an arc that starts and ends at the same point
        Document whole = parse(DonutChart.of("x", Locale.ENGLISH).slice("a", 5).svg());
        assertEquals(1, whole.getElementsByTagNameNS("*", "circle").getLength());
        assertTrue(texts(whole, "text").contains("Total"));
    }

    @Test
    void ganttMonthsAreLabelledTheChineseWayAndTodayIsMarked() throws Exception {
        GanttBars gantt = GanttBars.of("计划", ZH).id("g");
        gantt.group("立项");
        gantt.row("A01 项目建议书批复").key("A01").bar(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 2, 3),
                GanttBars.CRITICAL).critical(true).hatched(true);
        gantt.row("A02").key("A02").bar(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), GanttBars.DONE)
                .critical(true);
        gantt.today(LocalDate.of(2026, 12, 7), "今天").legend(GanttBars.CRITICAL, "关键路径");
        String svg = gantt.svg();
        Document doc = parse(svg);
        assertEquals(List.of("11月", "12月", "1月", "2月"), classed(doc, "month"));
        assertEquals(List.of("2026年", "2027年"), classed(doc, "year"), "the year at the start and each January");
        gantt.include(LocalDate.of(2026, 9, 30));
        assertEquals(List.of("9月", "10月", "11月", "12月", "1月", "2月"), classed(parse(gantt.svg()), "month"),
                "an included day widens the months");
        assertTrue(svg.contains("id='gantt-today'"));
        assertTrue(svg.contains("class='bar critical' data-key='A01'"));
        assertTrue(svg.contains("url(#gantt-hatch)"));
        assertTrue(texts(doc, "title").contains("A01 项目建议书批复: 2026年11月20日 – 2027年2月3日"));
        assertFalse(svg.contains("stroke='#7f0000' stroke-width='1'><title>A02"), "a finished critical bar has no outline");
        GanttBars en = GanttBars.of("", Locale.ENGLISH);
        assertEquals("Mar", en.month(LocalDate.of(2026, 3, 1)));
        assertEquals("2026", en.year(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void nothingToDrawSaysSo() throws Exception {
        assertTrue(texts(parse(BarChart.of("x", ZH).categories(List.of("a")).series("s", List.of(0)).svg()), "text")
                .contains("暂无数据"));
        assertTrue(texts(parse(DonutChart.of("x", Locale.ENGLISH).svg()), "text").contains("No data yet"));
        assertTrue(texts(parse(GanttBars.of("x", ZH).svg()), "text").contains("暂无数据"));
        assertTrue(texts(parse(LineChart.of("x", ZH).svg()), "text").contains("暂无数据"));
    }

    @Test
    void theComponentCarriesTheMarkup() {
        String svg = DonutChart.of("x", ZH).slice("a", 1).svg();
        assertEquals(svg, DonutChart.of("x", ZH).slice("a", 1).component().getElement().getProperty("innerHTML"));
        assertEquals("#1565c0", SvgChart.colour(0));
        assertEquals(SvgChart.colour(0), SvgChart.colour(SvgChart.PALETTE.size()));
    }
}
