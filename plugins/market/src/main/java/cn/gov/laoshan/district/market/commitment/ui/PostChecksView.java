package cn.gov.laoshan.district.market.commitment.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.market.commitment.domain.CommitmentItem;
import cn.gov.laoshan.district.market.commitment.service.CommitmentService;
import cn.gov.laoshan.district.market.commitment.service.PostCheck;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;

/**
 * 告知承诺核查: the commitment-based post-checks in the user's scope by deadline (open ones, or all), each flagged as
 * commitment-based for the inspecting unit, with an Excel export of what is shown; a row opens its commitment.
 */
public class PostChecksView extends VerticalLayout {

    /** The most rows shown and exported: a district's year of commitment-based post-checks. */
    static final int LIMIT = 20_000;

    private final CommitmentService commitments;
    private final Grid<PostCheck> grid = new Grid<>();
    private final Checkbox openOnly = new Checkbox();
    private final java.util.Map<String, CommitmentItem> items = new java.util.HashMap<>();

    public PostChecksView(CommitmentService commitments) {
        this.commitments = commitments;
        setId("market-post-checks");
        setSizeFull();
        commitments.items().forEach(i -> items.put(i.code(), i));
        openOnly.setLabel(getTranslation("market.commitment.checks.open-only"));
        openOnly.setValue(true);
        openOnly.setId("market-post-checks-open");
        openOnly.addValueChangeListener(e -> refresh());
        grid.setId("market-post-check-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(PostCheck::approvalNo).setHeader(getTranslation("market.commitment.approval-no"))
                .setAutoWidth(true);
        grid.addColumn(c -> itemName(c.itemCode())).setHeader(getTranslation("market.commitment.item.name"))
                .setFlexGrow(2);
        grid.addColumn(PostCheck::enterpriseName).setHeader(getTranslation("market.licence.holder")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("market.commitment.mode." + c.mode())).setHeader(getTranslation(
                "market.commitment.check.mode")).setAutoWidth(true);
        grid.addColumn(c -> Dates.date(c.dueOn(), getLocale())).setHeader(getTranslation(
                "market.commitment.check.due")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("market.commitment.check.state." + c.state())
                + (c.overdue(commitments.today()) ? " · " + getTranslation("market.commitment.check.overdue") : ""))
                .setHeader(getTranslation("market.licence.state")).setAutoWidth(true);
        grid.addColumn(c -> c.rectifyBy() == null ? "" : Dates.date(c.rectifyBy(), getLocale()))
                .setHeader(getTranslation("market.commitment.check.rectify-by")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("market/commitments/"
                + e.getItem().commitmentId())));
        Anchor export = new Anchor(ExcelExport.download(getTranslation("market.commitment.checks.file"),
                out -> ExcelExport.write(out, getTranslation("market.screen.post-checks"), List.of(
                        getTranslation("market.commitment.approval-no"), getTranslation("market.commitment.item.code"),
                        getTranslation("market.commitment.item.name"), getTranslation("market.licence.holder"),
                        getTranslation("market.licence.uscc"), getTranslation("market.commitment.check.opened"),
                        getTranslation("market.commitment.check.due"), getTranslation("market.commitment.check.mode"),
                        getTranslation("market.licence.state"), getTranslation("market.commitment.check.finding"),
                        getTranslation("market.commitment.check.rectify-by")),
                        commitments.postChecks(openOnly.getValue(), 0, LIMIT).stream().<List<?>>map(c -> List
                                .<Object>of(c.approvalNo(), c.itemCode(), itemName(c.itemCode()), c.enterpriseName(),
                                        c.uscc(), c.openedOn(), c.dueOn(),
                                        getTranslation("market.commitment.mode." + c.mode()),
                                        getTranslation("market.commitment.check.state." + c.state()),
                                        c.finding() == null ? "" : c.finding(),
                                        c.rectifyBy() == null ? "" : c.rectifyBy())).toList())), "");
        export.getElement().setAttribute("download", true);
        export.add(getTranslation("market.export"));
        export.setId("market-post-checks-export");
        add(new H2(getTranslation("market.screen.post-checks")), new Paragraph(getTranslation(
                "market.commitment.checks.intro")), new HorizontalLayout(openOnly, export), grid);
        refresh();
    }

    private String itemName(String code) {
        CommitmentItem item = items.get(code);
        return item == null ? code : item.name(getLocale());
    }

    private void refresh() {
        grid.setItems(commitments.postChecks(openOnly.getValue(), 0, LIMIT));
    }
}
