package cn.gov.laoshan.district.market.lenient.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.lenient.service.CaseService;
import cn.gov.laoshan.district.market.lenient.service.ViolationCase;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;

/**
 * 违法案件与包容审慎: the violation cases in the user's scope (undecided only, or all), a new case, and the Excel
 * export of the cases shown with their decisions and reasons; a row opens the case and its decision helper.
 */
public class CasesView extends VerticalLayout {

    static final int LIMIT = 20_000;

    private final CaseService cases;
    private final Grid<ViolationCase> grid = new Grid<>();
    private final Checkbox openOnly = new Checkbox();

    public CasesView(CaseService cases, AccessControl access) {
        this.cases = cases;
        setId("market-cases");
        setSizeFull();
        openOnly.setLabel(getTranslation("market.case.open-only"));
        openOnly.setId("market-cases-open");
        openOnly.addValueChangeListener(e -> refresh());
        grid.setId("market-case-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ViolationCase::reference).setHeader(getTranslation("market.case.no")).setAutoWidth(true);
        grid.addColumn(ViolationCase::enterpriseName).setHeader(getTranslation("market.licence.holder")).setFlexGrow(1);
        grid.addColumn(ViolationCase::description).setHeader(getTranslation("market.case.description")).setFlexGrow(2);
        grid.addColumn(c -> Dates.date(c.foundOn(), getLocale())).setHeader(getTranslation("market.case.found-on"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.decision() == null ? getTranslation("market.case.undecided")
                : getTranslation("market.case.decision." + c.decision())).setHeader(getTranslation(
                        "market.case.decision")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("market/cases/" + e.getItem().id())));
        Anchor export = new Anchor(ExcelExport.download(getTranslation("market.case.file"), out -> ExcelExport.write(
                out, getTranslation("market.screen.cases"), List.of(getTranslation("market.case.no"),
                        getTranslation("market.licence.holder"), getTranslation("market.licence.uscc"),
                        getTranslation("market.case.item"), getTranslation("market.case.description"),
                        getTranslation("market.case.found-on"), getTranslation("market.case.goods-value"),
                        getTranslation("market.case.corrected-on"), getTranslation("market.case.decision"),
                        getTranslation("market.case.reasons"), getTranslation("market.case.decided-by"),
                        getTranslation("market.case.decided-at")),
                cases.cases(openOnly.getValue(), 0, LIMIT).stream().<List<?>>map(c -> List.<Object>of(c.reference(),
                        c.enterpriseName() == null ? "" : c.enterpriseName(), c.uscc(),
                        c.itemCode() == null ? "" : c.itemCode(), c.description(), c.foundOn(),
                        c.goodsValue() == null ? "" : c.goodsValue(), c.correctedOn() == null ? "" : c.correctedOn(),
                        c.decision() == null ? "" : getTranslation("market.case.decision." + c.decision()),
                        c.decisionReasons() == null ? "" : c.decisionReasons(),
                        c.decidedBy() == null ? "" : c.decidedBy(),
                        c.decidedAt() == null ? "" : Dates.dateTime(c.decidedAt(), getLocale()))).toList())), "");
        export.getElement().setAttribute("download", true);
        export.add(getTranslation("market.export"));
        export.setId("market-cases-export");
        HorizontalLayout bar = new HorizontalLayout(openOnly, export);
        if (access.has(CaseService.MANAGE)) {
            Anchor create = new Anchor("market/cases/new", getTranslation("market.screen.new-case"));
            create.setId("market-cases-new");
            bar.add(create);
        }
        bar.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("market.screen.cases")), bar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(cases.cases(openOnly.getValue(), 0, LIMIT));
    }
}
