package cn.gov.laoshan.district.market.credit.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.credit.domain.GradedEnterprise;
import cn.gov.laoshan.district.market.credit.domain.GradingRun;
import cn.gov.laoshan.district.market.credit.service.Credit;
import cn.gov.laoshan.district.market.credit.service.CreditGrading;
import cn.gov.laoshan.district.market.credit.service.GradeFilter;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 信用风险分类: the month's grades (internal, staff only) filtered by grade, street, industry and code, each row opening
 * its reasons, history and the override; the button that grades this month in the background (progress polled), the
 * runs, and the Excel export of what the filters select.
 */
public class GradesView extends VerticalLayout {

    private static final int POLL_MS = 1000;
    private static final Steps STEPS = Steps.standard("market-error");

    private final CreditGrading credit;
    private final EnterpriseRegistry registry;
    private final AccessControl access;
    private final Select<String> month = new Select<>();
    private final Select<CreditGrade> grade = new Select<>();
    private final ComboBox<String> street = new ComboBox<>();
    private final TextField industry = new TextField();
    private final TextField uscc = new TextField();
    private final Grid<GradedEnterprise> grid = new Grid<>();
    private final Grid<GradingRun> runs = new Grid<>();
    private final Span counts = new Span();
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final Button run;
    private final Map<String, String> names = new HashMap<>();
    private boolean wasRunning;

    public GradesView(CreditGrading credit, EnterpriseRegistry registry, AccessControl access) {
        this.credit = credit;
        this.registry = registry;
        this.access = access;
        setId("market-credit-grades");
        setSizeFull();
        run = new Button(getTranslation("market.credit.run"), VaadinIcon.PLAY.create(), e -> start());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("market-credit-run");
        run.setVisible(access.has(Credit.GRADE));
        bar.setId("market-credit-progress");
        bar.setWidth("16em");
        bar.setVisible(false);
        status.setId("market-credit-status");
        HorizontalLayout top = new HorizontalLayout(run, bar, status);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        month.setLabel(getTranslation("market.credit.month"));
        month.setId("market-credit-month");
        month.addValueChangeListener(e -> {
            street.setItems(e.getValue() == null ? List.of() : credit.streets(e.getValue()));
            refresh();
        });
        grade.setLabel(getTranslation("market.credit.grade"));
        grade.setId("market-credit-grade-filter");
        grade.setItems(CreditGrade.values());
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(getTranslation("market.filter.all"));
        grade.setItemLabelGenerator(g -> g == null ? getTranslation("market.filter.all") : CreditText.grade(this, g));
        grade.addValueChangeListener(e -> refresh());
        street.setLabel(getTranslation("market.credit.street"));
        street.setId("market-credit-street");
        street.setClearButtonVisible(true);
        street.addValueChangeListener(e -> refresh());
        industry.setLabel(getTranslation("market.credit.industry"));
        industry.setId("market-credit-industry");
        industry.setWidth("8em");
        industry.setValueChangeMode(ValueChangeMode.LAZY);
        industry.addValueChangeListener(e -> refresh());
        uscc.setLabel(getTranslation("market.licence.uscc"));
        uscc.setId("market-credit-uscc");
        uscc.setValueChangeMode(ValueChangeMode.LAZY);
        uscc.addValueChangeListener(e -> refresh());

        grid.setId("market-credit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(GradedEnterprise::uscc).setHeader(getTranslation("market.licence.uscc")).setAutoWidth(true);
        grid.addColumn(g -> name(g.uscc())).setHeader(getTranslation("market.credit.enterprise")).setFlexGrow(1);
        grid.addColumn(GradedEnterprise::street).setHeader(getTranslation("market.credit.street")).setAutoWidth(true);
        grid.addColumn(GradedEnterprise::industry).setHeader(getTranslation("market.credit.industry"))
                .setAutoWidth(true);
        grid.addColumn(GradedEnterprise::score).setHeader(getTranslation("market.credit.score")).setAutoWidth(true);
        grid.addColumn(g -> CreditText.finalGrade(this, g)).setHeader(getTranslation("market.credit.grade"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> new GradeDialog(credit, access, e.getItem(), name(e.getItem().uscc()),
                this::refresh).open());
        grid.setHeight("28em");

        Anchor export = new Anchor(ExcelExport.download(getTranslation("market.credit.export.file"), out -> {
            GradeFilter chosen = filter();
            try (ExcelExport.SheetWriter sheet = ExcelExport.sheet(out, chosen.month(), List.of(getTranslation(
                    "market.credit.month"), getTranslation("market.licence.uscc"), getTranslation(
                            "market.credit.street"), getTranslation("market.credit.industry"), getTranslation(
                                    "market.credit.score"), getTranslation("market.credit.computed"), getTranslation(
                                            "market.credit.grade"), getTranslation("market.credit.override.reason")))) {
                credit.exportRows(chosen, g -> sheet.row(g.month(), g.uscc(), g.street(), g.industry(), g.score(),
                        g.computed().name(), g.finalGrade().name(), g.overrideReason()));
            }
        }), "");
        export.getElement().setAttribute("download", true);
        Button exportButton = new Button(getTranslation("market.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.setId("market-credit-export");

        runs.setId("market-credit-runs");
        runs.addThemeVariants(GridVariant.LUMO_COMPACT);
        runs.addColumn(GradingRun::month).setHeader(getTranslation("market.credit.month")).setAutoWidth(true);
        runs.addColumn(r -> Dates.dateTime(r.startedAt(), getLocale())).setHeader(getTranslation(
                "market.credit.run.at")).setAutoWidth(true);
        runs.addColumn(GradingRun::startedBy).setHeader(getTranslation("market.credit.run.by")).setAutoWidth(true);
        runs.addColumn(r -> getTranslation("market.credit.run.state." + r.state())).setHeader(getTranslation(
                "market.credit.run.state")).setAutoWidth(true);
        runs.addColumn(GradingRun::enterprises).setHeader(getTranslation("market.credit.run.enterprises"));
        runs.addColumn(r -> r.gradeA() + " / " + r.gradeB() + " / " + r.gradeC() + " / " + r.gradeD())
                .setHeader("A / B / C / D").setAutoWidth(true);
        runs.setHeight("12em");
        counts.setId("market-credit-counts");

        HorizontalLayout filters = new HorizontalLayout(month, grade, street, industry, uscc, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("market.screen.credit-grades")), new Paragraph(getTranslation(
                "market.credit.intro")), top, filters, counts, grid, new H3(getTranslation("market.credit.runs")),
                runs);
        loadMonths();
    }

    private void loadMonths() {
        List<String> months = credit.months();
        String chosen = month.getValue();
        month.setItems(months);
        if (!months.isEmpty()) {
            month.setValue(chosen != null && months.contains(chosen) ? chosen : months.get(0));
        }
        runs.setItems(credit.runs(12));
        refresh();
    }

    private GradeFilter filter() {
        return new GradeFilter(month.getValue(), grade.getValue(), street.getValue(), industry.getValue(),
                uscc.getValue());
    }

    private void refresh() {
        if (month.getValue() == null) {
            grid.setItems(List.of());
            counts.setText(getTranslation("market.credit.none"));
            return;
        }
        GradeFilter filter = filter();
        grid.setItems(q -> credit.page(filter, q.getOffset(), q.getLimit()).stream(), q -> credit.count(filter));
        CreditGrading.GradeCounts c = credit.counts(filter.month());
        counts.setText(getTranslation("market.credit.counts", c.total(), c.counts().get(CreditGrade.A),
                c.counts().get(CreditGrade.B), c.counts().get(CreditGrade.C), c.counts().get(CreditGrade.D)));
    }

    private String name(String code) {
        return names.computeIfAbsent(code, k -> Uscc.isValid(k) ? registry.find(Uscc.parse(k)).map(Enterprise::name)
                .orElse("") : "");
    }

    private void start() {
        if (STEPS.call(this, () -> {
            credit.start();
            return true;
        }) != null) {
            wasRunning = true;
            showProgress();
        }
    }

    private void showProgress() {
        var progress = credit.progress();
        boolean running = progress.isPresent();
        run.setEnabled(!running);
        bar.setVisible(running);
        if (running) {
            int total = progress.get().total();
            bar.setIndeterminate(total == 0);
            if (total > 0) {
                bar.setValue(progress.get().done() / (double) total);
            }
            status.setText(getTranslation("market.credit.running", progress.get().done(), total));
        } else if (wasRunning) {
            wasRunning = false;
            List<GradingRun> last = credit.runs(1);
            status.setText(last.isEmpty() ? "" : getTranslation("market.credit.finished." + last.get(0).state(),
                    last.get(0).enterprises()));
            loadMonths();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(POLL_MS);
        ui.addPollListener(e -> showProgress());
        wasRunning = credit.progress().isPresent();
        showProgress();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }
}
