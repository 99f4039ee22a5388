package cn.gov.laoshan.district.shell.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.notify.Notification;
import cn.gov.laoshan.district.shell.i18n.Languages;
import cn.gov.laoshan.district.shell.plugins.PluginRoutes;
import cn.gov.laoshan.district.shell.security.SessionUser;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/**
 * An enterprise user's home (我的企业): the registry's record of their own enterprise, their latest notifications
 * and reminders, the cards plugins make for enterprise users, and below them the enterprise page's sections plugins
 * contribute ({@link EnterpriseTabs}: the same sections staff see on the registry's page, of this enterprise). Staff never
 * open it (the audience check refuses them before this view exists).
 */
public class EnterpriseHomeView extends VerticalLayout implements HasViewTitle {

    private static final Logger LOG = LoggerFactory.getLogger(EnterpriseHomeView.class);
    /** Where it is served. */
    public static final String ROUTE = "my-enterprise";

    private final PluginRoutes plugins;
    private final Function<String, Optional<Enterprise>> enterprises;
    private final Supplier<List<Notification>> latest;
    private final Div cards = new Div();
    /** The enterprise's name, the top bar's title; {@code null} until its record was read. */
    private String enterpriseName;

    /**
     * @param enterprises the registry's record of an enterprise by its code (empty when the registry holds none or
     *                    does not run)
     * @param latest      the signed-in user's latest notifications, newest first (empty without an inbox)
     */
    public EnterpriseHomeView(PluginRoutes plugins, Function<String, Optional<Enterprise>> enterprises,
            Supplier<List<Notification>> latest) {
        this.plugins = plugins;
        plugins.rebuildWhileAttached(this, this::buildCards);
        this.enterprises = enterprises;
        this.latest = latest;
        setId("district-enterprise-home");
        addClassName("district-dashboard");
        cards.addClassName("district-cards");
        cards.setId("district-cards");
        add(cards);
        SessionUser.get().filter(SignedInUser::external)
                .ifPresent(user -> add(new EnterpriseTabs(plugins, user.uscc(), List.of())));
        buildCards();
    }

    private void buildCards() {
        cards.removeAll();
        Optional<SignedInUser> user = SessionUser.get();
        if (user.isEmpty() || !user.get().external()) {
            return;
        }
        cards.add(DashboardCards.card("enterprise-record", getTranslation("shell.enterprise.record"), 2, record(user.get().uscc())));
        cards.add(DashboardCards.card("enterprise-notifications", getTranslation("shell.enterprise.notifications"), 1,
                notifications()));
        List<Component> contributed = new ArrayList<>(DashboardCards.widgets(plugins, user.get(), this::getTranslation));
        if (contributed.isEmpty() && EnterpriseTabs.sections(plugins, user.get(), user.get().uscc()).isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("shell.enterprise.no-sections"));
            none.addClassName("district-empty");
            contributed.add(DashboardCards.card("enterprise-sections", getTranslation("shell.enterprise.sections"), 3, none));
        }
        contributed.forEach(cards::add);
    }

    /** The enterprise's own record, by the code the account is bound to (never one the user typed). */
    private Component record(String usccText) {
        Div box = new Div();
        box.setId("district-enterprise-record");
        Optional<Enterprise> enterprise = Optional.empty();
        try {
            enterprise = enterprises.apply(usccText);
        } catch (RuntimeException e) {
            LOG.warn("the registry failed to read enterprise {}", usccText, e);
        }
        if (enterprise.isEmpty()) {
            box.add(new Paragraph(getTranslation("shell.enterprise.not-registered", usccText)));
            return box;
        }
        Enterprise e = enterprise.get();
        enterpriseName = e.name();
        Paragraph name = new Paragraph(e.name());
        name.addClassName("district-enterprise-name");
        box.add(name);
        field(box, "uscc", e.uscc().value());
        field(box, "type", e.type());
        field(box, "legal", e.legalRepresentative());
        field(box, "capital", e.registeredCapital() == null ? null
                // in 万元 for Chinese, in yuan with thousands separators for English
                : getTranslation("shell.enterprise.capital-value",
                        e.registeredCapital().divide(BigDecimal.valueOf(10_000)).stripTrailingZeros().toPlainString(),
                        String.format(java.util.Locale.ROOT, "%,d", e.registeredCapital().longValue())));
        // a date as Chinese staff write it (2019年11月13日), ISO in English
        field(box, "established", e.establishedOn() == null ? null : e.establishedOn().format(
                Languages.CHINESE.equals(Languages.supported(getLocale())) ? DateTimeFormatter.ofPattern("yyyy年M月d日")
                        : DateTimeFormatter.ISO_LOCAL_DATE));
        field(box, "address", e.address());
        field(box, "industry", e.industryCode());
        field(box, "status", e.status() == null ? null : getTranslation("shell.enterprise.status." + e.status().name()));
        field(box, "credit", e.creditGrade() == null ? null : e.creditGrade().name());
        field(box, "size", e.size() == null ? null : getTranslation("shell.enterprise.size." + e.size().name()));
        return box;
    }

    /** The enterprise's name, once its record was read (else the screen's title, 我的企业). */
    @Override
    public String viewTitle() {
        return enterpriseName;
    }

    private void field(Div box, String key, String value) {
        box.add(RecordFields.row(key, getTranslation("shell.enterprise.field." + key), value));
    }

    /** The user's latest notifications and due reminders: what was sent to them or to their enterprise. */
    private Component notifications() {
        Div box = new Div();
        box.setId("district-enterprise-notifications");
        List<Notification> latest = List.of();
        try {
            latest = this.latest.get();
        } catch (RuntimeException e) {
            LOG.warn("the inbox failed", e);
        }
        if (latest.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("shell.enterprise.no-notifications"));
            none.addClassName("district-empty");
            box.add(none);
            return box;
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        for (Notification n : latest) {
            Div row = new Div();
            row.addClassName("district-notification-row");
            Span title = new Span(n.message().title());
            if (!n.read()) {
                title.getStyle().set("font-weight", "600");
            }
            Span when = new Span(format.format(n.created()));
            when.addClassName("district-notification-time");
            row.add(title, new Span(" · "), when);
            box.add(row);
        }
        return box;
    }
}
