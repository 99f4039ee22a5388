package cn.gov.laoshan.district.uikit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;

import cn.gov.laoshan.district.api.attachment.AttachedTo;
import cn.gov.laoshan.district.api.attachment.Attachment;
import cn.gov.laoshan.district.api.attachment.AttachmentRefusedException;
import cn.gov.laoshan.district.api.attachment.AttachmentRules;
import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.security.AccessDeniedException;

/**
 * The files of one record, for any plugin: the list (name, kind, size, uploader, time), a download link per file
 * whose handler asks the platform's {@link Attachments} — and so the plugin's {@link AttachmentRules} — again at
 * download time, delete where the rules allow it, and the upload where they allow adding. The upload is a
 * {@link BoundedUpload} into a temporary file: the server cuts a request off after the rules' limit, the service
 * counts again while it reads the file, checks it by content and stores it in the database. Texts are the shell's
 * ({@code shell.attachment.*}, zh-CN and en). Element ids: {@code attachment-grid}, {@code attachment-<id>} (links,
 * class {@code attachment-link}), {@code attachment-delete-<id>}, {@code attachment-upload}; error notifications
 * {@code attachment-error}.
 *
 * <pre>{@code
 * add(new AttachmentsPanel(attachments, rules, AttachedTo.of("housing", "issue", issue.id()), this::reload));
 * }</pre>
 */
public class AttachmentsPanel extends VerticalLayout {

    private static final Steps STEPS = Steps.builder("attachment-error")
            .refusal(AttachmentRefusedException.class, e -> new Refusal(null, e.messageKey(), e.parameters()))
            .build();

    private final transient Attachments attachments;
    private final transient AttachmentRules rules;
    private final AttachedTo record;
    private final Runnable changed;

    /**
     * @param changed run after a file was added or deleted (the screen reloads; it may rebuild this panel)
     */
    public AttachmentsPanel(Attachments attachments, AttachmentRules rules, AttachedTo record, Runnable changed) {
        this.attachments = attachments;
        this.rules = rules;
        this.record = record;
        this.changed = changed;
        setId("attachments");
        addClassName("district-attachments");
        setPadding(false);
        add(new H3(getTranslation("shell.attachment.title")));
        List<Attachment> files = STEPS.call(this, () -> attachments.list(rules, record));
        if (files == null || files.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("shell.attachment.none"));
            none.addClassName("district-empty");
            add(none);
        } else {
            add(grid(files));
        }
        if (files != null && rules.mayAdd(record)) {
            add(upload());
        }
    }

    private Grid<Attachment> grid(List<Attachment> files) {
        Grid<Attachment> grid = new Grid<>();
        grid.setId("attachment-grid");
        grid.addComponentColumn(this::link).setHeader(getTranslation("shell.attachment.name")).setFlexGrow(3)
                .setAutoWidth(true);
        grid.addColumn(Attachment::kind).setHeader(getTranslation("shell.attachment.kind")).setAutoWidth(true);
        grid.addColumn(a -> size(a.sizeBytes())).setHeader(getTranslation("shell.attachment.size")).setAutoWidth(true);
        grid.addColumn(Attachment::uploaderName).setHeader(getTranslation("shell.attachment.uploader"))
                .setAutoWidth(true);
        grid.addColumn(a -> Dates.dateTime(a.uploadedAt(), getLocale()))
                .setHeader(getTranslation("shell.attachment.at")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            if (!rules.mayDelete(a)) {
                return new Span();
            }
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> delete(a));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            delete.setAriaLabel(getTranslation("shell.attachment.delete"));
            delete.setTooltipText(getTranslation("shell.attachment.delete"));
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
        Attachments service = attachments;
        AttachmentRules readRules = rules;
        DownloadHandler handler = event -> {
            // served without the session lock: take it, so that the rules see the signed-in user; they check the
            // read permission and the record's scope again — a copied link gives nothing to anyone else
            VaadinSession session = event.getSession();
            session.lock();
            try {
                Attachment file = service.find(readRules, id);
                event.getResponse().setHeader("Content-Disposition", FileName.contentDisposition(file.fileName()));
                event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                event.getResponse().setHeader("Cache-Control", "private, no-store");
                event.setContentType(file.mediaType());
                event.setContentLength(file.sizeBytes());
                try (OutputStream out = event.getOutputStream()) {
                    service.download(readRules, id, out);
                }
            } catch (AttachmentRefusedException | AccessDeniedException refused) {
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
        long max = Math.min(rules.maxBytes() <= 0 ? Attachments.MAX_BYTES : rules.maxBytes(), Attachments.MAX_BYTES);
        long megabytes = Math.max(1, max / BoundedUpload.MIB);
        // the limit is the server's: a larger request is cut off after max + 1 bytes, into a temporary file
        BoundedUpload handler = BoundedUpload.toTempFile(max, this::store)
                .whenTooLarge(name -> STEPS.error(getTranslation("shell.attachment.error.too-large",
                        FileName.clean(name), megabytes)));
        Upload upload = new Upload(handler);
        upload.setId("attachment-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        List<String> accepted = attachments.allowedExtensions();
        upload.setAcceptedFileTypes(accepted.toArray(String[]::new));
        upload.setI18n(i18n());
        upload.setDropLabel(new Span(getTranslation("shell.attachment.drop", megabytes)));
        upload.addFileRejectedListener(e -> STEPS.error(getTranslation("shell.attachment.error.rejected", megabytes,
                String.join(",", accepted))));
        return upload;
    }

    private void store(String name, Path file) {
        try {
            Attachment stored = STEPS.call(this, () -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return attachments.add(rules, record, name, in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (stored != null) {
                Steps.success(getTranslation("shell.attachment.stored", stored.fileName()));
                changed.run();
            }
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file; the OS's cleaning takes it
            }
        }
    }

    private void delete(Attachment a) {
        if (STEPS.run(this, () -> attachments.delete(rules, a.id()))) {
            Steps.success(getTranslation("shell.attachment.deleted", a.fileName()));
            changed.run();
        }
    }

    private UploadI18N i18n() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("shell.attachment.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("shell.attachment.drop-one")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("shell.attachment.too-big"))
                        .setIncorrectFileType(getTranslation("shell.attachment.wrong-type"))
                        .setTooManyFiles(getTranslation("shell.attachment.too-many")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("shell.attachment.connecting"))
                                .setStalled(getTranslation("shell.attachment.stalled"))
                                .setProcessing(getTranslation("shell.attachment.processing"))
                                .setHeld(getTranslation("shell.attachment.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("shell.attachment.remaining"))
                                .setUnknown(getTranslation("shell.attachment.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("shell.attachment.server-unavailable"))
                                .setUnexpectedServerError(getTranslation("shell.attachment.server-error"))
                                .setForbidden(getTranslation("shell.attachment.forbidden"))))
                .setUnits(List.of("B", "KB", "MB", "GB", "TB"));
    }

    /** A size as people read it: 512 B, 3.4 KB, 1.2 MB. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
