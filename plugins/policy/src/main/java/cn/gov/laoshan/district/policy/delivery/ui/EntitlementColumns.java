package cn.gov.laoshan.district.policy.delivery.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

import cn.gov.laoshan.district.policy.delivery.domain.Entitlement;
import cn.gov.laoshan.district.uikit.Dates;

/** The columns every list of entitlements shows, and the same as rows of the Excel export. */
final class EntitlementColumns {

    private EntitlementColumns() {
    }

    static void add(Component view, Grid<Entitlement> grid, boolean withEnterprise) {
        if (withEnterprise) {
            grid.addColumn(Entitlement::enterpriseName).setHeader(view.getTranslation("policy.delivery.enterprise"))
                    .setFlexGrow(2);
        }
        grid.addColumn(e -> e.policyCode() + " " + e.policyTitle())
                .setHeader(view.getTranslation("policy.delivery.policy")).setFlexGrow(3);
        grid.addColumn(Entitlement::period).setHeader(view.getTranslation("policy.delivery.period"));
        grid.addColumn(e -> amount(e, locale(view))).setHeader(view.getTranslation("policy.delivery.amount"));
        grid.addColumn(e -> view.getTranslation("policy.state." + e.state()))
                .setHeader(view.getTranslation("policy.delivery.state"));
        grid.addColumn(e -> Dates.date(e.deadline(), locale(view)))
                .setHeader(view.getTranslation("policy.delivery.deadline"));
        grid.addColumn(e -> handoff(view, e)).setHeader(view.getTranslation("policy.delivery.handoff"));
    }

    /** The view's locale (Component.getLocale is protected): the UI's, else the shell's default, Chinese. */
    static Locale locale(Component view) {
        return view.getUI().map(u -> u.getLocale()).orElse(Locale.SIMPLIFIED_CHINESE);
    }

    static String amount(Entitlement e, Locale locale) {
        return e.amount() == null ? "—" : e.amount().format(locale);
    }

    static String handoff(Component view, Entitlement e) {
        return e.handoff() == null ? "" : view.getTranslation("policy.delivery.handoff." + e.handoff());
    }

    static List<String> headers(Component view) {
        return List.of(view.getTranslation("policy.delivery.enterprise"), view.getTranslation("policy.delivery.uscc"),
                view.getTranslation("policy.delivery.policy-code"), view.getTranslation("policy.delivery.policy"),
                view.getTranslation("policy.delivery.period"), view.getTranslation("policy.delivery.amount"),
                view.getTranslation("policy.delivery.state"), view.getTranslation("policy.delivery.deadline"),
                view.getTranslation("policy.delivery.handoff"), view.getTranslation("policy.delivery.handoff-reason"));
    }

    static List<Object> row(Component view, Entitlement e) {
        List<Object> row = new ArrayList<>();
        row.add(e.enterpriseName());
        row.add(e.uscc());
        row.add(e.policyCode());
        row.add(e.policyTitle());
        row.add(e.period());
        row.add(e.amount() == null ? "" : e.amount().amount());
        row.add(view.getTranslation("policy.state." + e.state()));
        row.add(e.deadline().toString());
        row.add(handoff(view, e));
        row.add(e.handoffReason() == null ? ""
                : "zh".equals(locale(view).getLanguage()) ? e.handoffReason() : e.handoffReasonEn());
        return row;
    }
}
