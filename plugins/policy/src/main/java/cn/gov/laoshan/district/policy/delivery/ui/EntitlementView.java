package cn.gov.laoshan.district.policy.delivery.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import cn.gov.laoshan.district.api.payout.BankAccount;
import cn.gov.laoshan.district.policy.delivery.domain.Entitlement;
import cn.gov.laoshan.district.policy.delivery.domain.EntitlementState;
import cn.gov.laoshan.district.policy.delivery.service.EntitlementService;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RouteRecord;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;
import cn.gov.laoshan.district.uikit.WorkflowActions;

/**
 * One entitlement: what the enterprise is entitled to and until when; for its own users the confirmation with the
 * bank account (the one confirmed last is offered) or the decline; for staff the extension of the deadline and the
 * sending again of a request finance refused; the hand-off's answer and, when finance is there, the payout's state;
 * the history.
 */
public class EntitlementView extends VerticalLayout implements BeforeEnterObserver {

    private static final Steps STEPS = Steps.builder("policy-delivery-error").savedKey("policy.delivery.saved")
            .build();

    private final EntitlementService entitlements;

    public EntitlementView(EntitlementService entitlements) {
        this.entitlements = entitlements;
        setId("policy-entitlement");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteRecord.find(event, entitlements::find).ifPresent(this::show);
    }

    private void show(Entitlement e) {
        removeAll();
        boolean enterprise = entitlements.enterpriseUser();
        add(enterprise ? BackLink.to("policy/my-entitlements", getTranslation("policy.delivery.screen.mine"))
                : BackLink.to("policy/entitlements", getTranslation("policy.delivery.screen.entitlements")));
        add(new H2(e.policyTitle()));
        add(new WorkflowActions<Entitlement>("policy", STEPS, (action, reason) -> entitlements.extend(e.id(), reason),
                this::show).show(e.state(), entitlements.actions(e).stream()
                        .filter(t -> t.action().equals("extend")).toList()));
        add(new Paragraph(getTranslation("policy.delivery.summary", e.enterpriseName(), e.uscc(), e.policyCode(),
                e.period(), EntitlementColumns.amount(e, getLocale()))));
        Paragraph deadline = new Paragraph(getTranslation("policy.delivery.deadline-line",
                Dates.date(e.deadline(), getLocale())));
        deadline.setId("policy-entitlement-deadline");
        if (e.state() == EntitlementState.LAPSED) {
            deadline.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        add(deadline);
        if (e.declineReason() != null) {
            add(new Paragraph(getTranslation("policy.delivery.declined-because", e.declineReason())));
        }
        if (entitlements.mayConfirm(e)) {
            add(confirmForm(e));
        }
        if (e.handoff() != null) {
            add(handOff(e));
        }
        add(new TimelinePanel("policy-entitlement-history", () -> entitlements.history(e.id()))
                .title(getTranslation("policy.delivery.history"))
                .actions(action -> getTranslation("policy.action." + action)));
    }

    private VerticalLayout confirmForm(Entitlement e) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.setId("policy-confirm-form");
        form.add(new H3(getTranslation("policy.delivery.confirm.title")));
        TextField bank = new TextField(getTranslation("policy.delivery.bank"));
        bank.setId("policy-bank");
        TextField name = new TextField(getTranslation("policy.delivery.account-name"));
        name.setId("policy-account-name");
        TextField number = new TextField(getTranslation("policy.delivery.account-number"));
        number.setId("policy-account-number");
        if (e.paysMoney()) {
            BankAccount last = entitlements.lastAccount(e.uscc()).orElse(null);
            bank.setValue(last == null ? "" : last.bank());
            name.setValue(last == null ? e.enterpriseName() : last.accountName());
            number.setValue(last == null ? "" : last.number());
            form.add(new HorizontalLayout(bank, name, number));
        }
        Button confirm = new Button(getTranslation("policy.action.confirm"), click -> {
            Entitlement done = STEPS.call(this, Map.of("bank", bank, "accountName", name, "number", number),
                    () -> entitlements.confirm(e.id(), bank.getValue(), name.getValue(), number.getValue()));
            if (done != null) {
                show(done);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("policy-confirm");
        TextField reason = new TextField(getTranslation("policy.delivery.decline-reason"));
        reason.setId("policy-decline-reason");
        Button decline = new Button(getTranslation("policy.action.decline"), click -> {
            Entitlement done = STEPS.call(this, Map.of("reason", reason),
                    () -> entitlements.decline(e.id(), reason.getValue()));
            if (done != null) {
                show(done);
            }
        });
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.setId("policy-decline");
        HorizontalLayout buttons = new HorizontalLayout(confirm, reason, decline);
        buttons.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.add(buttons);
        return form;
    }

    private VerticalLayout handOff(Entitlement e) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("policy.delivery.handoff")));
        Span answer = new Span(getTranslation("policy.delivery.handoff." + e.handoff()));
        answer.setId("policy-handoff");
        answer.getElement().getThemeList().add(e.handoff().refused() ? "badge error" : "badge");
        box.add(answer);
        if (e.handoffReason() != null) {
            box.add(new Paragraph("zh".equals(getLocale().getLanguage()) ? e.handoffReason() : e.handoffReasonEn()));
        }
        if (e.account() != null) {
            box.add(new Paragraph(getTranslation("policy.delivery.account-line", e.bank(),
                    e.accountNumber().length() <= 4 ? e.accountNumber()
                            : "****" + e.accountNumber().substring(e.accountNumber().length() - 4))));
        }
        if (e.handoff().received()) {
            String state = entitlements.handOff().status(e)
                    .map(s -> getTranslation("policy.delivery.payout-state", getTranslation(
                            "policy.delivery.payout." + s.state())))
                    .orElse(getTranslation("policy.delivery.payout-unknown"));
            Span paid = new Span(state);
            paid.setId("policy-payout-state");
            box.add(paid);
        }
        if (e.handoff().refused() && entitlements.mayManage(e)) {
            Button resend = new Button(getTranslation("policy.action.resend"), click -> {
                Entitlement done = STEPS.call(this, () -> entitlements.resend(e.id()));
                if (done != null) {
                    show(done);
                }
            });
            resend.setId("policy-resend");
            box.add(resend);
        }
        return box;
    }
}
