package cn.gov.laoshan.district.console.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.console.catalogue.ApprovedCatalogue;
import cn.gov.laoshan.district.console.catalogue.ApprovedCatalogue.Listing;
import cn.gov.laoshan.district.console.catalogue.CatalogueEntry;
import cn.gov.laoshan.district.console.plugins.PluginInfo;

/**
 * The approved catalogue (插件目录): for a department's administrator, the approved versions of their department's
 * plugins, to install, update or roll back in one action; for a platform administrator, every entry, the upload of
 * a jar to review and approve, and withdrawing an approval. What the user may not do is not offered, and the service
 * checks again.
 */
public class CatalogueView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final ApprovedCatalogue catalogue;
    private final Grid<Listing> grid = new Grid<>();

    public CatalogueView(ApprovedCatalogue catalogue) {
        this.catalogue = catalogue;
        setId("console-catalogue");
        setSizeFull();
        add(new H3(getTranslation("console.screen.catalogue")));
        add(new Paragraph(getTranslation(catalogue.mayApprove() ? "console.catalogue.hint-admin"
                : "console.catalogue.hint-department")));
        HorizontalLayout toolbar = new HorizontalLayout(new Button(getTranslation("console.plugins.refresh"),
                VaadinIcon.REFRESH.create(), e -> refresh()));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (catalogue.mayApprove()) {
            toolbar.add(JarUpload.create(this, "console-catalogue-upload", "console.catalogue.upload", this::uploaded));
        }
        add(toolbar);

        grid.addComponentColumn(this::plugin).setHeader(getTranslation("console.plugin.column-name") + " · "
                + getTranslation("console.plugin.version")).setWidth("14em").setFlexGrow(1);
        grid.addColumn(this::department).setHeader(getTranslation("console.plugin.department")).setWidth("8em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader(getTranslation("console.catalogue.status")).setWidth("11em")
                .setFlexGrow(0);
        grid.addComponentColumn(l -> ApprovalDialog.signature(this, l.signature()))
                .setHeader(getTranslation("console.catalogue.signature")).setWidth("9em").setFlexGrow(0);
        grid.addColumn(l -> l.entry().releaseNotes()).setHeader(getTranslation("console.catalogue.notes"))
                .setWidth("10em").setFlexGrow(2);
        grid.addComponentColumn(this::approval).setHeader(getTranslation("console.catalogue.approval"))
                .setWidth("10.5em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("console.plugin.actions")).setWidth("250px")
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("console-catalogue-grid");
        add(grid);
        setFlexGrow(1, grid);
        refresh();
        if (catalogue.mayApprove()) {
            // the repositories below the entries: the page scrolls, the entries' grid keeps a height of its own
            setSizeUndefined();
            setWidthFull();
            grid.setHeight("24em");
            add(new RepositoriesPanel(catalogue, this::reviewCandidate));
        }
    }

    private void refresh() {
        try {
            grid.setItems(catalogue.listings());
        } catch (RuntimeException e) {
            Messages.error(this, e);
        }
    }

    private static String key(CatalogueEntry entry) {
        String bsn = entry.symbolicName();
        return bsn.substring(bsn.lastIndexOf('.') + 1) + "-" + entry.version().replace('.', '-');
    }

    /** The plugin's name when it is installed (the symbolic name before), the version and symbolic name below. */
    private Component plugin(Listing listing) {
        PluginInfo installed = listing.installed();
        String name = installed == null ? listing.entry().symbolicName() : localized(installed.nameZh(),
                installed.nameEn());
        Span below = new Span(listing.entry().version() + (installed == null ? "" : " · "
                + listing.entry().symbolicName()));
        below.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)").set("word-break", "break-all");
        Span title = new Span(name);
        title.getStyle().set("word-break", "break-all");
        return new Div(title, below);
    }

    /** The department's name when the installed plugin is of it, else its code. */
    private String department(Listing listing) {
        PluginInfo installed = listing.installed();
        return installed != null && installed.departmentCode().equals(listing.entry().departmentCode())
                ? localized(installed.departmentZh(), installed.departmentEn()) : listing.entry().departmentCode();
    }

    private Component approval(Listing listing) {
        Span when = new Span(WHEN.format(listing.entry().approvedAt()));
        when.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return new Div(new Span(listing.entry().approvedBy()), when);
    }

    private Component status(Listing listing) {
        Div cell = new Div();
        Span offer = new Span(getTranslation("console.catalogue.offer." + listing.offer(),
                listing.installedVersion() == null ? "" : listing.installedVersion()));
        offer.getElement().getThemeList().add(switch (listing.offer()) {
            case UPDATE -> "badge primary";
            case INSTALLED -> "badge success";
            case WITHDRAWN -> "badge error";
            default -> "badge contrast";
        });
        cell.add(offer);
        if (!listing.resolves()) {
            Span refusal = new Span(getTranslation(listing.refusal().key(), listing.refusal().args()));
            refusal.addClassName("district-catalogue-unresolved");
            refusal.getStyle().set("display", "block").set("color", "var(--lumo-error-text-color)");
            cell.add(refusal);
        }
        return cell;
    }

    private Component actions(Listing listing) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        CatalogueEntry entry = listing.entry();
        if (listing.offer() == ApprovedCatalogue.Offer.INSTALL || listing.offer() == ApprovedCatalogue.Offer.UPDATE) {
            boolean update = listing.offer() == ApprovedCatalogue.Offer.UPDATE;
            Button install = new Button(getTranslation(update ? "console.action.update" : "console.action.install"),
                    VaadinIcon.DOWNLOAD.create(), e -> act(() -> {
                        PluginInfo info = catalogue.install(entry.sha256());
                        Messages.done(this, update ? "console.done.updated" : "console.done.installed", info.id(),
                                info.version());
                    }));
            install.setId("console-catalogue-install-" + key(entry));
            install.setEnabled(listing.resolves());
            install.setDisableOnClick(true);
            install.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(install);
        }
        if (listing.rollback() != null) {
            Button rollBack = new Button(getTranslation("console.action.rollback"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> act(() -> {
                        PluginInfo info = catalogue.rollBack(entry.symbolicName());
                        Messages.done(this, "console.done.rolled-back", info.id(), info.version());
                    }));
            rollBack.setId("console-catalogue-rollback-" + key(entry));
            rollBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            if (listing.rollback().allowed()) {
                rollBack.setTooltipText(getTranslation("console.catalogue.rollback.to",
                        listing.rollback().target().version()));
            } else {
                rollBack.setEnabled(false);
                rollBack.setTooltipText(getTranslation(listing.rollback().refusalKey(),
                        listing.rollback().refusalArgs().toArray()));
            }
            actions.add(rollBack);
        }
        if (catalogue.mayApprove() && !entry.withdrawn()) {
            Button withdraw = new Button(getTranslation("console.action.withdraw"), VaadinIcon.BAN.create(),
                    e -> act(() -> {
                        catalogue.withdraw(entry.sha256());
                        Messages.done(this, "console.done.withdrawn", entry.symbolicName(), entry.version());
                    }));
            withdraw.setId("console-catalogue-withdraw-" + key(entry));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        return actions;
    }

    /** An entry's SHA-256, requirements and migrations in full (a click on the row). */
    private Component details(Listing listing) {
        CatalogueEntry entry = listing.entry();
        Div box = new Div();
        box.add(new Paragraph("SHA-256: " + entry.sha256()));
        box.add(new Paragraph(getTranslation("console.catalogue.source") + getTranslation("console.punct.colon")
                + (entry.source() == null || ApprovedCatalogue.UPLOAD.equals(entry.source())
                        ? getTranslation("console.catalogue.source.upload") : entry.source())));
        box.add(new Paragraph(getTranslation("console.dry.requirements") + getTranslation("console.punct.colon")
                + String.join("; ", entry.requirements())));
        box.add(new Paragraph(getTranslation("console.dry.migrations") + getTranslation("console.punct.colon")
                + (entry.migrations().isEmpty() ? getTranslation("console.dry.no-migrations")
                        : String.join(", ", entry.migrations()))));
        if (entry.withdrawn()) {
            box.add(new Paragraph(getTranslation("console.catalogue.withdrawn-by", entry.withdrawnBy(),
                    WHEN.format(entry.withdrawnAt()))));
        }
        return box;
    }

    private interface Action {
        void run() throws Exception;
    }

    private void act(Action action) {
        try {
            action.run();
        } catch (Exception e) {
            Messages.error(this, e);
        }
        refresh();
    }

    /** Stages a repository's candidate and shows its review, as for an upload. */
    private void reviewCandidate(cn.gov.laoshan.district.console.catalogue.PluginRepositories.Candidate candidate) {
        Path staged;
        try {
            staged = catalogue.stageCandidate(candidate);
        } catch (Exception e) {
            Messages.error(this, e);
            return;
        }
        try {
            ApprovedCatalogue.Review review = catalogue.review(staged, candidate.source());
            new ApprovalDialog(catalogue, staged, review, this::refresh).open();
        } catch (Exception e) {
            catalogue.discard(staged);
            Messages.error(this, e);
        }
    }

    /** Stages the uploaded jar (a temporary file, deleted here) and shows its review. */
    private void uploaded(Path file) {
        Path staged;
        ApprovedCatalogue.Review review;
        try (var in = Files.newInputStream(file)) {
            staged = catalogue.stage(in);
        } catch (Exception e) {
            Messages.error(this, e);
            return;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (java.io.IOException e) {
                LoggerFactory.getLogger(CatalogueView.class).debug("temporary upload {} not deleted", file);
            }
        }
        try {
            review = catalogue.review(staged);
        } catch (Exception e) {
            catalogue.discard(staged);
            Messages.error(this, e);
            return;
        }
        new ApprovalDialog(catalogue, staged, review, this::refresh).open();
    }

    private String localized(String zh, String en) {
        return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage()) ? en : zh;
    }
}
