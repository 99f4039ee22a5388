package cn.gov.laoshan.district.audit.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.audit.domain.AuditEntry;
import cn.gov.laoshan.district.audit.domain.AuditFilter;
import cn.gov.laoshan.district.audit.domain.Verification;
import cn.gov.laoshan.district.audit.service.AuditQuery;
import cn.gov.laoshan.district.audit.service.AuditService;
import cn.gov.laoshan.district.audit.service.CallerContext;
import cn.gov.laoshan.district.uikit.Dates;

/**
 * 审计日志: the audit log, newest first, in a lazy grid with filters (actor, source, action, time), a detail dialog
 * with before/after, CSV export of the current filter and the chain verification.
 */
public class AuditLogView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AuditLogView.class);

    private final transient AuditQuery query;
    private final TextField actor = new TextField();
    private final ComboBox<String> source = new ComboBox<>();
    private final TextField action = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span total = new Span();
    private final Span verifyResult = new Span();
    private volatile AuditFilter filter = AuditFilter.ALL;
    private volatile Long tamperedId;

    public AuditLogView(AuditQuery query, CallerContext caller) {
        this.query = query;
        setId("audit-log");
        setSizeFull();
        setPadding(true);

        add(filters(), toolbar(caller));
        configureGrid();
        add(grid);
        setFlexGrow(1, grid);
        search();
    }

    private FlexLayout filters() {
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setId("audit-filter-actor");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.ON_CHANGE);

        source.setLabel(getTranslation("audit.filter.source"));
        source.setId("audit-filter-source");
        source.setClearButtonVisible(true);
        source.setAllowCustomValue(true);
        source.addCustomValueSetListener(e -> source.setValue(e.getDetail()));
        try {
            source.setItems(query.sources());
        } catch (RuntimeException e) {
            LOG.warn("audit sources could not be read", e);
        }

        action.setLabel(getTranslation("audit.filter.action"));
        action.setId("audit-filter-action");
        action.setPlaceholder(getTranslation("audit.filter.action.placeholder"));
        action.setClearButtonVisible(true);

        from.setLabel(getTranslation("audit.filter.from"));
        from.setId("audit-filter-from");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setId("audit-filter-to");
        Dates.picker(from, getLocale());
        Dates.picker(to, getLocale());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);

        Button search = new Button(getTranslation("audit.search"), VaadinIcon.SEARCH.create(), e -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("audit.reset"), e -> {
            actor.clear();
            source.clear();
            action.clear();
            from.clear();
            to.clear();
            search();
        });
        reset.setId("audit-reset");

        FlexLayout bar = new FlexLayout(actor, source, action, from, to, search, reset);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.setWidthFull();
        return bar;
    }

    private HorizontalLayout toolbar(CallerContext caller) {
        total.setId("audit-total");
        HorizontalLayout bar = new HorizontalLayout(total);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        if (caller.has(AuditQuery.EXPORT)) {
            Anchor export = new Anchor(exportHandler(), "");
            export.setId("audit-export");
            Button button = new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD.create());
            button.setTabIndex(-1);
            export.add(button);
            bar.add(export);
        }
        if (caller.has(AuditQuery.VERIFY)) {
            Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.CHECK_CIRCLE_O.create(), e -> verify());
            verify.setId("audit-verify");
            verifyResult.setId("audit-verify-result");
            bar.add(verify, verifyResult);
        }
        return bar;
    }

    private DownloadHandler exportHandler() {
        Locale locale = getLocale();
        return event -> {
            AtomicReference<AuditQuery.CsvWriter> writer = new AtomicReference<>();
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            // the permission check and the audit record need the session (the signed-in user); the writing not
            event.getSession().accessSynchronously(() -> {
                try {
                    writer.set(query.export(filter, locale));
                } catch (RuntimeException e) {
                    failure.set(e);
                }
            });
            if (failure.get() != null) {
                LOG.warn("audit export refused or failed: {}", failure.get().toString());
                event.getResponse().setStatus(failure.get() instanceof AccessDeniedException ? 403 : 500);
                return;
            }
            event.setFileName("audit-log-" + LocalDate.now(AuditService.DISTRICT_ZONE) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            writer.get().writeTo(event.getOutputStream());
        };
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(AuditEntry::id).setHeader(getTranslation("audit.column.id")).setKey("id").setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("audit.column.status")).setKey("status")
                .setWidth("8em").setFlexGrow(0);
        Locale locale = getLocale();
        grid.addColumn(e -> Dates.dateTimeSeconds(e.occurredAt(), locale))
                .setHeader(getTranslation("audit.column.time")).setKey("time").setSortProperty("id").setAutoWidth(true)
                .setFlexGrow(0);
        AuditLabels labels = new AuditLabels(this::getTranslation);
        grid.addColumn(labels::actor)
                .setHeader(getTranslation("audit.column.actor")).setKey("actor").setAutoWidth(true);
        grid.addColumn(e -> e.clientAddress() == null ? "—" : e.clientAddress())
                .setHeader(getTranslation("audit.column.address")).setKey("address").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> labels.source(e.source())).setHeader(getTranslation("audit.column.source")).setKey("source")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> labels.action(e.source(), e.action())).setTooltipGenerator(AuditEntry::action).setHeader(getTranslation("audit.column.action")).setKey("action")
                .setAutoWidth(true);
        grid.addColumn(labels::object)
                .setHeader(getTranslation("audit.column.object")).setKey("object").setAutoWidth(true);
        grid.setItems(DataProvider.fromCallbacks(
                q -> query.find(filter, newestFirst(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, query.count(filter))));
        grid.addItemClickListener(e -> new AuditDetailDialog(e.getItem(), tamperedId).open());
    }

    private static boolean newestFirst(List<QuerySortOrder> orders) {
        return orders.isEmpty() || orders.get(0).getDirection() == SortDirection.DESCENDING;
    }

    private Span statusBadge(AuditEntry entry) {
        Span badge = new Span();
        if (tamperedId != null && tamperedId == entry.id()) {
            badge.setText("⚠ " + getTranslation("audit.status.tampered"));
            badge.getElement().getThemeList().add("badge error");
            badge.addClassName("audit-tampered");
        } else if (AuditLabels.failed(entry.action())) {
            badge.setText(getTranslation("audit.status.failed"));
            badge.getElement().getThemeList().add("badge error");
        } else {
            badge.setText(getTranslation("audit.status.done"));
            badge.getElement().getThemeList().add("badge success");
        }
        badge.addClassName("audit-status");
        return badge;
    }

    private void search() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (from.isInvalid() || to.isInvalid()) {
            Notification.show(getTranslation("audit.error.bad-date")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        if (start != null && end != null && end.isBefore(start)) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("audit.error.range"));
            return;
        }
        to.setInvalid(false);
        filter = new AuditFilter(actor.getValue(), source.getValue(), action.getValue(),
                start == null ? null : start.atStartOfDay(AuditService.DISTRICT_ZONE).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(AuditService.DISTRICT_ZONE).toInstant());
        try {
            long count = query.count(filter);
            total.setText(getTranslation("audit.total", count));
            grid.getDataProvider().refreshAll();
        } catch (AccessDeniedException e) {
            error("audit.error.denied");
        } catch (RuntimeException e) {
            LOG.error("audit log query failed", e);
            error("audit.error.read");
        }
    }

    private void verify() {
        try {
            Verification result = query.verify();
            verifyResult.getElement().getThemeList().clear();
            if (result.ok()) {
                tamperedId = null;
                verifyResult.setText(getTranslation("audit.verify.ok", result.checked(), result.took().toMillis()));
                verifyResult.getElement().getThemeList().add("badge success");
            } else {
                tamperedId = result.recordId();
                verifyResult.setText(getTranslation("audit.verify.broken." + result.problem().name().toLowerCase(Locale.ROOT),
                        String.valueOf(result.recordId()), result.checked(), result.took().toMillis()));
                verifyResult.getElement().setAttribute("title", result.detail());
                verifyResult.getElement().getThemeList().add("badge error");
                query.get(result.recordId()).ifPresent(entry -> new AuditDetailDialog(entry, tamperedId).open());
            }
            search();
        } catch (AccessDeniedException e) {
            error("audit.error.denied");
        } catch (RuntimeException e) {
            LOG.error("audit chain verification failed", e);
            error("audit.error.read");
        }
    }

    private void error(String key) {
        Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
