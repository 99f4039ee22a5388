package cn.gov.laoshan.district.console.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.console.plugins.PluginInfo;

/**
 * Uninstalling a plugin: its data is kept unless "drop its data" is ticked, and then only after the plugin's id is
 * typed (the service checks the typed id again).
 */
final class UninstallDialog extends Dialog {

    /** The confirmed uninstall: drop the data or not, with the id the user typed; whether it was done. */
    interface Uninstall {
        boolean run(boolean dropData, String typedId);
    }

    UninstallDialog(PluginInfo plugin, String name, Uninstall uninstall) {
        setId("console-uninstall");
        setHeaderTitle(getTranslation("console.uninstall.title", name));
        Checkbox drop = new Checkbox(getTranslation("console.uninstall.drop"));
        TextField confirmation = new TextField(getTranslation("console.uninstall.type-id", plugin.id()));
        confirmation.setVisible(false);
        confirmation.setWidthFull();
        drop.addValueChangeListener(e -> confirmation.setVisible(e.getValue()));
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("console.uninstall.keep-note")), drop,
                confirmation);
        body.setPadding(false);
        add(body);
        Button cancel = new Button(getTranslation("console.action.cancel"), e -> close());
        Button ok = new Button(getTranslation("console.action.uninstall"),
                e -> {
                    // a refusal (a wrong id typed) leaves the dialog open to correct it
                    if (uninstall.run(drop.getValue(), confirmation.getValue())) {
                        close();
                    }
                });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, ok);
    }
}
