package cn.gov.laoshan.district.policy.suggestion.ui;

import java.util.List;
import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionFilter;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionService;

/**
 * The enterprise page's "suggestions" section: the enterprise's suggestions within the reader's scope (staff: their
 * departments' and those open to all staff; an enterprise user: their own enterprise's), newest first. A row opens the
 * suggestion (its page is for both).
 */
public class EnterpriseSuggestionsSection extends VerticalLayout {

    static final int LIMIT = 200;

    public EnterpriseSuggestionsSection(SuggestionService suggestions, String uscc, BooleanSupplier staff) {
        setPadding(false);
        setId("policy-enterprise-suggestions");
        SuggestionFilter filter = SuggestionFilter.enterprise(uscc);
        long total = suggestions.count(filter);
        Span count = new Span(getTranslation(total == 0 ? "policy.section.none" : "policy.count", total));
        count.setId("policy-enterprise-suggestions-count");
        List<Suggestion> list = suggestions.list(filter, 0, LIMIT);
        if (list.isEmpty()) {
            add(count);
            return;
        }
        Grid<Suggestion> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        SuggestionGrid.columns(grid, suggestions.today(), staff.getAsBoolean());
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("policy/suggestions/"
                + e.getItem().id())));
        add(count, grid);
    }
}
