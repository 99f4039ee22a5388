package cn.gov.laoshan.district.finance.ui;

import java.io.ByteArrayInputStream;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import cn.gov.laoshan.district.api.imports.ImportFormat;
import cn.gov.laoshan.district.api.imports.ImportReport;
import cn.gov.laoshan.district.finance.domain.Budget;
import cn.gov.laoshan.district.finance.service.Budgets;
import cn.gov.laoshan.district.finance.service.PayoutIntake;
import cn.gov.laoshan.district.finance.service.PayoutService;
import cn.gov.laoshan.district.uikit.BoundedUpload;
import cn.gov.laoshan.district.uikit.Money;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.imports.ImportReportDialog;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * 预算与对账: each policy's budget for a year against what its payouts claim, what was approved and what was paid
 * (the reconciliation), a budget set or changed, payout requests imported from a file (all or nothing, the problems
 * at their rows), and the signed confirmations of a policy's period recorded.
 */
public class BudgetsView extends VerticalLayout {

    /** The largest upload: what the importer reads at most. */
    static final long MAX_UPLOAD = 64L * 1024 * 1024;

    private final PayoutService payouts;
    private final Budgets budgets;
    private final PayoutIntake intake;
    private final Grid<Budget> grid = new Grid<>();

    public BudgetsView(PayoutService payouts, Budgets budgets, PayoutIntake intake) {
        this.payouts = payouts;
        this.budgets = budgets;
        this.intake = intake;
        setId("finance-budgets");
        grid.setId("finance-budgets-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Budget::policyCode).setHeader(getTranslation("finance.payout.policy")).setAutoWidth(true);
        grid.addColumn(Budget::policyName).setHeader(getTranslation("finance.budget.name")).setFlexGrow(1);
        grid.addColumn(Budget::budgetYear).setHeader(getTranslation("finance.budget.year")).setAutoWidth(true);
        grid.addColumn(b -> Money.yuan(b.amount().amount(), getLocale()))
                .setHeader(getTranslation("finance.budget.amount")).setAutoWidth(true);
        grid.addColumn(b -> Money.yuan(b.committed().amount(), getLocale()))
                .setHeader(getTranslation("finance.budget.committed")).setAutoWidth(true);
        grid.addColumn(b -> Money.yuan(b.approved().amount(), getLocale()))
                .setHeader(getTranslation("finance.totals.approved")).setAutoWidth(true);
        grid.addColumn(b -> Money.yuan(b.paid().amount(), getLocale()))
                .setHeader(getTranslation("finance.totals.paid")).setAutoWidth(true);
        grid.addColumn(b -> Money.yuan(b.unpaid().amount(), getLocale()))
                .setHeader(getTranslation("finance.budget.unpaid")).setAutoWidth(true);
        grid.addColumn(Budget::noticeDays).setHeader(getTranslation("finance.budget.notice-days")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("finance.screen.budgets")), grid, budgetForm(), importBar());
        refresh();
    }

    private void refresh() {
        grid.setItems(budgets.budgets(null));
    }

    private HorizontalLayout budgetForm() {
        TextField code = new TextField(getTranslation("finance.payout.policy"));
        code.setId("finance-budget-code");
        TextField name = new TextField(getTranslation("finance.budget.name"));
        name.setId("finance-budget-name");
        IntegerField year = new IntegerField(getTranslation("finance.budget.year"));
        year.setValue(payouts.today().getYear());
        year.setId("finance-budget-year");
        YuanField amount = new YuanField(getTranslation("finance.budget.amount"));
        amount.setId("finance-budget-amount");
        IntegerField days = new IntegerField(getTranslation("finance.budget.notice-days"));
        days.setValue(5);
        days.setId("finance-budget-days");
        Button save = new Button(getTranslation("finance.budget.save"), e -> {
            if (Steps.standard("finance-budget-error").run(this, Map.of("policyCode", code, "policyName", name,
                    "year", year, "amount", amount, "noticeDays", days), () -> budgets.setBudget(code.getValue(),
                    name.getValue(), year.getValue() == null ? 0 : year.getValue(), null, amount.getValue(),
                    days.getValue() == null ? 0 : days.getValue()))) {
                refresh();
            }
        });
        save.setId("finance-budget-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(code, name, year, amount, days, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private HorizontalLayout importBar() {
        Upload upload = new Upload(BoundedUpload.inMemory(MAX_UPLOAD, this::runImport)
                .whenTooLarge(name -> Steps.standard("finance-import-error").error(getTranslation(
                        "finance.import.too-big", MAX_UPLOAD / BoundedUpload.MIB))));
        upload.setId("finance-import");
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFileSize((int) MAX_UPLOAD);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("finance.import")));
        TextField code = new TextField(getTranslation("finance.payout.policy"));
        code.setId("finance-paper-code");
        TextField period = new TextField(getTranslation("finance.payout.period"));
        period.setId("finance-paper-period");
        Button paper = new Button(getTranslation("finance.action.confirm-on-paper"), e -> {
            Integer n = Steps.standard("finance-paper-error").call(this, () -> payouts.confirmOnPaper(
                    code.getValue().strip(), period.getValue().strip()));
            if (n != null) {
                Steps.success(getTranslation("finance.confirmed", n));
            }
        });
        paper.setId("finance-paper-confirm");
        HorizontalLayout bar = new HorizontalLayout(upload, code, period, paper);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void runImport(String fileName, byte[] bytes) {
        ImportReport report = Steps.standard("finance-import-error").call(this, () -> {
            try {
                return intake.importFile(new ByteArrayInputStream(bytes), ImportFormat.ofFileName(fileName), null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (report == null) {
            return;
        }
        if (report.accepted()) {
            Steps.success(getTranslation("finance.imported", report.rowsImported()));
            refresh();
        } else {
            new ImportReportDialog("finance-import", fileName, report, getLocale()).open();
        }
    }
}
