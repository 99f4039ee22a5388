package cn.gov.laoshan.district.mediation.ui;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.mediation.domain.Attachment;
import cn.gov.laoshan.district.mediation.domain.FileKind;
import cn.gov.laoshan.district.mediation.domain.FileName;
import cn.gov.laoshan.district.mediation.service.AttachmentService;
import cn.gov.laoshan.district.uikit.BoundedUpload;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * A case's files: the list (name, kind, size, uploader, time), a download link per file whose handler checks the
 * permission and the case's scope itself, delete for the uploader or a lead, and the upload (kept in memory up to
 * the size limit, which the server enforces, then checked by content and stored in the database).
 */
class AttachmentsPanel extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("attachment-error");

    private final AttachmentService attachments;
    private final long caseId;
    private final Runnable changed;

    AttachmentsPanel(AttachmentService attachments, long caseId, Runnable changed) {
        this.attachments = attachments;
        this.caseId = caseId;
        this.changed = changed;
        setId("case-attachments");
        setPadding(false);
        add(new H3(getTranslation("mediation.attachment.title")));
        List<Attachment> files = attachments.list(caseId);
        if (files.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("mediation.attachment.none"));
            none.addClassName("district-empty");
            add(none);
        } else {
            add(grid(files));
        }
        if (attachments.mayUpload()) {
            add(upload());
        }
    }

    private Grid<Attachment> grid(List<Attachment> files) {
        Grid<Attachment> grid = new Grid<>();
        grid.setId("attachment-grid");
        grid.addComponentColumn(this::link).setHeader(getTranslation("mediation.attachment.name")).setFlexGrow(3)
                .setAutoWidth(true);
        grid.addColumn(a -> a.kind().name()).setHeader(getTranslation("mediation.attachment.kind")).setAutoWidth(true);
        grid.addColumn(a -> size(a.sizeBytes())).setHeader(getTranslation("mediation.attachment.size"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.uploaderName() == null ? a.uploadedBy() : a.uploaderName())
                .setHeader(getTranslation("mediation.attachment.uploader")).setAutoWidth(true);
        grid.addColumn(a -> Dates.dateTime(a.uploadedAt(), getLocale()))
                .setHeader(getTranslation("mediation.attachment.at")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            if (!attachments.mayDelete(a)) {
                return new com.vaadin.flow.component.html.Span();
            }
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> delete(a));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            delete.setAriaLabel(getTranslation("mediation.attachment.delete"));
            delete.setTooltipText(getTranslation("mediation.attachment.delete"));
            delete.setId("attachment-delete-" + a.id());
            return delete;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(files);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }

    private Anchor link(Attachment a) {
        long id = a.id();
        DownloadHandler handler = event -> {
            // served without the session lock: take it, so that the service sees the signed-in user; the service
            // checks the read permission and the case's department scope again — a copied link gives nothing
            VaadinSession session = event.getSession();
            session.lock();
            try {
                Attachment file = attachments.forDownload(id);
                event.getResponse().setHeader("Content-Disposition", FileName.contentDisposition(file.fileName()));
                event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                event.getResponse().setHeader("Cache-Control", "private, no-store");
                event.setContentType(file.kind().mediaType());
                event.setContentLength(file.sizeBytes());
                try (OutputStream out = event.getOutputStream()) {
                    attachments.download(id, out);
                }
            } catch (RefusedException | AccessDeniedException refused) {
                event.getResponse().setStatus(404);
            } finally {
                session.unlock();
            }
        };
        Anchor anchor = new Anchor(handler, a.fileName());
        anchor.getElement().setAttribute("download", true);
        anchor.setId("attachment-" + id);
        anchor.addClassName("attachment-link");
        return anchor;
    }

    private Upload upload() {
        long max = attachments.maxBytes();
        // the limit is enforced on the server: a larger request is cut off after max + 1 bytes, never kept whole
        BoundedUpload handler = BoundedUpload.inMemory(max, this::store)
                .whenTooLarge(name -> error(getTranslation("mediation.attachment.error.too-large", FileName.clean(name),
                        attachments.maxMegabytes())));
        Upload upload = new Upload(handler);
        upload.setId("attachment-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        java.util.List<String> accepted = new java.util.ArrayList<>();
        for (FileKind kind : FileKind.values()) {
            kind.extensions().forEach(e -> accepted.add("." + e));
        }
        upload.setAcceptedFileTypes(accepted.toArray(String[]::new));
        upload.setI18n(i18n());
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("mediation.attachment.drop",
                attachments.maxMegabytes())));
        upload.addFileRejectedListener(e -> error(getTranslation("mediation.attachment.error.rejected",
                attachments.maxMegabytes(), AttachmentService.allowedExtensions())));
        return upload;
    }

    private void store(String name, byte[] data) {
        Attachment stored = STEPS.call(this, () -> attachments.upload(caseId, name, data));
        if (stored != null) {
            Steps.success(getTranslation("mediation.attachment.stored", stored.fileName()));
            changed.run();
        }
    }

    private void delete(Attachment a) {
        if (STEPS.run(this, () -> attachments.delete(a.id()))) {
            Steps.success(getTranslation("mediation.attachment.deleted", a.fileName()));
            changed.run();
        }
    }

    private static void error(String text) {
        STEPS.error(text);
    }

    private UploadI18N i18n() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("mediation.attachment.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("mediation.attachment.drop-one")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("mediation.attachment.too-big"))
                        .setIncorrectFileType(getTranslation("mediation.attachment.wrong-type"))
                        .setTooManyFiles(getTranslation("mediation.attachment.too-many")))
                .setUploading(uploading())
                .setUnits(List.of("B", "KB", "MB", "GB", "TB"));
    }

    private UploadI18N.Uploading uploading() {
        return new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("mediation.attachment.connecting"))
                        .setStalled(getTranslation("mediation.attachment.stalled"))
                        .setProcessing(getTranslation("mediation.attachment.processing"))
                        .setHeld(getTranslation("mediation.attachment.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("mediation.attachment.remaining"))
                        .setUnknown(getTranslation("mediation.attachment.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("mediation.attachment.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("mediation.attachment.server-error"))
                        .setForbidden(getTranslation("mediation.attachment.forbidden")));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
