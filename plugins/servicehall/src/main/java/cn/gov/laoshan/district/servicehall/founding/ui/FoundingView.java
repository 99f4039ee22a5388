package cn.gov.laoshan.district.servicehall.founding.ui;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingOrder;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingState;
import cn.gov.laoshan.district.servicehall.founding.domain.ServiceContract;
import cn.gov.laoshan.district.servicehall.founding.service.FoundingService;
import cn.gov.laoshan.district.servicehall.founding.service.FoundingWorkflow;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.Figure;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * 新设企业免费代办 for the centre: enterprises served and the money saved (the seed's figure), the purchased-service
 * contracts with what is used and left, every order with its cost, Excel, and a new contract (MANAGE).
 */
public class FoundingView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-founding-error");

    private final FoundingService founding;
    private final Grid<ServiceContract> contracts = new Grid<>();
    private final Grid<FoundingOrder> orders = new Grid<>();
    private final VerticalLayout figure = new VerticalLayout();
    private final VerticalLayout detail = new VerticalLayout();

    public FoundingView(FoundingService founding, AccessControl access, Timeline timeline) {
        this.founding = founding;
        setId("servicehall-founding");
        figure.setPadding(false);
        contracts.addColumn(ServiceContract::number).setHeader(getTranslation("servicehall.founding.contract.number"));
        contracts.addColumn(c -> getTranslation("servicehall.founding.contract." + c.kind()))
                .setHeader(getTranslation("servicehall.founding.contract.kind"));
        contracts.addColumn(ServiceContract::supplierName).setHeader(getTranslation("servicehall.founding.supplier"))
                .setAutoWidth(true);
        contracts.addColumn(c -> c.amount().format(getLocale())).setHeader(getTranslation(
                "servicehall.founding.contract.amount"));
        contracts.addColumn(c -> c.unitPrice().format(getLocale())).setHeader(getTranslation(
                "servicehall.founding.contract.unit-price"));
        contracts.addColumn(c -> c.used().format(getLocale())).setHeader(getTranslation(
                "servicehall.founding.contract.used"));
        contracts.addColumn(c -> c.remaining().format(getLocale()) + " (" + c.enterprisesLeft() + ")")
                .setHeader(getTranslation("servicehall.founding.contract.left"));
        contracts.addColumn(c -> Dates.date(c.startsOn(), getLocale()) + " – " + Dates.date(c.endsOn(), getLocale()))
                .setHeader(getTranslation("servicehall.founding.contract.period"));
        contracts.getColumns().forEach(c -> c.setAutoWidth(true));
        contracts.setAllRowsVisible(true);
        contracts.setId("servicehall-founding-contracts");
        FoundingColumns.add(orders, this, getLocale());
        orders.addColumn(o -> o.cost().format(getLocale())).setHeader(getTranslation("servicehall.founding.cost"));
        orders.setId("servicehall-founding-orders");
        orders.setHeight("22em");
        orders.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(o -> {
            detail.removeAll();
            detail.add(new FoundingSteps(founding, timeline, this::refresh).show(o));
        }));
        Anchor export = new Anchor(ExcelExport.download("免费代办.xlsx", founding::exportXlsx), "");
        export.add(new Button(getTranslation("servicehall.helpdesk.export"), VaadinIcon.DOWNLOAD.create()));
        export.getElement().setAttribute("download", true);
        export.setId("servicehall-founding-export");
        add(figure, new H3(getTranslation("servicehall.founding.contracts")), contracts);
        if (access.has(FoundingWorkflow.MANAGE)) {
            add(contractForm());
        }
        add(new H3(getTranslation("servicehall.founding.orders")), export, orders, detail);
        refresh();
    }

    private void refresh() {
        FoundingService.Served served = founding.served();
        figure.removeAll();
        Paragraph saved = new Paragraph(getTranslation("servicehall.founding.saved", served.saved().format(getLocale()),
                served.agency().format(getLocale()), served.seals().format(getLocale())));
        saved.setId("servicehall-founding-saved");
        figure.add(Figure.row(Figure.of(served.enterprises(), getTranslation("servicehall.founding.served"),
                Figure.Tone.GOOD)), saved);
        contracts.setItems(founding.contracts());
        orders.setItems(founding.orders(null));
    }

    private HorizontalLayout contractForm() {
        TextField number = new TextField(getTranslation("servicehall.founding.contract.number"));
        Select<ServiceContract.Kind> kind = new Select<>();
        kind.setLabel(getTranslation("servicehall.founding.contract.kind"));
        kind.setItems(ServiceContract.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("servicehall.founding.contract." + k));
        TextField uscc = new TextField(getTranslation("servicehall.founding.uscc"));
        TextField name = new TextField(getTranslation("servicehall.founding.supplier"));
        YuanField amount = new YuanField(getTranslation("servicehall.founding.contract.amount"));
        YuanField unit = new YuanField(getTranslation("servicehall.founding.contract.unit-price"));
        DatePicker from = Dates.picker(new DatePicker(getTranslation("servicehall.helpdesk.figures.from")), getLocale());
        DatePicker to = Dates.picker(new DatePicker(getTranslation("servicehall.helpdesk.figures.to")), getLocale());
        from.setValue(founding.today().withDayOfYear(1));
        to.setValue(from.getValue().plusYears(1).minusDays(1));
        Button add = new Button(getTranslation("servicehall.founding.contract.add"), e -> {
            ServiceContract c = STEPS.call(this, Map.of("number", number, "supplierUscc", uscc, "supplierName", name,
                    "amount", amount, "unitPrice", unit, "endsOn", to), () -> founding.addContract(number.getValue(),
                            kind.getValue(), uscc.getValue(), name.getValue(), amount.getValue(), unit.getValue(),
                            from.getValue(), to.getValue()));
            if (c != null) {
                Steps.success(getTranslation("servicehall.helpdesk.done"));
                refresh();
            }
        });
        add.setId("servicehall-founding-contract-add");
        HorizontalLayout form = new HorizontalLayout(number, kind, uscc, name, amount, unit, from, to, add);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    /** The state's label, for the columns. */
    static String state(com.vaadin.flow.component.Component where, FoundingState state) {
        return where.getTranslation("servicehall.founding.state." + state);
    }
}
