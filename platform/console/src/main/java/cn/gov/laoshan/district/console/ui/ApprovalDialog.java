package cn.gov.laoshan.district.console.ui;

import java.nio.file.Path;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.console.catalogue.ApprovedCatalogue;
import cn.gov.laoshan.district.console.catalogue.CatalogueEntry;
import cn.gov.laoshan.district.console.plugins.ConsoleException;

/**
 * The review of an uploaded jar before it is approved: the dry run's verdict against the running platform (as the
 * plugins screen shows it), the department it is for (fixed when the plugin is installed: its own), release notes.
 * Approve is offered only when it resolves; cancelling, Esc included, discards the staged jar.
 */
final class ApprovalDialog extends Dialog {

    ApprovalDialog(ApprovedCatalogue catalogue, Path staged, ApprovedCatalogue.Review review, Runnable approved) {
        setId("console-catalogue-review");
        setHeaderTitle(getTranslation("console.catalogue.review-title", review.dryRun().jar().symbolicName()));
        setWidth("760px");
        VerticalLayout body = DryRunDialog.summary(this, review.dryRun());
        review.existing().ifPresent(e -> body.addComponentAsFirst(new Paragraph(getTranslation(e.withdrawn()
                ? "console.catalogue.review-withdrawn" : "console.catalogue.review-already"))));
        TextField department = new TextField(getTranslation("console.plugin.department"));
        department.setId("console-catalogue-department");
        department.setValue(review.department());
        department.setReadOnly(review.departmentFixed());
        department.setHelperText(getTranslation(review.departmentFixed() ? "console.catalogue.department-fixed"
                : "console.catalogue.department-hint"));
        department.setRequiredIndicatorVisible(true);
        TextArea notes = new TextArea(getTranslation("console.catalogue.notes"));
        notes.setId("console-catalogue-notes");
        notes.setMaxLength(4000);
        notes.setWidthFull();
        notes.setRequiredIndicatorVisible(true);
        body.add(department, notes);
        add(body);

        Button cancel = new Button(getTranslation("console.action.cancel"), e -> {
            catalogue.discard(staged);
            close();
        });
        Button approve = new Button(getTranslation("console.action.approve"));
        approve.addClickListener(e -> {
            department.setInvalid(false);
            notes.setInvalid(false);
            try {
                CatalogueEntry entry = catalogue.approve(staged, department.getValue(), notes.getValue());
                close();
                Messages.done(this, "console.done.approved", entry.symbolicName(), entry.version());
                approved.run();
            } catch (ConsoleException refused) {
                // a refusal at a field stays in the dialog to be corrected (the staged jar is kept for it)
                if (ApprovedCatalogue.DEPARTMENT_MISSING.equals(refused.key())) {
                    department.setErrorMessage(getTranslation(refused.key(), refused.args()));
                    department.setInvalid(true);
                    return;
                }
                if (ApprovedCatalogue.NOTES_MISSING.equals(refused.key())) {
                    notes.setErrorMessage(getTranslation(refused.key(), refused.args()));
                    notes.setInvalid(true);
                    return;
                }
                close();
                Messages.error(this, refused);
                approved.run();
            } catch (Exception failed) {
                close();
                Messages.error(this, failed);
            }
        });
        approve.setId("console-catalogue-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setEnabled(review.dryRun().resolves());
        getFooter().add(cancel, approve);
        setCloseOnOutsideClick(false);
        addDialogCloseActionListener(e -> {
            catalogue.discard(staged);
            close();
        });
    }
}
