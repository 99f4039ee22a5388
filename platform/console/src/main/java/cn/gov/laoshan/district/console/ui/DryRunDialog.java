package cn.gov.laoshan.district.console.ui;

import java.nio.file.Path;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.console.plugins.DryRun;
import cn.gov.laoshan.district.console.plugins.PluginManager;

/**
 * What installing or updating an uploaded jar would do, before it is done: versions, its SHA-256, each requirement
 * met or missing (with its provider), the plugins it would affect and the migrations it brings. Install (or update)
 * is offered only when it resolves; cancelling, Esc included, discards the staged jar.
 */
final class DryRunDialog extends Dialog {

    /**
     * @param confirmed run when the user confirms: the install or update itself ({@link PluginsView} runs it and
     *                  reports the outcome)
     */
    DryRunDialog(PluginManager manager, Path staged, DryRun dry, Runnable confirmed) {
        setId("console-dry-run");
        setHeaderTitle(getTranslation(dry.isUpdate() ? "console.dry.title-update" : "console.dry.title-install",
                dry.jar().symbolicName()));
        setWidth("760px");
        add(summary(this, dry));

        Button cancel = new Button(getTranslation("console.action.cancel"), e -> {
            manager.discard(staged);
            close();
        });
        Button confirm = new Button(getTranslation(dry.isUpdate() ? "console.action.update" : "console.action.install"),
                e -> {
                    close();
                    confirmed.run();
                });
        confirm.setId("console-dry-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(dry.resolves());
        confirm.setDisableOnClick(true);
        getFooter().add(cancel, confirm);
        setCloseOnOutsideClick(false);
        // Esc: the upload is forgotten as with Cancel
        addDialogCloseActionListener(e -> {
            manager.discard(staged);
            close();
        });
    }

    /**
     * A dry run's findings (versions, SHA-256, requirements, affected bundles, migrations, the refusal when it would
     * not resolve), in {@code host}'s language: this dialog's body, and the approved catalogue's review.
     */
    static VerticalLayout summary(Component host, DryRun dry) {
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.add(new Paragraph(dry.isUpdate()
                ? host.getTranslation("console.dry.versions", dry.oldVersion(), dry.jar().version().toString())
                : host.getTranslation("console.dry.version", dry.jar().version().toString())));
        body.add(new Paragraph("SHA-256: " + dry.jar().sha256()));

        body.add(new H4(host.getTranslation("console.dry.requirements")));
        body.add(requirements(host, dry));
        body.add(new H4(host.getTranslation("console.dry.affected")));
        body.add(list(host, dry.affected(), "console.dry.none-affected"));
        body.add(new H4(host.getTranslation("console.dry.migrations")));
        body.add(list(host, dry.migrations(), "console.dry.no-migrations"));

        if (!dry.resolves()) {
            Div refusal = new Div(new Span(host.getTranslation("console.error.unresolved",
                    String.join("; ", dry.missing().stream().map(DryRun.Requirement::description).toList()))));
            refusal.setId("console-dry-refusal");
            refusal.getStyle().set("color", "var(--lumo-error-text-color)");
            body.add(refusal);
        }
        return body;
    }

    private static Grid<DryRun.Requirement> requirements(Component host, DryRun dry) {
        Grid<DryRun.Requirement> requirements = new Grid<>();
        requirements.setItems(dry.requirements());
        requirements.addComponentColumn(r -> {
            Span mark = new Span(host.getTranslation(r.met() ? "console.dry.met" : r.optional() ? "console.dry.optional"
                    : "console.dry.missing"));
            mark.getElement().getThemeList().add(r.met() ? "badge success" : r.optional() ? "badge contrast" : "badge error");
            return mark;
        }).setHeader(host.getTranslation("console.dry.status")).setAutoWidth(true).setFlexGrow(0);
        requirements.addColumn(DryRun.Requirement::description).setHeader(host.getTranslation("console.dry.requirement"))
                .setFlexGrow(2);
        requirements.addColumn(r -> r.provider() == null ? "" : r.provider())
                .setHeader(host.getTranslation("console.dry.provider"));
        requirements.setAllRowsVisible(true);
        requirements.addThemeVariants(GridVariant.LUMO_COMPACT);
        return requirements;
    }

    private static Component list(Component host, List<String> items, String emptyKey) {
        if (items.isEmpty()) {
            return new Span(host.getTranslation(emptyKey));
        }
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
