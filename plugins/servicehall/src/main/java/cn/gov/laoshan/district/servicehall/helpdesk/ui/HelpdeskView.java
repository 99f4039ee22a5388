package cn.gov.laoshan.district.servicehall.helpdesk.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.servicehall.domain.IdNumber;
import cn.gov.laoshan.district.servicehall.domain.ServiceItem;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.ConsentForm;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpChannel;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpMode;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpNeed;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpRequest;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpResult;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpState;
import cn.gov.laoshan.district.servicehall.helpdesk.service.HelpdeskService;
import cn.gov.laoshan.district.servicehall.helpdesk.service.HelpdeskWorkflow;
import cn.gov.laoshan.district.servicehall.service.CatalogueService;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;

/**
 * 帮办代办: the requests in the reader's scope (ID numbers and mobiles masked), a form to take one by phone or at a
 * window, and the chosen request's steps — each asking for what it records (materials, consent, application
 * number, result) — with its timeline.
 */
public class HelpdeskView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-helpdesk-error");

    private final HelpdeskService helpdesk;
    private final CatalogueService catalogue;
    private final AccessControl access;
    private final Timeline timeline;
    private final Grid<HelpRequest> list = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final Select<HelpState> stateFilter = new Select<>();
    private final Checkbox mine = new Checkbox();

    public HelpdeskView(HelpdeskService helpdesk, CatalogueService catalogue, AccessControl access,
            Timeline timeline) {
        this.helpdesk = helpdesk;
        this.catalogue = catalogue;
        this.access = access;
        this.timeline = timeline;
        setId("servicehall-helpdesk");
        list.setId("servicehall-helpdesk-list");
        list.addColumn(HelpRequest::number).setHeader(getTranslation("servicehall.helpdesk.number")).setAutoWidth(true);
        list.addColumn(r -> t("state." + r.state())).setHeader(getTranslation("servicehall.helpdesk.state"))
                .setAutoWidth(true);
        list.addColumn(r -> r.personName() + " " + IdNumber.masked(r.personIdNumber()) + " · " + t("need." + r.need()))
                .setHeader(getTranslation("servicehall.helpdesk.person")).setAutoWidth(true);
        list.addColumn(r -> t("mode." + r.mode()) + " · " + t("channel." + r.channel()))
                .setHeader(getTranslation("servicehall.helpdesk.mode")).setAutoWidth(true);
        list.addColumn(HelpRequest::itemName).setHeader(getTranslation("servicehall.helpdesk.item")).setAutoWidth(true);
        list.addColumn(HelpRequest::groupName).setHeader(getTranslation("servicehall.helpdesk.group")).setAutoWidth(true);
        list.addColumn(r -> Dates.date(r.preferredOn(), getLocale()) + " " + t("period." + r.preferredPeriod()))
                .setHeader(getTranslation("servicehall.helpdesk.preferred"));
        list.addColumn(r -> r.assignee() == null ? "" : r.assignee()).setHeader(getTranslation(
                "servicehall.helpdesk.assignee"));
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
        list.setHeight("22em");

        stateFilter.setItems(HelpState.values());
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption(getTranslation("servicehall.helpdesk.all-states"));
        stateFilter.setItemLabelGenerator(s -> s == null ? getTranslation("servicehall.helpdesk.all-states")
                : t("state." + s));
        stateFilter.setId("servicehall-helpdesk-state-filter");
        stateFilter.addValueChangeListener(e -> refresh());
        mine.setLabel(getTranslation("servicehall.helpdesk.my-groups"));
        mine.setId("servicehall-helpdesk-mine");
        mine.addValueChangeListener(e -> refresh());
        Anchor export = new Anchor(ExcelExport.download("帮办代办.xlsx", out -> helpdesk.exportXlsx(out, getLocale())),
                "");
        export.add(new Button(getTranslation("servicehall.helpdesk.export"), VaadinIcon.DOWNLOAD.create()));
        export.getElement().setAttribute("download", true);
        export.setId("servicehall-helpdesk-export");
        HorizontalLayout filters = new HorizontalLayout(stateFilter, mine, export);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(filters, list, detail);
        if (access.has(HelpdeskWorkflow.TAKE)) {
            add(new H3(getTranslation("servicehall.helpdesk.new")), intakeForm());
        }
        refresh();
    }

    /** "label：value" in Chinese, "label: value" in English. */
    private String labelled(String key, String value) {
        return getTranslation("servicehall.helpdesk.labelled", t(key), value);
    }

    private String t(String key) {
        return getTranslation("servicehall.helpdesk." + key);
    }

    private void refresh() {
        List<HelpRequest> all = helpdesk.list(stateFilter.getValue(), null, 0, 500);
        if (mine.getValue()) {
            List<String> groups = helpdesk.myGroups();
            String me = access.currentUser().map(u -> u.login()).orElse("");
            all = all.stream().filter(r -> groups.contains(r.groupCode()) || me.equals(r.assignee())).toList();
        }
        list.setItems(all);
    }

    // taking a request

    private Component intakeForm() {
        Select<HelpChannel> channel = new Select<>();
        channel.setLabel(t("channel"));
        channel.setItems(HelpChannel.PHONE, HelpChannel.WINDOW);
        channel.setItemLabelGenerator(c -> t("channel." + c));
        channel.setValue(HelpChannel.PHONE);
        channel.setId("servicehall-helpdesk-channel");
        Select<HelpMode> mode = new Select<>();
        mode.setLabel(t("mode"));
        mode.setItems(HelpMode.values());
        mode.setItemLabelGenerator(m -> t("mode." + m));
        mode.setValue(HelpMode.HOME_VISIT);
        mode.setId("servicehall-helpdesk-mode");
        TextField caller = field("caller", "servicehall-helpdesk-caller");
        TextField mobile = field("caller-mobile", "servicehall-helpdesk-caller-mobile");
        TextField person = field("person", "servicehall-helpdesk-person");
        person.setHelperText(t("person-hint"));
        TextField idNumber = field("id-number", "servicehall-helpdesk-id-number");
        TextField relation = field("relation", "servicehall-helpdesk-relation");
        Select<HelpNeed> need = new Select<>();
        need.setLabel(t("need"));
        need.setItems(HelpNeed.values());
        need.setItemLabelGenerator(n -> t("need." + n));
        need.setValue(HelpNeed.ELDERLY);
        need.setId("servicehall-helpdesk-need");
        ComboBox<ServiceItem> item = new ComboBox<>(t("item"));
        item.setItems(catalogue.offeredItems());
        item.setItemLabelGenerator(i -> i.code() + " " + i.name());
        item.setId("servicehall-helpdesk-item");
        item.setWidth("24em");
        TextField address = field("address", "servicehall-helpdesk-address");
        address.setWidth("28em");
        DatePicker day = Dates.picker(new DatePicker(t("preferred-on")), getLocale());
        day.setValue(helpdesk.today().plusDays(1));
        day.setId("servicehall-helpdesk-day");
        Select<String> period = new Select<>();
        period.setLabel(t("period"));
        period.setItems("MORNING", "AFTERNOON");
        period.setItemLabelGenerator(p -> t("period." + p));
        period.setValue("MORNING");
        period.setId("servicehall-helpdesk-period");
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("callerName", caller);
        fields.put("callerMobile", mobile);
        fields.put("personName", person);
        fields.put("personIdNumber", idNumber);
        fields.put("relation", relation);
        fields.put("itemCode", item);
        fields.put("address", address);
        fields.put("preferredOn", day);
        Button save = new Button(t("save"), e -> {
            HelpRequest taken = STEPS.call(this, fields, () -> helpdesk.take(new HelpRequest.Intake(channel.getValue(),
                    mode.getValue(), caller.getValue(), mobile.getValue(), person.getValue(), idNumber.getValue(),
                    relation.getValue(), need.getValue(), item.getValue() == null ? null : item.getValue().code(),
                    address.getValue(), day.getValue(), period.getValue())));
            if (taken != null) {
                Steps.success(getTranslation("servicehall.helpdesk.saved", taken.number(), taken.groupName()));
                Arrays.asList(caller, mobile, person, idNumber, relation, address).forEach(TextField::clear);
                item.clear();
                refresh();
                list.select(taken);
                show(taken);
            }
        });
        save.setId("servicehall-helpdesk-save");
        FormLayout form = new FormLayout(channel, mode, caller, mobile, person, relation, idNumber, need, item,
                address, day, period);
        return new VerticalLayout(form, save);
    }

    private TextField field(String key, String id) {
        TextField f = new TextField(t(key));
        f.setId(id);
        return f;
    }

    // the chosen request

    private void show(HelpRequest r) {
        detail.removeAll();
        detail.setId("servicehall-helpdesk-detail");
        H3 title = new H3(r.number() + " · " + t("state." + r.state()));
        title.setId("servicehall-helpdesk-title");
        Paragraph who = new Paragraph(r.callerName() + " " + HelpdeskService.maskedMobile(r.callerMobile())
                + (r.onBehalf() ? " → " + r.relation() + " " + r.personName() : "") + " · "
                + IdNumber.masked(r.personIdNumber()) + " · " + r.address() + " · " + r.groupName()
                + " (" + t("level." + r.level()) + ")");
        detail.add(title, who);
        if (r.materials() != null) {
            detail.add(new Paragraph(labelled("materials", r.materials())));
        }
        if (r.consentRecorded()) {
            Paragraph consent = new Paragraph(labelled("consent-by", r.consentBy()) + " · " + t("consent." + r.consentHow())
                    + " · " + Dates.dateTime(r.consentAt(), getLocale()) + " · " + r.consentRecordedBy());
            consent.setId("servicehall-helpdesk-consent-record");
            detail.add(consent);
        }
        if (r.submissionRef() != null) {
            detail.add(new Paragraph(labelled("submission-ref", r.submissionRef())));
        }
        if (r.result() != null) {
            detail.add(new Paragraph(labelled("result", t("result." + r.result()))
                    + (r.resultNote() == null ? "" : " · " + r.resultNote())));
        }
        // the step forward first, the side ways (reroute, cancel) after it
        List<String> order = List.of("assign", "visit", "consent", "submit", "complete", "reroute", "cancel");
        helpdesk.actions(r).stream().sorted(java.util.Comparator.comparingInt(order::indexOf))
                .forEach(action -> detail.add(step(r, action)));
        detail.add(new TimelinePanel("servicehall-helpdesk-timeline", () -> timeline.of(ServiceHallRoles.PLUGIN,
                HelpdeskWorkflow.TYPE, r.number())).actions(a -> t("action." + a)));
    }

    /** One step's fields and button. */
    private Component step(HelpRequest r, String action) {
        HorizontalLayout row = new HorizontalLayout();
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        row.setId("servicehall-helpdesk-step-" + action);
        Button go = new Button(t("action." + action));
        go.setId("servicehall-helpdesk-" + action);
        switch (action) {
            case "assign" -> {
                Select<String> helper = new Select<>();
                helper.setLabel(t("assign-to"));
                helper.setItems(helpdesk.members(r.groupCode()));
                helper.setId("servicehall-helpdesk-helper");
                String me = access.currentUser().map(u -> u.login()).orElse("");
                if (helpdesk.members(r.groupCode()).contains(me)) {
                    helper.setValue(me);
                }
                go.addClickListener(e -> moved(STEPS.call(this, Map.of("helper", helper),
                        () -> helpdesk.assign(r.id(), helper.getValue()))));
                row.add(helper, go);
            }
            case "visit" -> {
                TextArea materials = new TextArea(t("materials"));
                materials.setId("servicehall-helpdesk-materials");
                materials.setWidth("28em");
                go.addClickListener(e -> moved(STEPS.call(this, Map.of("materials", materials),
                        () -> helpdesk.visit(r.id(), materials.getValue()))));
                row.add(materials, go);
            }
            case "consent" -> {
                TextField by = new TextField(t("consent-by"));
                by.setId("servicehall-helpdesk-consent-by");
                by.setValue(r.personName());
                Select<ConsentForm> how = new Select<>();
                how.setLabel(t("consent-how"));
                how.setItems(ConsentForm.values());
                how.setItemLabelGenerator(c -> t("consent." + c));
                how.setId("servicehall-helpdesk-consent-how");
                go.addClickListener(e -> moved(STEPS.call(this, Map.of("consentBy", by, "consentHow", how),
                        () -> helpdesk.recordConsent(r.id(), by.getValue(), how.getValue()))));
                row.add(by, how, go);
            }
            case "submit" -> {
                TextField ref = new TextField(t("submission-ref"));
                ref.setId("servicehall-helpdesk-submission-ref");
                go.addClickListener(e -> moved(STEPS.call(this, Map.of("submissionRef", ref),
                        () -> helpdesk.submit(r.id(), ref.getValue()))));
                row.add(ref, go);
            }
            case "complete" -> {
                Select<HelpResult> result = new Select<>();
                result.setLabel(t("result"));
                result.setItems(HelpResult.values());
                result.setItemLabelGenerator(x -> t("result." + x));
                result.setId("servicehall-helpdesk-result");
                TextField note = new TextField(t("result-note"));
                note.setId("servicehall-helpdesk-result-note");
                go.addClickListener(e -> moved(STEPS.call(this, Map.of("result", result, "resultNote", note),
                        () -> helpdesk.complete(r.id(), result.getValue(), note.getValue()))));
                row.add(result, note, go);
            }
            case "reroute" -> {
                Select<String> group = new Select<>();
                group.setLabel(t("group"));
                group.setItems(helpdesk.groups().stream().map(g -> g.code()).toList());
                group.setItemLabelGenerator(c -> helpdesk.groups().stream().filter(g -> g.code().equals(c))
                        .findFirst().map(g -> g.name()).orElse(c));
                group.setId("servicehall-helpdesk-reroute-group");
                TextField reason = new TextField(t("reason"));
                reason.setId("servicehall-helpdesk-reroute-reason");
                go.addClickListener(e -> moved(STEPS.call(this, Map.of("group", group, "reason", reason),
                        () -> helpdesk.reroute(r.id(), group.getValue(), reason.getValue()))));
                row.add(group, reason, go);
            }
            case "cancel" -> {
                TextField reason = new TextField(t("reason"));
                reason.setId("servicehall-helpdesk-cancel-reason");
                go.addClickListener(e -> moved(STEPS.call(this, Map.of("reason", reason),
                        () -> helpdesk.cancel(r.id(), reason.getValue()))));
                row.add(reason, go);
            }
            default -> row.add(go);
        }
        return row;
    }

    private void moved(HelpRequest r) {
        if (r != null) {
            Steps.success(t("done"));
            refresh();
            show(r);
        }
    }
}
