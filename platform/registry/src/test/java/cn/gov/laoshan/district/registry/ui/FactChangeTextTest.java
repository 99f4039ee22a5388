package cn.gov.laoshan.district.registry.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.facts.QualificationType;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.registry.facts.FactChange;
import cn.gov.laoshan.district.registry.facts.FactHistory;
import cn.gov.laoshan.district.registry.facts.FactFile;

/**
 * The enterprise page's 变更记录 in words: each kind of change with its subject, before → after, the reason, source or
 * certificate and the file, in both languages, from the history's neutral values (with the registry's own messages).
 */
class FactChangeTextTest {

    private static final Instant AT = Instant.parse("2026-12-07T06:05:00Z");
    private static final Map<String, QualificationType> TYPES = Map.of("HNTE",
            new QualificationType("HNTE", "高新技术企业", "High and new technology enterprise"));

    private static FactChangeText text(Locale locale) throws Exception {
        Properties words = new Properties();
        String name = locale.getLanguage().equals("zh") ? "messages.properties" : "messages_en.properties";
        try (var in = FactChangeTextTest.class.getResourceAsStream("/cn/gov/laoshan/district/registry/i18n/" + name)) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new FactChangeText(locale, key -> {
            assertTrue(words.containsKey(key), key);
            return words.getProperty(key);
        }, TYPES);
    }

    private static FactChange change(String action, String subject, String before, String after, String note, String file) {
        return new FactChange(AT, "liuyang", "刘洋", action, subject, before, after, note, file);
    }

    @Test
    void eachKindOfChangeSaysWhatItWasBeforeAndAfterInChinese() throws Exception {
        FactChangeText zh = text(Locale.SIMPLIFIED_CHINESE);
        assertEquals("2025年 从业人数：120 → 135；来源：统计年报",
                zh.what(change(FactHistory.FIGURE, "HEADCOUNT/2025", "120", "135", "统计年报", null)));
        assertEquals("2025年 研发投入：— → 123.46万元；来源：企业自报；文件 figures.xlsx",
                zh.what(change(FactHistory.FIGURE, "RND_SPENDING/2025", null, "1234567", "企业自报", "figures.xlsx")));
        assertEquals("高新技术企业：2024年1月1日 – 2026年12月31日 → 2024年1月1日 – 2026年12月7日；证书编号：GR202437000123",
                zh.what(change(FactHistory.QUALIFICATION, "HNTE", "2024-01-01/2026-12-31", "2024-01-01/2026-12-07",
                        "GR202437000123", null)));
        assertEquals("— → 中韩街道 / —", zh.what(change(FactHistory.LOCATION, null, null, "中韩街道 / ", null, null)));
        assertEquals("A → B；理由：2025年度纳税信用评价为B级",
                zh.what(change(FactHistory.CREDIT_GRADE, null, "A", "B", "2025年度纳税信用评价为B级", null)));
        assertEquals("未评定 → C；理由：年度评价；文件 g.csv",
                zh.what(change(FactHistory.CREDIT_GRADE, null, null, "C", "年度评价", "g.csv")));
        assertEquals("守信激励；有效期至2027年12月31日；理由：A级纳税人",
                zh.what(change(FactHistory.CREDIT_MARK, "守信激励", null, "2027-12-31", "A级纳税人", null)));
        assertEquals("守信激励；理由：A级纳税人", zh.what(change(FactHistory.CREDIT_MARK, "守信激励", null, "", "A级纳税人", null)));
        assertEquals("小型 → 中型；文件 s.csv", zh.what(change(FactHistory.SIZE, null, "SMALL", "MEDIUM", null, "s.csv")));
        assertEquals("信用等级", zh.label(FactHistory.CREDIT_GRADE));
        TimelineEntry entry = zh.entry(change(FactHistory.CREDIT_GRADE, null, "A", "B", "理由", null));
        assertEquals(AT, entry.at());
        assertEquals("刘洋", entry.actorName());
        assertEquals("信用等级", entry.action());
        assertEquals("A → B；理由：理由", entry.note());
    }

    @Test
    void andInEnglish() throws Exception {
        FactChangeText en = text(Locale.ENGLISH);
        assertEquals("2025 Headcount: 120 → 135; Source: 统计年报",
                en.what(change(FactHistory.FIGURE, "HEADCOUNT/2025", "120", "135", "统计年报", null)));
        assertEquals("High and new technology enterprise: — → 2024-01-01 – 2026-12-31",
                en.what(change(FactHistory.QUALIFICATION, "HNTE", null, "2024-01-01/2026-12-31", null, null)));
        assertEquals("B → A; Reason: annual review; file g.csv",
                en.what(change(FactHistory.CREDIT_GRADE, null, "B", "A", "annual review", "g.csv")));
        assertEquals("Small → Medium", en.what(change(FactHistory.SIZE, null, "SMALL", "MEDIUM", null, null)));
        for (String action : new String[] {FactHistory.FIGURE, FactHistory.QUALIFICATION, FactHistory.QUALIFICATION_REMOVED,
                FactHistory.LOCATION, FactHistory.CREDIT_MARK, FactHistory.CREDIT_GRADE, FactHistory.SIZE}) {
            assertTrue(!en.label(action).isBlank(), action);
        }
    }

    @Test
    void everyFactFileHasItsTemplateHeadersInBothLanguages() {
        assertEquals(java.util.List.of("统一社会信用代码", "指标", "年度", "数值", "来源", "截至日期"), FactFile.FIGURES.headers(true));
        assertEquals(java.util.List.of("Unified social credit code", "Credit grade", "Reason"), FactFile.CREDIT_GRADES.headers(false));
        for (FactFile file : FactFile.values()) {
            assertEquals("统一社会信用代码", file.headers(true).get(0), file.name());
        }
    }
}
