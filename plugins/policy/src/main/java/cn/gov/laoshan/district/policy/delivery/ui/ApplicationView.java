package cn.gov.laoshan.district.policy.delivery.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.policy.delivery.domain.ApplicationState;
import cn.gov.laoshan.district.policy.delivery.domain.PolicyApplication;
import cn.gov.laoshan.district.policy.delivery.service.ApplicationAttachments;
import cn.gov.laoshan.district.policy.delivery.service.ApplicationService;
import cn.gov.laoshan.district.uikit.AttachmentsPanel;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RouteRecord;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;
import cn.gov.laoshan.district.uikit.money.YuanField;

/**
 * One fast application: the facts it was made with, the statement, the amount asked, its files (the enterprise adds
 * them while it waits), the decision (staff: approve with the amount, or refuse with the reason) and its history.
 */
public class ApplicationView extends VerticalLayout implements BeforeEnterObserver {

    private static final Steps STEPS = Steps.standard("policy-application-error");

    private final ApplicationService applications;
    private final Attachments attachments;
    private final ApplicationAttachments files;

    public ApplicationView(ApplicationService applications, Attachments attachments, ApplicationAttachments files) {
        this.applications = applications;
        this.attachments = attachments;
        this.files = files;
        setId("policy-application");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteRecord.find(event, applications::find).ifPresent(this::show);
    }

    private void show(PolicyApplication a) {
        removeAll();
        add(BackLink.to(applications.enterpriseUser() ? "policy/my-entitlements" : "policy/applications",
                getTranslation(applications.enterpriseUser() ? "policy.delivery.screen.mine"
                        : "policy.delivery.screen.applications")));
        add(new H2(a.policyCode() + " " + a.policyTitle()));
        Span state = new Span(getTranslation("policy.application.state." + a.state()));
        state.setId("policy-application-state");
        state.getElement().getThemeList().add("badge");
        add(state);
        Paragraph deadline = new Paragraph(getTranslation("policy.delivery.decide-by", Dates.date(a.deadline(),
                getLocale())));
        if (a.overdue(applications.today())) {
            deadline.getStyle().set("color", "var(--lumo-error-text-color)");
            deadline.setText(deadline.getText() + " · " + getTranslation("policy.delivery.overdue"));
        }
        add(deadline, new Paragraph(getTranslation("policy.delivery.summary", a.enterpriseName(), a.uscc(),
                a.policyCode(), a.period(), a.asked() == null ? "—" : a.asked().format(getLocale()))));
        add(new H3(getTranslation("policy.delivery.facts")), new Pre(a.facts().isEmpty()
                ? getTranslation("policy.delivery.facts-none") : a.facts()));
        add(new H3(getTranslation("policy.delivery.statement")), new Paragraph(a.statement()));
        if (a.state() == ApplicationState.APPROVED) {
            add(new Paragraph(getTranslation("policy.delivery.approved-amount", a.amount().format(getLocale()))));
        } else if (a.state() == ApplicationState.REFUSED) {
            add(new Paragraph(getTranslation("policy.delivery.refused-because", a.reason())));
        }
        add(new AttachmentsPanel(attachments, files, ApplicationAttachments.of(a), () -> { }));
        if (!applications.actions(a).isEmpty()) {
            add(decision(a));
        }
        add(new TimelinePanel("policy-application-history", () -> applications.history(a.id()))
                .title(getTranslation("policy.delivery.history"))
                .actions(action -> getTranslation("policy.action." + action)));
    }

    private HorizontalLayout decision(PolicyApplication a) {
        YuanField amount = new YuanField(getTranslation("policy.delivery.amount"));
        amount.setId("policy-application-amount");
        if (a.asked() != null) {
            amount.setValue(a.asked());
        }
        Button approve = new Button(getTranslation("policy.action.approve"), click -> {
            if (amount.hasBadInput()) {
                return;
            }
            PolicyApplication done = STEPS.call(this, Map.of("amount", amount),
                    () -> applications.approve(a.id(), amount.getValue()));
            if (done != null) {
                show(done);
            }
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setId("policy-application-approve");
        TextField reason = new TextField(getTranslation("policy.reason"));
        reason.setId("policy-application-reason");
        Button refuse = new Button(getTranslation("policy.action.refuse"), click -> {
            PolicyApplication done = STEPS.call(this, Map.of("reason", reason),
                    () -> applications.refuse(a.id(), reason.getValue()));
            if (done != null) {
                show(done);
            }
        });
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuse.setId("policy-application-refuse");
        HorizontalLayout row = new HorizontalLayout(amount, approve, reason, refuse);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return row;
    }
}
