package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;

import cn.gov.laoshan.district.api.workflow.TimelineEntry;

class TimelinePanelTest {

    private final List<TimelineEntry> entries = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static TimelineEntry entry(String at, String action, String note) {
        return new TimelineEntry(Instant.parse(at), "lixiumei", "李秀梅", action, null, "OPEN", note);
    }

    @Test
    void newestFirstInBeijingTimeWithTheActionsLabelAndTheNote() {
        entries.add(entry("2026-12-31T17:30:00Z", "register", "WALK_IN"));
        entries.add(entry("2027-01-02T02:05:00Z", "accept", null));
        TimelinePanel panel = new TimelinePanel("case-timeline", () -> entries)
                .actions(a -> a.equals("register") ? "登记" : "受理")
                .notes(e -> "WALK_IN".equals(e.note()) ? "来访" : e.note());
        UI.getCurrent().add(panel);
        assertEquals("case-timeline", panel.getId().orElseThrow());
        assertEquals("办理记录", find(panel, H3.class).get(0).getText());
        List<String> lines = find(panel, ListItem.class).stream().map(HasText::getText).toList();
        assertEquals(List.of("2027年1月2日 10:05 · 李秀梅 · 受理", "2027年1月1日 01:30 · 李秀梅 · 登记（来访）"), lines);
    }

    @Test
    void englishWordsAndDates() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        entries.add(entry("2026-11-27T06:05:00Z", "accept", "ok"));
        TimelinePanel panel = new TimelinePanel("t", () -> entries).actions(a -> "Accepted");
        UI.getCurrent().add(panel);
        assertEquals("History", find(panel, H3.class).get(0).getText());
        assertEquals("2026-11-27 14:05 · 李秀梅 · Accepted (ok)", find(panel, ListItem.class).get(0).getText());
    }

    @Test
    void aLongHistoryShowsTheLatestAndSaysHowManyThereAre() {
        for (int n = 0; n < 35; n++) {
            entries.add(entry("2026-11-27T06:%02d:00Z".formatted(n), "step" + n, null));
        }
        TimelinePanel panel = new TimelinePanel("t", () -> entries).limit(30).title("项目动态");
        UI.getCurrent().add(panel);
        List<ListItem> items = find(panel, ListItem.class);
        assertEquals(30, items.size());
        assertTrue(items.get(0).getText().endsWith("step34"));
        assertTrue(items.get(29).getText().endsWith("step5"));
        assertEquals("项目动态", find(panel, H3.class).get(0).getText());
        assertTrue(panel.getElement().getTextRecursively().contains("显示最近 30 条，共 35 条"));
    }

    @Test
    void refreshReadsTheEntriesAgainAndEmptyIsSaid() {
        AtomicInteger reads = new AtomicInteger();
        TimelinePanel panel = new TimelinePanel("t", () -> {
            reads.incrementAndGet();
            return entries;
        });
        UI.getCurrent().add(panel);
        assertEquals(1, reads.get(), "read once when shown");
        assertTrue(panel.getElement().getTextRecursively().contains("暂无办理记录"));
        entries.add(entry("2026-11-27T06:05:00Z", "accept", null));
        panel.refresh();
        assertEquals(2, reads.get());
        assertEquals(1, find(panel, ListItem.class).size());
    }

    @Test
    void hostileTextStaysText() {
        entries.add(new TimelineEntry(Instant.parse("2026-11-27T06:05:00Z"), "x", "<b>张</b>", "accept", null, "OPEN",
                "<script>alert(1)</script> & more"));
        TimelinePanel panel = new TimelinePanel("t", () -> entries);
        UI.getCurrent().add(panel);
        String html = panel.getElement().getOuterHTML();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    static <T extends Component> List<T> find(Component root, Class<T> type) {
        List<T> found = new ArrayList<>();
        root.getChildren().forEach(c -> {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            found.addAll(find(c, type));
        });
        return found;
    }
}
