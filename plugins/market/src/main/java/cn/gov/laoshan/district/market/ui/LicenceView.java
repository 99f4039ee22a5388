package cn.gov.laoshan.district.market.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.domain.ReminderSchedule;
import cn.gov.laoshan.district.market.service.LicenceService;
import cn.gov.laoshan.district.market.service.Market;
import cn.gov.laoshan.district.market.service.Renewal;
import cn.gov.laoshan.district.market.service.RenewalService;
import cn.gov.laoshan.district.market.service.ReminderEntry;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RecordPage;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;

/**
 * One licence for staff: its facts, its renewal window and reminder steps, the reminders sent, renewals (a minimal
 * renewal in review with its reasons, to grant or refuse), the steps staff may take (renew, revoke) and its history.
 */
public class LicenceView extends RecordPage<Licence> {

    private static final Steps STEPS = Steps.standard("market-error").withSavedKey("market.saved");

    private final LicenceService licences;
    private final RenewalService renewals;
    private final AccessControl access;

    public LicenceView(LicenceService licences, RenewalService renewals, AccessControl access) {
        super("market-licence", licences::find);
        this.licences = licences;
        this.renewals = renewals;
        this.access = access;
    }

    @Override
    protected void fill(Licence licence) {
        Map<String, LicenceType> types = licences.typeMap();
        LicenceType type = types.get(licence.typeCode());
        add(BackLink.to("market/licences", getTranslation("market.screen.licences")),
                new H2(type.name(getLocale()) + " " + licence.licenceNo()), LicenceColumns.state(this, licence.state()));
        add(LicenceFacts.of(this, licence));
        add(new H3(getTranslation("market.licence.schedule")));
        ReminderSchedule schedule = licences.schedule(licence);
        VerticalLayout steps = new VerticalLayout();
        steps.setPadding(false);
        steps.setSpacing(false);
        steps.setId("market-schedule");
        for (ReminderSchedule.Step step : schedule.steps()) {
            steps.add(new Paragraph(Dates.date(step.on(), getLocale()) + "  " + stepLabel(this, step.name())));
        }
        if (licences.calendar().provisional(licences.today(), licence.expiresOn())) {
            steps.add(Dates.provisionalMark(this));
        }
        add(steps, new Paragraph(type.regulation()));
        if (access.has(Market.MANAGE) && licence.state().current()) {
            TextField reason = new TextField(getTranslation("market.reason"));
            reason.setId("market-reason");
            Button renew = new Button(getTranslation("market.action.renew-normal"), e -> {
                Licence renewed = STEPS.call(this, () -> renewals.renewNormally(licence.id()));
                if (renewed != null) {
                    getUI().ifPresent(ui -> ui.navigate("market/licences/" + renewed.id()));
                }
            });
            renew.setId("market-renew");
            Button revoke = new Button(getTranslation("market.action.revoke"), e -> {
                Licence revoked = STEPS.call(this, Map.of("reason", reason), () -> licences.revoke(licence.id(),
                        reason.getValue()));
                if (revoked != null) {
                    show(revoked);
                }
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setId("market-revoke");
            add(new HorizontalLayout(renew, reason, revoke));
        }
        for (Renewal r : renewals.renewals(licence.id())) {
            add(renewalLine(licence, r));
        }
        add(new H3(getTranslation("market.screen.reminders")));
        Grid<ReminderEntry> sent = RemindersView.grid(this);
        sent.setItems(licences.reminders(licence.id(), 0, 100));
        sent.setAllRowsVisible(true);
        sent.setId("market-licence-reminders");
        add(sent);
        add(new TimelinePanel("market-history", () -> licences.history(licence.id()))
                .title(getTranslation("market.licence.history"))
                .actions(action -> getTranslation("market.action." + action)));
    }

    private VerticalLayout renewalLine(Licence licence, Renewal r) {
        VerticalLayout line = new VerticalLayout();
        line.setPadding(false);
        line.add(new Paragraph(getTranslation("market.renewal.line", getTranslation("market.renewal.kind." + r.kind()),
                getTranslation("market.renewal.state." + r.state()), Dates.dateTime(r.declaredAt(), getLocale()))));
        if (r.reasons() != null) {
            for (String reason : r.reasons().split(",")) {
                line.add(new Paragraph("· " + getTranslation("market.renewal.reason." + reason)));
            }
        }
        if ("IN_REVIEW".equals(r.state()) && access.has(Market.MANAGE)) {
            TextField why = new TextField(getTranslation("market.reason"));
            why.setId("market-refuse-reason");
            Button grant = new Button(getTranslation("market.action.grant"), e -> {
                Licence renewed = STEPS.call(this, () -> renewals.decide(r.id(), true, null));
                if (renewed != null) {
                    getUI().ifPresent(ui -> ui.navigate("market/licences/" + renewed.id()));
                }
            });
            grant.setId("market-grant");
            Button refuse = new Button(getTranslation("market.action.refuse"), e -> {
                if (STEPS.call(this, Map.of("reason", why), () -> renewals.decide(r.id(), false, why.getValue())) != null) {
                    licences.find(licence.id()).ifPresent(this::show);
                }
            });
            refuse.setId("market-refuse");
            line.add(new HorizontalLayout(grant, why, refuse));
        }
        return line;
    }

    static String stepLabel(com.vaadin.flow.component.Component view, String step) {
        Integer left = ReminderSchedule.workingDaysLeft(step);
        return left != null ? view.getTranslation("market.step.closes", left) : view.getTranslation("market.step." + step);
    }
}
