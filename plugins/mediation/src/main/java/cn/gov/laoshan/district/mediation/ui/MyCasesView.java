package cn.gov.laoshan.district.mediation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.service.CaseService;

/** The mediator's inbox: their open cases, the one due soonest first. */
public class MyCasesView extends VerticalLayout {

    public MyCasesView(CaseService cases, Masking masking) {
        setId("mediation-mine");
        setSizeFull();
        Grid<MediationCase> grid = new Grid<>();
        CaseGrid.columns(grid, masking, cases.today(), cases.dueSoonUntil(), cases::provisionalDeadline);
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.setItems(query -> cases.mine(query.getOffset(), query.getLimit()).stream(), query -> cases.countMine());
        grid.setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("mediation.mine.hint"));
        hint.addClassName("district-empty");
        add(hint, grid);
    }
}
