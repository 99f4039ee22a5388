package cn.gov.laoshan.district.calendar.ui;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.calendar.domain.CalendarException;
import cn.gov.laoshan.district.calendar.service.CalendarService;
import cn.gov.laoshan.district.uikit.Dates;

/**
 * 工作日历: the holidays and adjusted working days of a year, with add, change and delete for holders of
 * {@code calendar.edit}. The service checks the permissions again.
 */
public class CalendarDaysView extends VerticalLayout {

    private final CalendarService service;
    private final boolean mayEdit;
    private final Select<Integer> year = new Select<>();
    private final Select<DayKind> kindFilter = new Select<>();
    private final Span summary = new Span();
    private final Grid<SpecialDay> grid = new Grid<>();
    private final Button confirm = new Button();

    public CalendarDaysView(CalendarService service, AccessControl access) {
        this.service = service;
        this.mayEdit = access.has(CalendarService.EDIT);
        setSizeFull();
        addClassName("calendar-days");

        int current = service.today().getYear();
        Set<Integer> years = new TreeSet<>(service.rules().years());
        years.add(current);
        years.add(current + 1);
        year.setLabel(getTranslation("calendar.year"));
        year.setItems(years);
        year.setItemLabelGenerator(y -> getTranslation("calendar.year.label", String.valueOf(y)));
        year.setValue(service.rules().years().contains(current) ? current : years.iterator().next());
        year.setId("calendar-year");
        year.addValueChangeListener(e -> refresh());

        kindFilter.setLabel(getTranslation("calendar.kind"));
        kindFilter.setItems(DayKind.values());
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("calendar.kind.all"));
        kindFilter.setItemLabelGenerator(k -> k == null ? getTranslation("calendar.kind.all") : kindLabel(k));
        kindFilter.addValueChangeListener(e -> refresh());

        Button add = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("calendar-add");
        add.setVisible(mayEdit);

        confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        confirm.setId("calendar-confirm-year");
        confirm.addClickListener(e -> confirmYear());
        Upload upload = importUpload();
        upload.setVisible(mayEdit);

        HorizontalLayout bar = new HorizontalLayout(year, kindFilter, add, confirm, upload);
        bar.setWrap(true);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        summary.setId("calendar-summary");

        grid.setId("calendar-grid");
        grid.addColumn(d -> formatDate(d.date())).setHeader(getTranslation("calendar.date")).setKey("date")
                .setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(d -> {
            Span badge = new Span(kindLabel(d.kind()));
            badge.getElement().getThemeList().add(d.kind() == DayKind.HOLIDAY ? "badge error" : "badge success");
            return badge;
        }).setHeader(getTranslation("calendar.kind")).setKey("kind").setSortable(true).setAutoWidth(true);
        grid.addColumn(SpecialDay::nameZh).setHeader(getTranslation("calendar.name-zh")).setAutoWidth(true);
        grid.addColumn(SpecialDay::nameEn).setHeader(getTranslation("calendar.name-en")).setAutoWidth(true);
        if (mayEdit) {
            grid.addComponentColumn(d -> {
                Button change = new Button(VaadinIcon.EDIT.create(), e -> edit(d));
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                change.setTooltipText(getTranslation("calendar.edit"));
                change.setAriaLabel(getTranslation("calendar.edit"));
                Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(d));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                delete.setTooltipText(getTranslation("calendar.delete"));
                delete.setAriaLabel(getTranslation("calendar.delete"));
                return new HorizontalLayout(change, delete);
            }).setHeader(getTranslation("calendar.actions")).setAutoWidth(true);
        }
        grid.setItems(DataProvider.fromCallbacks(
                q -> rows(q.getSortOrders()).stream().skip(q.getOffset()).limit(q.getLimit()),
                q -> rows(q.getSortOrders()).size()));
        add(bar, summary, grid);
        refresh();
    }

    private List<SpecialDay> rows(List<QuerySortOrder> sort) {
        List<SpecialDay> rows = new ArrayList<>(service.list(year.getValue()));
        if (kindFilter.getValue() != null) {
            rows.removeIf(d -> d.kind() != kindFilter.getValue());
        }
        Comparator<SpecialDay> order = Comparator.comparing(SpecialDay::date);
        for (QuerySortOrder o : sort) {
            Comparator<SpecialDay> c = "kind".equals(o.getSorted()) ? Comparator.comparing(SpecialDay::kind)
                    : Comparator.comparing(SpecialDay::date);
            order = o.getDirection() == SortDirection.DESCENDING ? c.reversed() : c;
            break;
        }
        rows.sort(order);
        return rows;
    }

    private void refresh() {
        int y = year.getValue();
        List<SpecialDay> days = service.list(y);
        long holidays = days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
        long workdays = days.size() - holidays;
        String text = getTranslation("calendar.summary", String.valueOf(y), holidays, workdays, service.rules().workingDaysIn(y));
        if (!service.knowsYear(y)) {
            text += " " + getTranslation("calendar.summary.unknown-year");
        }
        summary.setText(text);
        confirm.setText(getTranslation("calendar.confirm-year", String.valueOf(y)));
        confirm.setVisible(mayEdit && !service.knowsYear(y) && !days.isEmpty());
        grid.getDataProvider().refreshAll();
    }

    private void edit(SpecialDay existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "calendar.add" : "calendar.edit"));
        DatePicker date = new DatePicker(getTranslation("calendar.date"));
        Dates.picker(date, getLocale());
        date.setRequiredIndicatorVisible(true);
        date.setId("calendar-edit-date");
        Select<DayKind> kind = new Select<>();
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(this::kindLabel);
        kind.setId("calendar-edit-kind");
        TextField nameZh = new TextField(getTranslation("calendar.name-zh"));
        nameZh.setMaxLength(40);
        nameZh.setRequiredIndicatorVisible(true);
        nameZh.setId("calendar-edit-name-zh");
        TextField nameEn = new TextField(getTranslation("calendar.name-en"));
        nameEn.setMaxLength(60);
        nameEn.setId("calendar-edit-name-en");
        if (existing != null) {
            date.setValue(existing.date());
            kind.setValue(existing.kind());
            nameZh.setValue(existing.nameZh());
            nameEn.setValue(existing.nameEn());
        } else {
            kind.setValue(DayKind.HOLIDAY);
            date.setInitialPosition(LocalDate.of(year.getValue(), 1, 1));
        }
        FormLayout form = new FormLayout(date, kind, nameZh, nameEn);
        dialog.add(form);
        Button save = new Button(getTranslation("calendar.save"), e -> {
            try {
                CalendarService.Recomputed moved = service.save(existing == null ? null : existing.date(),
                        new SpecialDay(orToday(date.getValue()), kind.getValue() == null ? DayKind.HOLIDAY : kind.getValue(),
                                nameZh.getValue(), nameEn.getValue()));
                dialog.close();
                if (date.getValue().getYear() != year.getValue()) {
                    year.setValue(date.getValue().getYear());
                }
                refresh();
                notice(getTranslation("calendar.saved") + moved(moved), NotificationVariant.LUMO_SUCCESS);
            } catch (CalendarException problem) {
                notice(text(problem), NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("calendar-edit-save");
        Button cancel = new Button(getTranslation("calendar.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** A missing date must fail validation before anything is saved. */
    private static LocalDate orToday(LocalDate value) {
        if (value == null) {
            throw new CalendarException("calendar.error.date-required");
        }
        return value;
    }

    private void confirmDelete(SpecialDay day) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("calendar.delete"));
        confirm.setText(getTranslation("calendar.delete.confirm", formatDate(day.date()), day.nameZh()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("calendar.cancel"));
        confirm.setConfirmText(getTranslation("calendar.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                CalendarService.Recomputed moved = service.delete(day.date());
                refresh();
                notice(getTranslation("calendar.deleted") + moved(moved), NotificationVariant.LUMO_SUCCESS);
            } catch (CalendarException problem) {
                notice(text(problem), NotificationVariant.LUMO_ERROR);
                refresh();
            }
        });
        confirm.open();
    }

    /** The year shown is complete as entered by hand: it counts as known, the plugins' dates are recomputed. */
    private void confirmYear() {
        try {
            CalendarService.Recomputed moved = service.confirmYear(year.getValue());
            refresh();
            notice(getTranslation("calendar.year-confirmed", String.valueOf(year.getValue())) + moved(moved),
                    NotificationVariant.LUMO_SUCCESS);
        } catch (CalendarException problem) {
            notice(text(problem), NotificationVariant.LUMO_ERROR);
        }
    }

    /** Importing the State Council's notice as CSV (date,kind,name_zh,name_en); the report says what moved. */
    private Upload importUpload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                CalendarService.Imported imported = service.importArrangement(
                        new StringReader(new String(bytes, StandardCharsets.UTF_8)), metadata.fileName());
                int shown = imported.years().iterator().next();
                if (!year.getValue().equals(shown)) {
                    year.setValue(shown);
                }
                refresh();
                notice(getTranslation("calendar.imported", imported.days(),
                        imported.years().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                        + moved(imported.recomputed()), NotificationVariant.LUMO_SUCCESS);
            } catch (CalendarException problem) {
                notice(text(problem), NotificationVariant.LUMO_ERROR);
            }
        }));
        upload.setId("calendar-import");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(1024 * 1024);
        upload.setDropAllowed(false);
        Button button = new Button(getTranslation("calendar.import"), VaadinIcon.UPLOAD.create());
        button.setTooltipText(getTranslation("calendar.import.hint"));
        upload.setUploadButton(button);
        upload.addSucceededListener(e -> upload.clearFileList());
        return upload;
    }

    /** " 已重新计算：调解案件期限 3 个，项目计划 1 个" — or "" when nothing depends on the calendar. */
    private String moved(CalendarService.Recomputed moved) {
        if (moved.moved().isEmpty()) {
            return "";
        }
        return " " + getTranslation("calendar.recomputed", moved.total(), moved.moved().entrySet().stream()
                .map(e -> getTranslation(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(getTranslation("calendar.list-separator"))));
    }

    /** The refusal's text; a parameter that is itself a refusal (a bad day in a CSV line) is translated first. */
    private String text(CalendarException problem) {
        Object[] args = problem.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof CalendarException inner) {
                args[i] = text(inner);
            }
        }
        return getTranslation(problem.key(), args);
    }

    private String kindLabel(DayKind kind) {
        return getTranslation("calendar.kind." + kind.name());
    }

    /** 2026年10月1日（周四） in Chinese, 2026-10-01 (Thu) in English. */
    private String formatDate(LocalDate date) {
        boolean chinese = Dates.chinese(getLocale());
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.SHORT,
                chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        return Dates.date(date, getLocale()) + (chinese ? "（" + weekday + "）" : " (" + weekday + ")");
    }

    private static void notice(String text, NotificationVariant variant) {
        Notification n = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
    }
}
