package cn.gov.laoshan.district.console.ui;

import java.nio.file.Path;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.console.catalogue.ApprovedCatalogue;
import cn.gov.laoshan.district.console.catalogue.CatalogueEntry;
import cn.gov.laoshan.district.console.catalogue.JarSignature;
import cn.gov.laoshan.district.console.plugins.ConsoleException;

/**
 * The review of an uploaded jar before it is approved: the dry run's verdict against the running platform (as the
 * plugins screen shows it), the department it is for (fixed when the plugin is installed: its own), release notes.
 * Approve is offered only when it resolves; cancelling, Esc included, discards the staged jar.
 */
final class ApprovalDialog extends Dialog {

    /** A signature's status as a badge (trusted, untrusted, unsigned, invalid) with the signer's name. */
    static Span signature(com.vaadin.flow.component.Component view, JarSignature signature) {
        Span badge = new Span(view.getTranslation("console.catalogue.signature." + signature.status(),
                signature.signer()));
        badge.getElement().getThemeList().add(switch (signature.status()) {
            case TRUSTED -> "badge success";
            case UNTRUSTED -> "badge contrast";
            case UNSIGNED -> "badge";
            case INVALID -> "badge error";
        });
        badge.addClassName("district-signature-" + signature.status().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    ApprovalDialog(ApprovedCatalogue catalogue, Path staged, ApprovedCatalogue.Review review, Runnable approved) {
        setId("console-catalogue-review");
        setHeaderTitle(getTranslation("console.catalogue.review-title", review.dryRun().jar().symbolicName()));
        setWidth("760px");
        VerticalLayout body = DryRunDialog.summary(this, review.dryRun());
        review.existing().ifPresent(e -> body.addComponentAsFirst(new Paragraph(getTranslation(e.withdrawn()
                ? "console.catalogue.review-withdrawn" : "console.catalogue.review-already"))));
        Span signature = signature(this, review.signature());
        signature.setId("console-catalogue-review-signature");
        body.addComponentAsFirst(new Paragraph(new Span(getTranslation("console.catalogue.signature")
                + getTranslation("console.punct.colon")), signature));
        boolean required = catalogue.settings().values().signaturesRequired();
        if (!review.signatureAdmitted(required)) {
            Paragraph refused = new Paragraph(getTranslation("console.catalogue.error.signature-required",
                    review.dryRun().jar().symbolicName(), review.dryRun().jar().version().toString(),
                    review.signature().signer()));
            refused.getStyle().set("color", "var(--lumo-error-text-color)");
            body.addComponentAtIndex(1, refused);
        }
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
        if (!review.releaseNotes().isEmpty()) {
            // the notes the jar carries, to read and correct
            notes.setValue(review.releaseNotes());
            notes.setHelperText(getTranslation("console.catalogue.jar-notes"));
        }
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
                CatalogueEntry entry = catalogue.approve(staged, department.getValue(), notes.getValue(),
                        review.source());
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
        approve.setEnabled(review.dryRun().resolves() && review.signatureAdmitted(required));
        getFooter().add(cancel, approve);
        setCloseOnOutsideClick(false);
        addDialogCloseActionListener(e -> {
            catalogue.discard(staged);
            close();
        });
    }
}
