package cn.gov.laoshan.district.registry.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.registry.demo.Industries;
import cn.gov.laoshan.district.registry.facts.FactHistory;
import cn.gov.laoshan.district.shell.ui.EnterpriseTabs;
import cn.gov.laoshan.district.shell.ui.HasViewTitle;
import cn.gov.laoshan.district.shell.ui.RecordFields;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.UnsavedChanges;

/**
 * An enterprise's page ({@code registry/enterprises/:uscc}): its registry record as the first tab, with the edit
 * form for staff who may change it, its facts (edited on the tab by holders of {@code registry.facts.edit}, with their
 * history; leaving the page with unsaved input asks first), then the sections started plugins contribute (an enterprise's cases, the
 * projects it invests in), each shown only to holders of its permission. A code that is not well-formed or not in
 * the registry is "not found"; reading needs the registry's read permission (checked by the registry service).
 */
public class EnterprisePageView extends VerticalLayout implements BeforeEnterObserver, HasViewTitle {

    /** The route parameter holding the enterprise's code. */
    public static final String USCC = "uscc";

    private final EnterpriseRegistry registry;
    private final EnterpriseFactsService facts;
    private final FactHistory history;
    private final AccessControl access;
    /** Asks before the page is left while a fact form holds unsaved input (whichever tab is shown). */
    private final UnsavedChanges unsaved = UnsavedChanges.guard(this);
    private EnterpriseTabs tabs;
    /** The facts tab's content, made once per enterprise shown: rebuilt tabs (a plugin came or went) keep its input. */
    private FactsPanel factsPanel;
    /** The record tab's content (filled again when the grade is set on the facts tab). */
    private Div recordBox = new Div();
    /** The enterprise's name: the shell's top bar says it, not the screen's generic title (企业主页). */
    private String title;

    /**
     * @param facts   the enterprise facts service ({@code null}: none, the page shows the registration only)
     * @param history the facts' history (shown to editors with the forms)
     */
    public EnterprisePageView(EnterpriseRegistry registry, EnterpriseFactsService facts, FactHistory history,
            AccessControl access) {
        this.registry = registry;
        this.facts = facts;
        this.history = history;
        this.access = access;
        setId("registry-enterprise-page");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> code = event.getRouteParameters().get(USCC).map(String::strip);
        Optional<Enterprise> enterprise = code.filter(Uscc::isValid).flatMap(c -> registry.find(Uscc.parse(c)));
        if (enterprise.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(enterprise.get());
    }

    @Override
    public String viewTitle() {
        return title;
    }

    private void show(Enterprise e) {
        removeAll();
        unsaved.saved(); // the forms are made anew
        factsPanel = null;
        title = e.name();
        RouterLink back = new RouterLink(getTranslation("registry.page.back"), EnterpriseListView.class);
        back.setId("registry-page-back");
        // the top bar says the name; the header gives what tells this enterprise apart at a glance: code and status
        Span code = new Span(e.uscc().value());
        code.setId("registry-page-code");
        HorizontalLayout header = new HorizontalLayout(code);
        if (e.status() != null) {
            Span status = new Span(getTranslation(e.status().messageKey()));
            status.setId("registry-page-status");
            status.getElement().getThemeList().add("badge");
            header.add(status);
        }
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        boolean editsFacts = facts != null && history != null && access.has(EnterpriseFactsService.PERMISSION_READ)
                && access.has(EnterpriseFactsService.PERMISSION_EDIT);
        if (access.has(EnterpriseRegistry.PERMISSION_EDIT)) {
            // a holder of the facts' edit permission is taken from the form to the grade's form on the facts tab
            Runnable adjustGrade = editsFacts ? () -> {
                tabs.select("facts");
                factsPanel.openGradeForm();
            } : null;
            Button edit = new Button(getTranslation("registry.page.edit"),
                    click -> new EnterpriseDialog(registry, adjustGrade, e, true, saved -> reopen(saved.uscc())).open());
            edit.setId("registry-page-edit");
            header.add(edit);
        }
        List<EnterpriseTabs.OwnTab> own = new java.util.ArrayList<>();
        own.add(new EnterpriseTabs.OwnTab("record", getTranslation("registry.page.record"), () -> record(e)));
        if (facts != null && access.has(EnterpriseFactsService.PERMISSION_READ)) {
            // the service checks again (and scopes an enterprise user to their own enterprise)
            // editing for holders of the facts' edit permission; a grade set there shows in the record at once
            own.add(new EnterpriseTabs.OwnTab("facts", getTranslation("registry.tab.facts"), () -> {
                if (factsPanel == null) {
                    factsPanel = editsFacts ? FactsPanel.editing(facts, history, e.uscc(), e.creditGrade(), unsaved,
                            grade -> registry.find(e.uscc()).ifPresent(fresh -> fill(recordBox, fresh)))
                            : new FactsPanel(facts, e.uscc(), e.creditGrade());
                }
                return factsPanel;
            }));
        }
        tabs = new EnterpriseTabs(e.uscc().value(), own);
        add(back, header, tabs);
    }

    /**
     * Opens the page again after a save: a navigation, so that the shell's top bar (set after each navigation) says
     * a new name too.
     */
    private void reopen(Uscc uscc) {
        getUI().ifPresent(ui -> ui.navigate(EnterprisePageView.class, new RouteParameters(USCC, uscc.value())));
    }

    /** The registry record, read-only. */
    private Component record(Enterprise e) {
        recordBox = new Div();
        recordBox.setId("registry-page-record");
        fill(recordBox, e);
        return recordBox;
    }

    private void fill(Div box, Enterprise e) {
        Locale locale = getLocale();
        box.removeAll();
        field(box, "uscc", e.uscc().value());
        field(box, "name", e.name());
        field(box, "type", e.type() == null ? null : Formats.companyType(e.type(), locale, this::getTranslation));
        field(box, "legal", e.legalRepresentative());
        field(box, "capital", e.registeredCapital() == null ? null : Formats.capital(e.registeredCapital(), locale));
        field(box, "established", Dates.date(e.establishedOn(), locale));
        field(box, "industry", e.industryCode() == null ? null : Industries.label(e.industryCode(), locale));
        field(box, "status", e.status() == null ? null : getTranslation(e.status().messageKey()));
        field(box, "credit", e.creditGrade() == null ? null : e.creditGrade().name());
        field(box, "size", e.size() == null ? null : getTranslation(e.size().messageKey()));
        field(box, "address", e.address());
    }

    private void field(Div box, String key, String value) {
        box.add(RecordFields.row(key, getTranslation("registry.field." + key), value));
    }
}
