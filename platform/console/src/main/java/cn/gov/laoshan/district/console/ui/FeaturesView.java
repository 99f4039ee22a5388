package cn.gov.laoshan.district.console.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import cn.gov.laoshan.district.console.features.FeatureInfo;
import cn.gov.laoshan.district.console.features.FeatureService;
import cn.gov.laoshan.district.console.plugins.PluginManager;
import cn.gov.laoshan.district.uikit.BoundedUpload;

/**
 * The features of {@code features/} and the uploaded ones; install or remove one in one action, with a progress bar.
 * Each step runs inside {@code ui.access}, so that it is checked and audited as the signed-in administrator's, and
 * push shows the progress between the steps.
 */
public class FeaturesView extends VerticalLayout {

    private final FeatureService features;
    private final PluginManager plugins;
    private final Grid<FeatureInfo> grid = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final AtomicBoolean busy = new AtomicBoolean();

    /** The largest feature descriptor taken: 1 MB (they are a few KB). */
    private static final long MAX_FEATURE_BYTES = 1_000_000;

    @SuppressWarnings("deprecation")
    public FeaturesView(FeatureService features, PluginManager plugins) {
        this.features = features;
        this.plugins = plugins;
        setId("console-features");
        setSizeFull();
        add(new H3(getTranslation("console.screen.features")));
        HorizontalLayout toolbar = new HorizontalLayout(new Button(getTranslation("console.plugins.refresh"),
                VaadinIcon.REFRESH.create(), e -> refresh()));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (plugins.mayInstall()) {
            // the limit is the server's too: a larger request is cut off after 1 MB + 1 byte, never kept whole
            Upload upload = new Upload(BoundedUpload.inMemory(MAX_FEATURE_BYTES, (name, bytes) -> {
                try {
                    FeatureInfo f = features.upload(new ByteArrayInputStream(bytes));
                    Messages.done(this, "console.done.feature-uploaded", f.id());
                } catch (Exception ex) {
                    Messages.error(this, ex);
                }
                refresh();
            }).whenTooLarge(name -> Messages.error(this, new cn.gov.laoshan.district.console.plugins.ConsoleException(
                    "console.error.rejected", "larger than 1 MB", name + " > 1 MB"))));
            upload.setId("console-feature-upload");
            upload.setAcceptedFileTypes(".json");
            upload.setMaxFileSize((int) MAX_FEATURE_BYTES);
            UploadI18N i18n = new UploadI18N();
            i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("console.features.choose"))
                    .setMany(getTranslation("console.features.choose")));
            i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("console.features.upload"))
                    .setMany(getTranslation("console.features.upload")));
            upload.setI18n(i18n);
            upload.addSucceededListener(e -> upload.clearFileList());
            toolbar.add(upload);
        }
        add(toolbar);
        progress.setVisible(false);
        progress.setId("console-feature-progress");
        progressText.setId("console-feature-progress-text");
        add(progress, progressText);

        grid.addColumn(f -> english() ? f.nameEn() : f.nameZh()).setHeader(getTranslation("console.plugin.column-name"))
                .setFlexGrow(1);
        grid.addColumn(FeatureInfo::id).setHeader("ID").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> String.join(", ", f.plugins())).setHeader(getTranslation("console.features.plugins"))
                .setFlexGrow(2);
        grid.addColumn(f -> getTranslation(f.uploaded() ? "console.features.uploaded" : "console.features.directory"))
                .setHeader(getTranslation("console.features.source")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> getTranslation("console.features.installed-count", f.installed(), f.plugins().size()))
                .setHeader(getTranslation("console.plugin.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("console.plugin.actions")).setWidth("200px")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("console-feature-grid");
        add(grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private boolean english() {
        return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    private void refresh() {
        try {
            List<FeatureInfo> all = features.features();
            grid.setItems(query -> all.stream().skip(query.getOffset()).limit(query.getLimit()), query -> all.size());
        } catch (Exception e) {
            Messages.error(this, e);
        }
    }

    private Component actions(FeatureInfo feature) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (!plugins.mayInstall()) {
            return actions;
        }
        Button install = new Button(getTranslation("console.action.install"), VaadinIcon.DOWNLOAD.create(),
                e -> run(feature, true));
        install.setId("console-feature-install-" + feature.id());
        install.setEnabled(!feature.complete() || feature.plugins().isEmpty());
        Button remove = new Button(getTranslation("console.features.remove"), VaadinIcon.TRASH.create(),
                e -> run(feature, false));
        remove.setId("console-feature-remove-" + feature.id());
        remove.setEnabled(feature.installed() > 0);
        install.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        actions.add(install, remove);
        return actions;
    }

    /** Plans in this request (all checks first), then runs each step in its own {@code ui.access}. */
    private void run(FeatureInfo feature, boolean install) {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        List<FeatureService.Step> steps;
        try {
            steps = install ? features.planInstall(feature.id()) : features.planRemove(feature.id());
        } catch (Exception e) {
            busy.set(false);
            Messages.error(this, e);
            return;
        }
        UI ui = UI.getCurrent();
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(steps.size());
        progress.setValue(0);
        progressText.setText("");
        grid.setEnabled(false);
        Thread worker = new Thread(() -> {
            boolean ok = true;
            for (int i = 0; i < steps.size() && ok; i++) {
                FeatureService.Step step = steps.get(i);
                int done = i;
                CompletableFuture<Boolean> result = new CompletableFuture<>();
                ui.access(() -> {
                    progressText.setText(getTranslation(step.key(), step.argument()));
                    try {
                        step.run();
                        progress.setValue(done + 1);
                        result.complete(true);
                    } catch (Exception e) {
                        Messages.error(this, e);
                        result.complete(false);
                    }
                });
                try {
                    ok = result.get(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ok = false;
                } catch (ExecutionException | TimeoutException e) {
                    ok = false;
                }
            }
            boolean success = ok;
            ui.access(() -> {
                busy.set(false);
                grid.setEnabled(true);
                progress.setVisible(false);
                progressText.setText(getTranslation(success
                        ? (install ? "console.done.feature-installed" : "console.done.feature-removed")
                        : "console.features.stopped", feature.id()));
                refresh();
            });
        }, "console-feature-" + feature.id());
        worker.setDaemon(true);
        worker.start();
    }
}
