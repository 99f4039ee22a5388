package cn.gov.laoshan.district.servicehall.ui;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.servicehall.domain.Rectification;
import cn.gov.laoshan.district.servicehall.domain.Satisfaction;
import cn.gov.laoshan.district.servicehall.service.RatingService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.WorkflowActions;

/**
 * 好差评: the rectifications of bad ratings (overdue ones marked), the steps the user may take on the chosen one with
 * its callback, and the satisfaction figures by hall, department and month.
 */
public class RectificationsView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-error");

    private final RatingService ratings;
    private final Grid<Rectification> list = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    public RectificationsView(RatingService ratings) {
        this.ratings = ratings;
        setId("servicehall-rectifications");
        LocalDate today = ratings.today();
        list.addColumn(r -> getTranslation("servicehall.rating.level." + r.rating().level()))
                .setHeader(getTranslation("servicehall.rating.level"));
        list.addColumn(r -> r.rating().hallCode() + " / " + r.rating().itemCode())
                .setHeader(getTranslation("servicehall.rating.where"));
        list.addColumn(r -> (r.rating().reasons() == null ? "" : r.rating().reasons())
                + (r.rating().late() ? " " + getTranslation("servicehall.rating.late") : ""))
                .setHeader(getTranslation("servicehall.rating.reasons"));
        list.addColumn(r -> getTranslation("servicehall.state." + r.state())).setHeader(getTranslation("servicehall.rectification.state"));
        list.addColumn(r -> Dates.date(r.dueOn(), getLocale()) + (r.overdue(today) ? getTranslation("servicehall.rectification.overdue") : ""))
                .setHeader(getTranslation("servicehall.rectification.due"));
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
        list.setId("servicehall-rectification-list");
        list.setAllRowsVisible(true);
        Grid<Satisfaction> figures = new Grid<>();
        figures.addColumn(Satisfaction::key).setHeader(getTranslation("servicehall.satisfaction.key"));
        figures.addColumn(Satisfaction::total).setHeader(getTranslation("servicehall.satisfaction.total"));
        figures.addColumn(Satisfaction::dissatisfied).setHeader(getTranslation("servicehall.satisfaction.bad"));
        figures.addColumn(s -> String.format(getLocale(), "%.1f%%", s.rate())).setHeader(getTranslation("servicehall.satisfaction.rate"));
        figures.setItems(ratings.satisfaction(Satisfaction.By.HALL, today.withDayOfYear(1), today));
        figures.setAllRowsVisible(true);
        figures.setId("servicehall-satisfaction");
        // every rating of a period as Excel (补评 marked), for the reports to the province
        com.vaadin.flow.component.datepicker.DatePicker from = Dates.picker(
                new com.vaadin.flow.component.datepicker.DatePicker(getTranslation("servicehall.rating.from")),
                getLocale());
        from.setValue(today.withDayOfMonth(1));
        com.vaadin.flow.component.datepicker.DatePicker to = Dates.picker(
                new com.vaadin.flow.component.datepicker.DatePicker(getTranslation("servicehall.rating.to")), getLocale());
        to.setValue(today);
        com.vaadin.flow.component.html.Anchor export = new com.vaadin.flow.component.html.Anchor(
                cn.gov.laoshan.district.uikit.ExcelExport.download(getTranslation("servicehall.rating.file"),
                        out -> ratings.exportXlsx(from.getValue(), to.getValue(), out)), "");
        export.add(new Button(getTranslation("servicehall.export"),
                com.vaadin.flow.component.icon.VaadinIcon.DOWNLOAD.create()));
        export.getElement().setAttribute("download", true);
        export.setId("servicehall-ratings-export");
        com.vaadin.flow.component.orderedlayout.HorizontalLayout period =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(from, to, export);
        period.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(list, detail, new H3(getTranslation("servicehall.satisfaction.title", today.getYear())), figures,
                new H3(getTranslation("servicehall.rating.export")), period);
        refresh();
    }

    private void refresh() {
        list.setItems(ratings.rectifications(false));
    }

    private void show(Rectification r) {
        detail.removeAll();
        TextField callback = new TextField(getTranslation("servicehall.rectification.callback"));
        callback.setId("servicehall-callback-note");
        callback.setWidth("30em");
        Button record = new Button(getTranslation("servicehall.rectification.record-callback"), e -> {
            Rectification done = STEPS.call(this, Map.of("callback", callback), () -> ratings.callback(r.id(), callback.getValue()));
            if (done != null) {
                show(done);
            }
        });
        record.setId("servicehall-callback");
        detail.add(new Paragraph(getTranslation("servicehall.rectification.summary", r.rating().realName()
                ? getTranslation("servicehall.rectification.real-name") : getTranslation("servicehall.rectification.anonymous"),
                r.callbackAt() == null ? getTranslation("servicehall.rectification.no-callback") : r.callbackNote())),
                new WorkflowActions<Rectification>("servicehall", STEPS, (action, note) -> ratings.fire(r.id(), action, note),
                        moved -> {
                            refresh();
                            show(moved);
                        }).show(r.state(), ratings.actions(r)));
        if (r.rating().realName() && r.callbackAt() == null) {
            detail.add(callback, record);
        }
    }
}
