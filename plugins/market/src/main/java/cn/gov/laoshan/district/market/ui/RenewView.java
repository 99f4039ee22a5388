package cn.gov.laoshan.district.market.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.domain.RenewalCheck;
import cn.gov.laoshan.district.market.service.LicenceService;
import cn.gov.laoshan.district.market.service.RenewalService;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RecordPage;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * The holder's licence in 企业服务, with minimal renewal (极简续证): what it saves against a normal renewal, the
 * declaration that nothing changed and the commitment; the answer at once — renewed with the new licence, or sent to
 * staff review with the reasons.
 */
public class RenewView extends RecordPage<Licence> {

    private static final Steps STEPS = Steps.standard("market-error");

    private final LicenceService licences;
    private final RenewalService renewals;

    public RenewView(LicenceService licences, RenewalService renewals) {
        super("market-renew-view", licences::find);
        this.licences = licences;
        this.renewals = renewals;
    }

    @Override
    protected void fill(Licence licence) {
        LicenceType type = licences.typeMap().get(licence.typeCode());
        add(BackLink.to("market/my-licences", getTranslation("market.screen.my-licences")),
                new H2(type.name(getLocale()) + " " + licence.licenceNo()), LicenceColumns.state(this, licence.state()),
                LicenceFacts.of(this, licence));
        if (!type.minimalRenewal() || !licence.state().current()) {
            return;
        }
        add(new H3(getTranslation("market.renewal.title")));
        add(new Paragraph(getTranslation("market.renewal.saves", RenewalCheck.NORMAL_STEPS.size()
                - RenewalCheck.MINIMAL_STEPS.size(), RenewalCheck.NORMAL_MATERIALS.size()
                - RenewalCheck.MINIMAL_MATERIALS.size(), RenewalCheck.NORMAL_WORKING_DAYS)));
        add(new HorizontalLayout(column("market.renewal.minimal", RenewalCheck.MINIMAL_STEPS,
                RenewalCheck.MINIMAL_MATERIALS), column("market.renewal.normal", RenewalCheck.NORMAL_STEPS,
                RenewalCheck.NORMAL_MATERIALS)));
        Checkbox premises = box("premises", "market.renewal.premises-unchanged");
        Checkbox scope = box("scope", "market.renewal.scope-unchanged");
        Checkbox staff = box("staff", "market.renewal.staff-unchanged");
        Checkbox commit = box("commit", "market.renewal.commitment");
        Div outcome = new Div();
        outcome.setId("market-renewal-outcome");
        Button submit = new Button(getTranslation("market.renewal.submit"), e -> {
            RenewalService.Outcome result = STEPS.call(this, () -> renewals.renewMinimal(licence.id(),
                    new RenewalCheck.Declaration(premises.getValue(), scope.getValue(), staff.getValue(),
                            commit.getValue())));
            if (result == null) {
                return;
            }
            outcome.removeAll();
            if (result.granted()) {
                Licence renewed = result.renewed();
                outcome.add(new Paragraph(getTranslation("market.renewal.granted", renewed.licenceNo(),
                        Dates.date(renewed.issuedOn(), getLocale()), Dates.date(renewed.expiresOn(), getLocale()))));
            } else {
                outcome.add(new Paragraph(getTranslation("market.renewal.in-review")));
                UnorderedList reasons = new UnorderedList();
                result.reasons().forEach(r -> reasons.add(new ListItem(getTranslation("market.renewal.reason." + r))));
                outcome.add(reasons);
            }
            e.getSource().setEnabled(false);
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("market-renewal-submit");
        add(premises, scope, staff, commit, submit, outcome);
    }

    private Checkbox box(String id, String key) {
        Checkbox box = new Checkbox(getTranslation(key));
        box.setId("market-renewal-" + id);
        return box;
    }

    private VerticalLayout column(String titleKey, List<String> steps, List<String> materials) {
        VerticalLayout column = new VerticalLayout(new H3(getTranslation(titleKey)));
        column.add(new Paragraph(getTranslation("market.renewal.steps", steps.size())));
        UnorderedList s = new UnorderedList();
        steps.forEach(k -> s.add(new ListItem(getTranslation("market.renewal.step." + k))));
        column.add(s, new Paragraph(getTranslation("market.renewal.materials", materials.size())));
        UnorderedList m = new UnorderedList();
        materials.forEach(k -> m.add(new ListItem(getTranslation("market.renewal.material." + k))));
        column.add(m);
        return column;
    }
}
