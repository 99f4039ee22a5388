package cn.gov.laoshan.district.console.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.console.plugins.PluginJar;
import cn.gov.laoshan.district.uikit.BoundedUpload;

/** The upload of a plugin jar (the plugins screen's and the approved catalogue's), in the host's language. */
final class JarUpload {

    private JarUpload() {
    }

    /**
     * An upload of one jar of at most 50 MB — a limit the server enforces too: a larger request is cut off, never
     * kept — handed to {@code uploaded} as a temporary file (which it deletes).
     */
    @SuppressWarnings("deprecation")
    static Upload create(Component host, String id, String dropLabelKey, Consumer<Path> uploaded) {
        Upload upload = new Upload(BoundedUpload.toTempFile(PluginJar.MAX_SIZE, (name, file) -> uploaded.accept(file))
                .whenTooLarge(name -> Messages.error(host, new ConsoleException("console.error.too-large",
                        "the file is larger than 50 MB", PluginJar.MAX_SIZE / 1024 / 1024))));
        upload.setId(id);
        upload.setAcceptedFileTypes(".jar");
        upload.setMaxFileSize((int) PluginJar.MAX_SIZE);
        upload.setDropLabel(new Span(host.getTranslation(dropLabelKey)));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(host.getTranslation("console.plugins.choose"))
                .setMany(host.getTranslation("console.plugins.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(host.getTranslation("console.plugins.upload"))
                .setMany(host.getTranslation("console.plugins.upload")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(host.getTranslation("console.error.too-large", 50))
                .setIncorrectFileType(host.getTranslation("console.error.not-a-jar"))
                .setTooManyFiles(host.getTranslation("console.error.not-a-jar")));
        upload.setI18n(i18n);
        upload.addSucceededListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> Messages.error(host, new ConsoleException("console.error.rejected",
                e.getErrorMessage(), e.getErrorMessage())));
        return upload;
    }
}
