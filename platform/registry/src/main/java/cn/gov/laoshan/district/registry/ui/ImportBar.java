package cn.gov.laoshan.district.registry.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.registry.service.ImportReader;
import cn.gov.laoshan.district.uikit.BoundedUpload;

/**
 * The registry's file upload for an import (the enterprises on 市场主体库, the fact files on 事实导入): CSV or .xlsx of
 * at most {@value #MAX_FILE_MB} MB (the browser's check with the registry's words, and the server's,
 * {@link BoundedUpload}), the file kept in a temporary file, then imported in a second UI access (so that the upload's
 * request ends first) while a progress bar says how many rows were read, then that they are written; the temporary
 * file is deleted after. A denial or failure is said in a notification; what the import reported is the caller's.
 */
final class ImportBar {

    private static final Logger LOG = LoggerFactory.getLogger(ImportBar.class);

    /** The largest file: 100 MB, about 500,000 CSV rows (the import's row limit); the server cuts a larger upload. */
    static final int MAX_FILE_MB = (int) (ImportReader.MAX_FILE_BYTES / BoundedUpload.MIB);

    /** Imports an uploaded file (in the UI's lock, as the signed-in user), telling {@code progress} how it goes. */
    @FunctionalInterface
    interface Run {
        void run(String fileName, Path file, ImportFormat format, Progress progress) throws IOException;
    }

    private final Component owner;
    private final Run run;
    private final Upload upload;
    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();
    private final Div progress = new Div(text, bar);

    /**
     * @param id the upload's element id; the progress box is {@code <id>-progress}, its text {@code <id>-progress-text}
     */
    ImportBar(Component owner, String id, Run run) {
        this.owner = owner;
        this.run = run;
        bar.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidthFull();
        progress.setId(id + "-progress");
        text.setId(id + "-progress-text");
        upload = new Upload(BoundedUpload.toTempFile(ImportReader.MAX_FILE_BYTES, this::start).whenTooLarge(name -> {
            progress.setVisible(false);
            upload().clearFileList();
            notify(owner.getTranslation("registry.import.too-big", MAX_FILE_MB), NotificationVariant.LUMO_ERROR);
        }));
        upload.setId(id);
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFileSize(MAX_FILE_MB * 1024 * 1024);
        upload.setDropAllowed(false);
        // the browser refuses a wrong or too big file before sending it, with these texts (shown below)
        UploadI18N i18n = new UploadI18N();
        i18n.setError(new UploadI18N.Error().setIncorrectFileType(words("registry.import.wrong-type"))
                .setFileIsTooBig(owner.getTranslation("registry.import.too-big", MAX_FILE_MB))
                .setTooManyFiles(words("registry.import.one-file")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(words("registry.upload.connecting"))
                        .setStalled(words("registry.upload.stalled"))
                        .setProcessing(words("registry.upload.processing"))
                        .setHeld(words("registry.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(words("registry.upload.remaining"))
                        .setUnknown(words("registry.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(words("registry.upload.failed"))
                        .setUnexpectedServerError(words("registry.upload.failed"))
                        .setForbidden(words("registry.upload.failed"))));
        upload.setI18n(i18n);
        upload.setUploadButton(new Button(words("registry.action.import"), VaadinIcon.UPLOAD.create()));
        upload.addStartedListener(e -> show(words("registry.import.uploading")));
        upload.addFileRejectedListener(e -> {
            progress.setVisible(false);
            notify(e.getErrorMessage(), NotificationVariant.LUMO_ERROR);
        });
    }

    Upload upload() {
        return upload;
    }

    /** The progress bar and its text, hidden while no import runs. */
    Div progress() {
        return progress;
    }

    private String words(String key) {
        return owner.getTranslation(key);
    }

    /** In the UI lock after the upload: shows the progress, then imports in a second UI access. */
    private void start(String fileName, Path file) {
        UI ui = UI.getCurrent();
        show(owner.getTranslation("registry.import.reading", "0"));
        CompletableFuture.runAsync(() -> ui.access(() -> {
            try {
                importFile(fileName, file);
            } finally {
                progress.setVisible(false);
                upload.clearFileList();
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.debug("temporary upload {} not deleted", file);
                }
            }
        }));
    }

    private void importFile(String fileName, Path file) {
        ImportFormat format = ImportFormat.ofFileName(fileName);
        if (format == null) {
            notify(words("registry.import.wrong-type"), NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            run.run(fileName, file, format, new Progress());
        } catch (AccessDeniedException e) {
            notify(words("registry.denied"), NotificationVariant.LUMO_ERROR);
        } catch (IOException | RuntimeException e) {
            LOG.warn("import of {} failed", fileName, e);
            notify(words("registry.import.failed"), NotificationVariant.LUMO_ERROR);
        }
    }

    private void show(String line) {
        text.setText(line);
        progress.setVisible(true);
    }

    static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    /**
     * Shows the import's progress while it runs, for the registry's import and the kit's alike. The import runs in
     * this UI's lock on the thread that reads the file: each update is pushed at once, at most four times a second.
     */
    final class Progress implements cn.gov.laoshan.district.api.enterprise.ImportProgress,
            cn.gov.laoshan.district.api.imports.ImportProgress {
        private final UI ui = UI.getCurrent();
        private long shownAt;

        @Override
        public void rowsRead(int rows) {
            long now = System.nanoTime();
            if (now - shownAt >= 250_000_000L) {
                shownAt = now;
                push(owner.getTranslation("registry.import.reading", String.format(Locale.ROOT, "%,d", rows)));
            }
        }

        @Override
        public void writing() {
            push(words("registry.import.writing"));
        }

        private void push(String line) {
            show(line);
            if (ui != null && ui.getPushConfiguration().getPushMode().isEnabled()) {
                ui.push();
            }
        }
    }
}
