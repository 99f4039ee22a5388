package cn.gov.laoshan.district.uikit;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.workflow.TimelineEntry;

/**
 * The history of a record kept by the platform's {@code Timeline} (since 1.6.0): newest first, each entry as
 * "2026年11月27日 14:05 · 李秀梅 · 受理（来访）" — when (in Beijing time, in the user's date format), who, what (the
 * plugin's label of the action) and the note; at most {@link #limit(int)} entries (50 by default), with a line
 * saying how many there are in all. Every text goes in as text, never as HTML.
 *
 * <pre>{@code
 * TimelinePanel timeline = new TimelinePanel("case-timeline", () -> cases.timeline(c))
 *         .actions(action -> getTranslation("mediation.action." + action));
 * timeline.refresh();   // after a change that added an entry
 * }</pre>
 * The panel reads the entries when it is attached and at each {@link #refresh()}; the service behind the supplier
 * checks the user's permission as it always does.
 */
public class TimelinePanel extends VerticalLayout {

    private final Supplier<List<TimelineEntry>> entries;
    private Function<String, String> actionLabel = action -> action;
    private Function<TimelineEntry, String> noteLabel = TimelineEntry::note;
    private String title;
    private int limit = 50;
    private boolean drawn;

    /**
     * @param id      the element id (tests and styles find the panel by it: {@code case-timeline})
     * @param entries the record's entries, oldest first, as {@code Timeline.of} returns them
     */
    public TimelinePanel(String id, Supplier<List<TimelineEntry>> entries) {
        this.entries = Objects.requireNonNull(entries, "entries");
        setId(id);
        setPadding(false);
        setSpacing(false);
        addClassName("district-timeline");
        addAttachListener(e -> {
            if (!drawn) {
                refresh();
            }
        });
    }

    /** How an action ({@code accept}) is shown: the plugin's label ({@code 受理}). Default: the action itself. */
    public TimelinePanel actions(Function<String, String> label) {
        this.actionLabel = Objects.requireNonNull(label, "label");
        return redrawn();
    }

    /** How an entry's note is shown (e.g. a code turned into its label); {@code null} or "" shows none. */
    public TimelinePanel notes(Function<TimelineEntry, String> label) {
        this.noteLabel = Objects.requireNonNull(label, "label");
        return redrawn();
    }

    /** The heading; by default 办理记录 / History. */
    public TimelinePanel title(String text) {
        this.title = text;
        return redrawn();
    }

    /** Shows at most {@code max} entries, the newest (at least 1). */
    public TimelinePanel limit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + max);
        }
        this.limit = max;
        return redrawn();
    }

    private TimelinePanel redrawn() {
        if (drawn) {
            refresh();
        }
        return this;
    }

    /** Reads the entries again and shows them. */
    public void refresh() {
        drawn = true;
        removeAll();
        add(new H3(title != null ? title : KitText.get(getLocale(), "timeline.title")));
        List<TimelineEntry> all = entries.get();
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(KitText.get(getLocale(), "timeline.empty"));
            none.addClassName("district-timeline-empty");
            add(none);
            return;
        }
        OrderedList list = new OrderedList();
        list.getStyle().set("margin", "0").set("padding-inline-start", "0").set("list-style", "none");
        for (int n = all.size() - 1; n >= 0 && n >= all.size() - limit; n--) {
            list.add(item(all.get(n)));
        }
        add(list);
        if (all.size() > limit) {
            Span more = new Span(KitText.get(getLocale(), "timeline.more", limit, all.size()));
            more.addClassName("district-timeline-more");
            more.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(more);
        }
    }

    /** The line of one entry, as the panel shows it. */
    String line(TimelineEntry e) {
        String note = noteLabel.apply(e);
        return Dates.dateTime(e.at(), getLocale()) + " · " + (e.actorName() == null ? e.actorLogin() : e.actorName())
                + " · " + actionLabel.apply(e.action())
                + (note == null || note.isBlank() ? "" : KitText.get(getLocale(), "timeline.note", note));
    }

    private ListItem item(TimelineEntry e) {
        ListItem item = new ListItem(line(e));
        item.addClassName("district-timeline-entry");
        item.getElement().setAttribute("data-action", e.action());
        item.getStyle().set("padding", "var(--lumo-space-xs) 0");
        return item;
    }
}
