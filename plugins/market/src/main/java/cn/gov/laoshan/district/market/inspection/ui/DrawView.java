package cn.gov.laoshan.district.market.inspection.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.inspection.domain.Draw;
import cn.gov.laoshan.district.market.inspection.domain.DrawCheck;
import cn.gov.laoshan.district.market.inspection.domain.Inspection;
import cn.gov.laoshan.district.market.inspection.domain.InspectionResult;
import cn.gov.laoshan.district.market.inspection.service.InspectionService;
import cn.gov.laoshan.district.market.inspection.service.Inspections;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.RecordPage;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * One draw: its filters, percents, seed and hashes, "verify draw" (drawn again from the seed and the recorded input),
 * the Excel list, and its targets with their inspectors and results — a pending one's result recorded here
 * ({@link Inspections#RECORD}), published with it.
 */
public class DrawView extends RecordPage<Draw> {

    private static final Steps STEPS = Steps.standard("market-error").withSavedKey("market.saved");
    /** Verifying changes nothing: no "saved" message. */
    private static final Steps READ = Steps.standard("market-error");

    private final InspectionService inspections;
    private final AccessControl access;
    /** The targets' search, kept when the page is shown again after a result is recorded. */
    private String searched = "";

    public DrawView(InspectionService inspections, AccessControl access) {
        super("market-draw", inspections::find);
        this.inspections = inspections;
        this.access = access;
    }

    @Override
    protected void fill(Draw draw) {
        add(BackLink.to("market/inspection/draws", getTranslation("market.screen.draws")), new H2(draw.title()));
        String any = getTranslation("market.filter.all");
        add(new Paragraph(getTranslation("market.inspection.draw.facts", draw.gradeMonth(),
                draw.industry() == null ? any : draw.industry(), draw.street() == null ? any : draw.street(),
                draw.licenceType() == null ? any : draw.licenceType(), draw.percentA(), draw.percentB(),
                draw.percentC(), draw.percentD(), draw.perTarget(), draw.population(), draw.drawn())));
        Paragraph seed = new Paragraph(getTranslation("market.inspection.draw.seed", String.valueOf(draw.seed()),
                draw.candidatesHash(), draw.inspectorsHash(), draw.drawnBy(), Dates.dateTime(draw.drawnAt(),
                        getLocale())));
        seed.setId("market-draw-seed");
        seed.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-s)")
                .set("word-break", "break-all");
        add(seed);
        Paragraph verified = new Paragraph();
        verified.setId("market-draw-verified");
        Button verify = new Button(getTranslation("market.inspection.verify"), VaadinIcon.CHECK_CIRCLE_O.create(),
                e -> {
                    DrawCheck check = READ.call(this, () -> inspections.verify(draw.id()));
                    if (check != null) {
                        verified.setText(getTranslation(check.verified() ? "market.inspection.verify.ok"
                                : "market.inspection.verify.failed", check.candidatesHash(), check.targets()));
                    }
                });
        verify.setId("market-draw-verify");
        Anchor export = new Anchor(ExcelExport.download(getTranslation("market.inspection.export.file"), out ->
                ExcelExport.write(out, "draw-" + draw.id(), List.of(getTranslation("market.licence.uscc"),
                        getTranslation("market.licence.holder"), getTranslation("market.credit.grade"),
                        getTranslation("market.inspection.inspectors"), getTranslation("market.inspection.result"),
                        getTranslation("market.inspection.day"), getTranslation("market.inspection.findings")),
                        inspections.exportList(draw.id()).stream().<List<?>>map(i -> java.util.Arrays.asList(i.uscc(),
                                i.name(), i.grade(), String.join("、", i.inspectors()), getTranslation(
                                        "market.inspection.result." + i.state()), i.inspectedOn(), i.findings()))
                                .toList())), "");
        export.getElement().setAttribute("download", true);
        Button exportButton = new Button(getTranslation("market.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.setId("market-draw-export");
        add(new HorizontalLayout(verify, export), verified);

        Grid<Inspection> grid = new Grid<>();
        grid.setId("market-draw-targets");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Inspection::uscc).setHeader(getTranslation("market.licence.uscc")).setAutoWidth(true);
        grid.addColumn(Inspection::name).setHeader(getTranslation("market.licence.holder")).setAutoWidth(true);
        grid.addColumn(Inspection::grade).setHeader(getTranslation("market.credit.grade")).setAutoWidth(true);
        grid.addColumn(i -> String.join("、", i.inspectors())).setHeader(getTranslation(
                "market.inspection.inspectors")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("market.inspection.result." + i.state())).setHeader(getTranslation(
                "market.inspection.result")).setAutoWidth(true);
        grid.addColumn(i -> i.findings() == null ? "" : i.findings()).setHeader(getTranslation(
                "market.inspection.findings")).setFlexGrow(1);
        if (access.has(Inspections.RECORD)) {
            grid.addComponentColumn(i -> {
                Button record = new Button(getTranslation("market.inspection.record"), e -> recordDialog(draw, i));
                record.setId("market-record-" + i.uscc());
                record.setVisible(i.state() == InspectionResult.PENDING);
                return record;
            }).setAutoWidth(true);
        }
        List<Inspection> targets = inspections.targets(draw.id());
        grid.setItems(targets);
        grid.setHeight("30em");
        // a draw may hold hundreds of targets: found by code or name
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("market.inspection.search"));
        search.setId("market-draw-target-search");
        search.setWidth("20em");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            searched = e.getValue() == null ? "" : e.getValue().strip();
            grid.setItems(matching(targets));
        });
        search.setValue(searched);
        grid.setItems(matching(targets));
        add(new H3(getTranslation("market.inspection.targets")), search, grid);
    }

    private List<Inspection> matching(List<Inspection> targets) {
        String code = searched.toUpperCase(java.util.Locale.ROOT);
        return targets.stream().filter(i -> searched.isEmpty() || i.uscc().contains(code)
                || (i.name() != null && i.name().contains(searched))).toList();
    }

    private void recordDialog(Draw draw, Inspection target) {
        Dialog dialog = new Dialog();
        dialog.setId("market-record-dialog");
        dialog.setHeaderTitle(target.name() + " " + target.uscc());
        Select<InspectionResult> result = new Select<>();
        result.setLabel(getTranslation("market.inspection.result"));
        result.setItems(InspectionResult.PASSED, InspectionResult.PROBLEMS, InspectionResult.FAILED);
        result.setItemLabelGenerator(r -> getTranslation("market.inspection.result." + r));
        result.setId("market-record-result");
        DatePicker day = Dates.picker(new DatePicker(getTranslation("market.inspection.day")), getLocale());
        day.setValue(inspections.today());
        day.setId("market-record-day");
        TextArea findings = new TextArea(getTranslation("market.inspection.findings"));
        findings.setId("market-record-findings");
        findings.setWidthFull();
        Button save = new Button(getTranslation("market.inspection.record.save"), e -> {
            if (STEPS.call(dialog, Map.of("result", result, "findings", findings, "inspectedOn", day),
                    () -> inspections.record(target.id(), result.getValue(), findings.getValue(), day.getValue()))
                    != null) {
                dialog.close();
                show(inspections.find(draw.id()).orElse(draw));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("market-record-save");
        dialog.add(result, day, findings);
        dialog.getFooter().add(new Button(getTranslation("market.credit.close"), e -> dialog.close()), save);
        dialog.setWidth("36em");
        dialog.open();
    }
}
