package cn.gov.laoshan.district.mediation.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.Party;
import cn.gov.laoshan.district.uikit.Dates;

/** The columns every case list shows, the same in the inbox and the full list. */
final class CaseGrid {

    private CaseGrid() {
    }

    static void columns(Grid<MediationCase> grid, Masking masking, LocalDate today, LocalDate dueSoonUntil) {
        columns(grid, masking, today, dueSoonUntil, c -> false);
    }

    /** The columns; a deadline {@code provisional} holds for is marked "按周末估算". */
    static void columns(Grid<MediationCase> grid, Masking masking, LocalDate today, LocalDate dueSoonUntil,
            java.util.function.Predicate<MediationCase> provisional) {
        Locale locale = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        grid.addColumn(MediationCase::number).setHeader(grid.getTranslation("mediation.case.number")).setKey("number")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> grid.getTranslation("mediation.type." + c.type())).setHeader(
                grid.getTranslation("mediation.case.type")).setKey("type").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        String list = grid.getTranslation("mediation.punct.list");
        grid.addColumn(c -> names(c.applicants().stream().map(p -> display(p, masking)).collect(Collectors.joining(list))))
                .setHeader(grid.getTranslation("mediation.case.applicant")).setFlexGrow(1)
                .setTooltipGenerator(c -> c.applicants().stream().map(p -> display(p, masking)).collect(Collectors.joining(list)));
        grid.addColumn(c -> names(c.respondents().stream().map(p -> display(p, masking)).collect(Collectors.joining(list))))
                .setHeader(grid.getTranslation("mediation.case.respondent")).setFlexGrow(2)
                .setTooltipGenerator(c -> c.respondents().stream().map(p -> display(p, masking)).collect(Collectors.joining(list)));
        grid.addComponentColumn(c -> state(grid, c)).setHeader(grid.getTranslation("mediation.case.state"))
                .setKey("state").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> {
            Span deadline = deadline(grid, c, today, dueSoonUntil, locale);
            return provisional.test(c) ? new Span(deadline, Dates.provisionalMark(grid)) : deadline;
        }).setHeader(grid.getTranslation("mediation.case.deadline"))
                .setKey("deadline").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("mediation/cases/" + e.getItem().id()));
    }

    /** A person's name is shown masked in lists (张*); an enterprise's is public. */
    static String display(Party party, Masking masking) {
        return party.enterprise() ? party.name() : masking.name(party.name());
    }

    private static String names(String text) {
        return text.length() > 30 ? text.substring(0, 29) + "…" : text;
    }

    static Span state(Grid<?> grid, MediationCase c) {
        Span badge = new Span(grid.getTranslation("mediation.state." + c.state()));
        badge.getElement().getThemeList().add(switch (c.state()) {
            case AGREED, FOLLOWED_UP -> "badge success";
            case FAILED, DECLINED -> "badge error";
            case CLOSED, WITHDRAWN -> "badge contrast";
            default -> "badge";
        });
        return badge;
    }

    static Span deadline(Grid<?> grid, MediationCase c, LocalDate today, LocalDate dueSoonUntil, Locale locale) {
        Span text = new Span(Dates.date(c.deadline(), locale));
        if (c.overdue(today)) {
            text.setText(Dates.date(c.deadline(), locale) + " "
                    + grid.getTranslation("mediation.case.overdue"));
            text.getElement().getThemeList().add("badge error primary");
        } else if (c.dueSoon(today, dueSoonUntil)) {
            text.getElement().getThemeList().add("badge");
            text.getStyle().set("color", "var(--lumo-warning-text-color, #8a5a00)");
        }
        return text;
    }
}
