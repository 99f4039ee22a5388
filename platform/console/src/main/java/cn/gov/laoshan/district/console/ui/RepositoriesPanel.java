package cn.gov.laoshan.district.console.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.console.catalogue.ApprovedCatalogue;
import cn.gov.laoshan.district.console.catalogue.PluginRepositories;
import cn.gov.laoshan.district.console.catalogue.PluginRepositories.Candidate;
import cn.gov.laoshan.district.console.catalogue.PluginRepositories.Kind;
import cn.gov.laoshan.district.console.catalogue.PluginRepositories.Repository;

/**
 * The catalogue's sources (platform administrators, on 插件目录): the registered repositories (a directory on the
 * server, a Maven repository URL with its plugins), a form to register one, and what they offer now — each candidate
 * jar with its version, source, signature and dry run verdict, to review and approve as an upload is; what could
 * not be read is listed with the reason. Repositories are read when asked (读取仓库), not at every visit: a Maven
 * repository may be slow.
 */
final class RepositoriesPanel extends VerticalLayout {

    private final PluginRepositories repositories;
    private final Grid<Repository> registered = new Grid<>();
    private final Grid<Candidate> candidates = new Grid<>();
    private final UnorderedList problems = new UnorderedList();

    RepositoriesPanel(ApprovedCatalogue catalogue, Consumer<Candidate> review) {
        this.repositories = catalogue.repositories();
        setId("console-repositories");
        setPadding(false);
        add(new H4(getTranslation("console.repository.title")));
        add(new Paragraph(getTranslation("console.repository.hint")));

        Select<Kind> kind = new Select<>();
        kind.setId("console-repository-kind");
        kind.setLabel(getTranslation("console.repository.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("console.repository.kind." + k));
        kind.setValue(Kind.DIRECTORY);
        TextField location = new TextField(getTranslation("console.repository.location"));
        location.setId("console-repository-location");
        location.setWidth("28em");
        TextArea artifacts = new TextArea(getTranslation("console.repository.artifacts"));
        artifacts.setId("console-repository-artifacts");
        artifacts.setWidth("24em");
        artifacts.setVisible(false);
        kind.addValueChangeListener(e -> artifacts.setVisible(e.getValue() == Kind.MAVEN));
        Button add = new Button(getTranslation("console.repository.add"), VaadinIcon.PLUS.create(), e -> {
            try {
                Repository added = repositories.add(kind.getValue(), location.getValue(), artifacts.getValue());
                Messages.done(this, "console.repository.added", added.location());
                location.clear();
                artifacts.clear();
                refresh();
            } catch (Exception failed) {
                Messages.error(this, failed);
            }
        });
        add.setId("console-repository-add");
        HorizontalLayout form = new HorizontalLayout(kind, location, artifacts, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form);

        registered.setId("console-repositories-grid");
        registered.addColumn(r -> getTranslation("console.repository.kind." + r.kind()))
                .setHeader(getTranslation("console.repository.kind")).setWidth("9em").setFlexGrow(0);
        registered.addColumn(r -> r.location() + (r.artifacts().isEmpty() ? "" : " · " + String.join(", ",
                r.artifacts()))).setHeader(getTranslation("console.repository.location")).setFlexGrow(1);
        registered.addComponentColumn(r -> {
            Button remove = new Button(getTranslation("console.repository.remove"), VaadinIcon.TRASH.create(), e -> {
                try {
                    repositories.remove(r.id());
                    Messages.done(this, "console.repository.removed", r.location());
                } catch (Exception failed) {
                    Messages.error(this, failed);
                }
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setWidth("8em").setFlexGrow(0);
        registered.setAllRowsVisible(true);
        registered.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(registered);

        Button read = new Button(getTranslation("console.repository.read"), VaadinIcon.REFRESH.create(),
                e -> readRepositories());
        read.setId("console-repository-read");
        add(new HorizontalLayout(new H4(getTranslation("console.repository.candidates")), read));
        problems.setId("console-repository-problems");
        add(problems);

        candidates.setId("console-repository-candidates");
        candidates.addComponentColumn(this::plugin).setHeader(getTranslation("console.plugin.column-name") + " · "
                + getTranslation("console.plugin.version")).setWidth("14em").setFlexGrow(1);
        candidates.addColumn(Candidate::department).setHeader(getTranslation("console.plugin.department"))
                .setWidth("8em").setFlexGrow(0);
        candidates.addColumn(Candidate::source).setHeader(getTranslation("console.catalogue.source")).setFlexGrow(2);
        candidates.addComponentColumn(c -> ApprovalDialog.signature(this, c.signature()))
                .setHeader(getTranslation("console.catalogue.signature")).setWidth("10em").setFlexGrow(0);
        candidates.addComponentColumn(c -> status(c)).setHeader(getTranslation("console.catalogue.status"))
                .setWidth("12em").setFlexGrow(0);
        candidates.addComponentColumn(c -> {
            Button button = new Button(getTranslation("console.repository.review"), VaadinIcon.SEARCH.create(),
                    e -> review.accept(c));
            button.setId("console-repository-review-" + c.sha256().substring(0, 12));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            button.setEnabled(c.approvable());
            return button;
        }).setWidth("8em").setFlexGrow(0).setFrozenToEnd(true);
        candidates.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        candidates.setAllRowsVisible(true);
        candidates.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        add(candidates);
        refresh();
    }

    private void refresh() {
        try {
            registered.setItems(repositories.repositories());
        } catch (RuntimeException e) {
            Messages.error(this, e);
        }
    }

    private void readRepositories() {
        try {
            PluginRepositories.Reading reading = repositories.read();
            candidates.setItems(reading.candidates());
            problems.removeAll();
            reading.problems().forEach(p -> {
                ListItem item = new ListItem(getTranslation("console.repository.problem", p.source(),
                        getTranslation(p.reason().key(), p.reason().args())));
                item.getStyle().set("color", "var(--lumo-error-text-color)");
                problems.add(item);
            });
        } catch (RuntimeException e) {
            Messages.error(this, e);
        }
    }

    /** A candidate's SHA-256, requirements, migrations and release notes in full (a click on the row). */
    private Component details(Candidate candidate) {
        Div box = new Div();
        box.add(new Paragraph("SHA-256: " + candidate.sha256()));
        if (candidate.dryRun() != null) {
            box.add(new Paragraph(getTranslation("console.dry.requirements") + getTranslation("console.punct.colon")
                    + String.join("; ", candidate.dryRun().requirements().stream().filter(r -> !r.optional())
                            .map(r -> r.description()).toList())));
            box.add(new Paragraph(getTranslation("console.dry.migrations") + getTranslation("console.punct.colon")
                    + (candidate.dryRun().jar().migrations().isEmpty() ? getTranslation("console.dry.no-migrations")
                            : String.join(", ", candidate.dryRun().jar().migrations()))));
            String notes = candidate.dryRun().jar().releaseNotes();
            if (!notes.isEmpty()) {
                box.add(new Paragraph(getTranslation("console.catalogue.notes") + getTranslation("console.punct.colon")
                        + notes));
            }
        }
        return box;
    }

    private Component plugin(Candidate candidate) {
        String name = candidate.dryRun() == null ? candidate.source().substring(candidate.source().lastIndexOf('/') + 1)
                : candidate.dryRun().jar().symbolicName();
        Span below = new Span((candidate.dryRun() == null ? "" : candidate.dryRun().jar().version() + " · ")
                + "SHA-256 " + candidate.sha256().substring(0, 12) + "…");
        below.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        Span title = new Span(name);
        title.getStyle().set("word-break", "break-all");
        return new Div(title, below);
    }

    private Component status(Candidate candidate) {
        Span status;
        if (candidate.refusal() != null) {
            status = new Span(getTranslation(candidate.refusal().key(), candidate.refusal().args()));
            status.getStyle().set("color", "var(--lumo-error-text-color)");
        } else if (candidate.entry().isPresent() && !candidate.entry().get().withdrawn()) {
            status = new Span(getTranslation("console.repository.approved"));
            status.getElement().getThemeList().add("badge success");
        } else if (!candidate.dryRun().resolves()) {
            status = new Span(getTranslation("console.catalogue.unresolved", String.join("; ", candidate.dryRun()
                    .missing().stream().map(r -> r.description()).toList())));
            status.getStyle().set("color", "var(--lumo-error-text-color)");
        } else {
            status = new Span(getTranslation("console.repository.approvable"));
            status.getElement().getThemeList().add("badge contrast");
        }
        return status;
    }
}
