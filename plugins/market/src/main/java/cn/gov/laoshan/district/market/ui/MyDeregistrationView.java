package cn.gov.laoshan.district.market.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.domain.DeregistrationRules;
import cn.gov.laoshan.district.market.domain.DeregistrationState;
import cn.gov.laoshan.district.market.service.Deregistration;
import cn.gov.laoshan.district.market.service.DeregistrationService;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 企业服务 → 简易注销: the enterprise's own simple deregistration. Without one running: what bars it now (as the
 * platform records it), the investors' commitment (承诺书) and filing. With one: its notice or days, the joint check,
 * and the step it may take — apply once the period ended, refile a blocked one once cleared.
 */
public class MyDeregistrationView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("market-error");

    private final DeregistrationService deregistrations;
    private final String uscc;

    public MyDeregistrationView(DeregistrationService deregistrations, AccessControl access) {
        this.deregistrations = deregistrations;
        this.uscc = access.currentUser().map(u -> u.uscc()).orElse(null);
        setId("market-my-deregistration");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("market.screen.my-deregistration")));
        if (uscc == null) {
            add(new Paragraph(getTranslation("market.dereg.no-enterprise")));
            return;
        }
        Deregistration latest = deregistrations.latestOwn().orElse(null);
        if (latest != null && latest.state() != DeregistrationState.LAPSED) {
            add(DeregistrationPanel.of(this, latest, deregistrations));
            if (latest.state() == DeregistrationState.NOTICE) {
                Button apply = new Button(getTranslation("market.dereg.apply"), e -> {
                    if (STEPS.call(this, () -> deregistrations.apply(latest.id())) != null) {
                        show();
                    }
                });
                apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                apply.setId("market-dereg-apply");
                add(new Paragraph(getTranslation("market.dereg.apply-hint")), apply);
                return;
            }
            if (latest.state() == DeregistrationState.BLOCKED) {
                Button refile = new Button(getTranslation("market.dereg.refile"), e -> {
                    if (STEPS.call(this, () -> deregistrations.refile(latest.id())) != null) {
                        show();
                    }
                });
                refile.setId("market-dereg-refile");
                add(new Paragraph(getTranslation("market.dereg.refile-hint")), refile);
            }
            if (latest.state() == DeregistrationState.DONE) {
                return;
            }
        }
        form();
    }

    private void form() {
        add(new H3(getTranslation("market.dereg.conditions")));
        List<DeregistrationService.Blocker> blockers = deregistrations.blockers(uscc);
        UnorderedList conditions = new UnorderedList();
        conditions.setId("market-dereg-conditions");
        if (blockers.isEmpty()) {
            conditions.add(new ListItem(getTranslation("market.dereg.conditions-met")));
        }
        blockers.forEach(b -> conditions.add(new ListItem(getTranslation(b.key()))));
        add(conditions, new Paragraph(getTranslation("market.dereg.periods", DeregistrationRules.NOTICE_DAYS,
                DeregistrationRules.APPLY_DAYS, DeregistrationRules.EXTENDED_APPLY_DAYS,
                DeregistrationRules.INDIVIDUAL_OBJECTION_DAYS)));
        TextField investors = new TextField(getTranslation("market.dereg.investors"));
        investors.setId("market-dereg-investors");
        investors.setWidth("30em");
        investors.setHelperText(getTranslation("market.dereg.investors-help"));
        add(new H3(getTranslation("market.dereg.commitment")), investors,
                new Paragraph(getTranslation("market.dereg.commitment-text")));
        Checkbox committed = new Checkbox(getTranslation("market.dereg.commit"));
        committed.setId("market-dereg-commit");
        Button file = new Button(getTranslation("market.dereg.file"), e -> {
            Deregistration filed = STEPS.call(this, Map.of("investors", investors), () -> deregistrations.file(
                    new DeregistrationService.Filing(uscc, investors.getValue(), committed.getValue())));
            if (filed != null) {
                show();
            }
        });
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.setId("market-dereg-file");
        add(committed, file);
    }
}
