package cn.gov.laoshan.district.mediation.ui;

import java.util.List;
import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.service.CaseFilter;
import cn.gov.laoshan.district.mediation.service.CaseRepository;
import cn.gov.laoshan.district.mediation.service.CaseService;

/**
 * The enterprise page's "cases" section: the cases an enterprise is a party to (by its credit code), within the
 * reader's case scope — a staff member's departments, an enterprise user's own enterprise (CaseService.scope()) — read through
 * {@link CaseService}, which refuses a reader without the read permission. Staff open a case from its row; an
 * enterprise user reads the list only (the case screens are staff screens).
 */
public class EnterpriseCasesSection extends VerticalLayout {

    /** At most this many cases, newest deadlines of the open ones first (the list's default order). */
    static final int LIMIT = 200;

    public EnterpriseCasesSection(CaseService cases, Masking masking, String uscc, BooleanSupplier staff) {
        setPadding(false);
        setId("mediation-enterprise-cases");
        CaseFilter filter = CaseFilter.party(uscc, cases.today());
        int total = cases.count(filter);
        List<MediationCase> list = cases.list(filter, CaseRepository.DEFAULT_ORDER, true, 0, LIMIT);
        Span count = new Span(getTranslation(total == 0 ? "mediation.section.cases.none" : "mediation.count", total));
        count.setId("mediation-enterprise-cases-count");
        if (list.isEmpty()) {
            add(count);
            return;
        }
        Grid<MediationCase> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        CaseGrid.columns(grid, masking, cases.today(), cases.dueSoonUntil());
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        if (staff.getAsBoolean()) {
            grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate("mediation/cases/" + e.getItem().id())));
        }
        add(count, grid);
    }
}
