package cn.gov.laoshan.district.policy.suggestion.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.UI;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.uikit.Dates;

/** The columns every list of suggestions shows, and the state badge (late ones stand out). */
final class SuggestionGrid {

    private SuggestionGrid() {
    }

    static void columns(Grid<Suggestion> grid, LocalDate today, boolean staff) {
        Locale locale = UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale();
        grid.addColumn(s -> Dates.date(s.receivedOn(), locale))
                .setHeader(grid.getTranslation("policy.suggestion.received-on")).setAutoWidth(true);
        if (staff) {
            grid.addColumn(Suggestion::enterpriseName).setHeader(grid.getTranslation("policy.suggestion.enterprise"))
                    .setFlexGrow(1);
            grid.addColumn(s -> grid.getTranslation("policy.channel." + s.channel()))
                    .setHeader(grid.getTranslation("policy.suggestion.channel")).setAutoWidth(true);
        }
        grid.addColumn(s -> grid.getTranslation("policy.topic." + s.topic()))
                .setHeader(grid.getTranslation("policy.suggestion.topic")).setAutoWidth(true);
        grid.addColumn(Suggestion::title).setHeader(grid.getTranslation("policy.suggestion.text")).setFlexGrow(3);
        grid.addComponentColumn(s -> state(grid, s, today)).setHeader(grid.getTranslation("policy.suggestion.state"))
                .setAutoWidth(true);
        grid.addColumn(s -> Dates.date(s.deadline(), locale))
                .setHeader(grid.getTranslation("policy.suggestion.deadline")).setAutoWidth(true);
    }

    /** The state as a badge: red when the answer is late. */
    static Span state(com.vaadin.flow.component.Component where, Suggestion s, LocalDate today) {
        Span badge = new Span(where.getTranslation("policy.state." + s.state())
                + (s.overdue(today) ? " · " + where.getTranslation("policy.overdue") : ""));
        badge.getElement().getThemeList().add(s.overdue(today) ? "badge error" : "badge");
        badge.addClassName("policy-state");
        return badge;
    }
}
