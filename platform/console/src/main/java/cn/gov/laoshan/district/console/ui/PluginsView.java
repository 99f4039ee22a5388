package cn.gov.laoshan.district.console.ui;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gov.laoshan.district.console.catalogue.ApprovedCatalogue;
import cn.gov.laoshan.district.console.plugins.DryRun;
import cn.gov.laoshan.district.console.plugins.InstallProblems;
import cn.gov.laoshan.district.console.plugins.PluginInfo;
import cn.gov.laoshan.district.console.plugins.PluginCluster;
import cn.gov.laoshan.district.console.plugins.PluginManager;

/**
 * Every installed plugin with its state and health; upload a jar to install or update it (after a dry run), start,
 * stop, uninstall. What the user may not do is not offered, and the service checks again.
 */
public class PluginsView extends VerticalLayout {

    private final PluginManager manager;
    /** The approved catalogue, for the mark "a newer approved version exists". */
    private final ApprovedCatalogue catalogue;
    private final Grid<PluginInfo> grid = new Grid<>();
    private final TextField filter = new TextField();
    /** Files of deploy/, plugins/ or a feature that do not run, with the reason (shown only when there are some). */
    private final Div problems = new Div();
    /** What each node runs of each plugin (several nodes on one database), read once per listing. */
    private java.util.Map<String, List<PluginCluster.NodeState>> nodes = java.util.Map.of();

    @SuppressWarnings("deprecation")
    public PluginsView(PluginManager manager, ApprovedCatalogue catalogue) {
        this.manager = manager;
        this.catalogue = catalogue;
        setId("console-plugins");
        setSizeFull();
        add(new H3(getTranslation("console.screen.plugins")));

        filter.setPlaceholder(getTranslation("console.plugins.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button refresh = new Button(getTranslation("console.plugins.refresh"), VaadinIcon.REFRESH.create(), e -> {
            grid.getDataProvider().refreshAll();
            showProblems();
        });
        HorizontalLayout toolbar = new HorizontalLayout(filter, refresh);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (manager.mayInstall()) {
            toolbar.add(JarUpload.create(this, "console-upload", "console.plugins.upload", this::uploaded));
        }
        add(toolbar);
        problems.setId("console-install-problems");
        add(problems);
        showProblems();

        // the version under the name: as a column of its own (0.1.0.202612070151) it left name and department 100 px
        // at 1280, cut to "Constr…"
        grid.addComponentColumn(p -> {
            com.vaadin.flow.component.html.Span version = new com.vaadin.flow.component.html.Span(p.version());
            version.addClassName("district-plugin-version");
            version.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div(
                    new com.vaadin.flow.component.html.Span(localized(p.nameZh(), p.nameEn())), version);
            catalogue.newerApproved(p).ifPresent(newer -> {
                Span mark = new Span(getTranslation("console.catalogue.newer", newer.version()));
                mark.getElement().getThemeList().add("badge primary small");
                mark.addClassName("district-plugin-newer");
                mark.getElement().setAttribute("data-plugin", p.id());
                cell.add(mark);
            });
            return cell;
        }).setHeader(getTranslation("console.plugin.column-name") + " · " + getTranslation("console.plugin.version"))
                .setKey("name").setComparator(p -> localized(p.nameZh(), p.nameEn())).setSortable(true)
                .setWidth("11em").setFlexGrow(1);
        grid.addColumn(p -> p.library() ? getTranslation("console.plugin.library")
                : localized(p.departmentZh(), p.departmentEn()))
                .setHeader(getTranslation("console.plugin.department")).setKey("department").setSortable(true)
                .setWidth("11em").setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(getTranslation("console.plugin.state")).setKey("state")
                .setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::nodes).setHeader(getTranslation("console.plugin.nodes")).setKey("nodes")
                .setAutoWidth(true);
        // routes and permissions are long lists of long names: counted here, listed in full in the row's details
        // (a click on the row); squeezed into columns they were cut ("housin…") at 1280 px
        grid.addColumn(p -> getTranslation("console.plugin.screens-count", p.routes().size()))
                .setHeader(getTranslation("console.plugin.screens")).setKey("screens").setAutoWidth(true);
        grid.addColumn(p -> getTranslation("console.plugin.permissions-count", p.permissions().size()))
                .setHeader(getTranslation("console.plugin.permissions")).setKey("permissions").setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.addColumn(p -> p.schemaVersion().isEmpty() ? "—" : "V" + p.schemaVersion())
                .setHeader(getTranslation("console.plugin.schema")).setKey("schema").setAutoWidth(true);
        grid.addColumn(p -> p.problem() == null ? "" : p.problem()).setHeader(getTranslation("console.plugin.health"))
                .setKey("health").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("console.plugin.actions")).setWidth("190px")
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("console-plugin-grid");
        grid.setItems(DataProvider.fromCallbacks(
                query -> {
                    nodes = manager.nodeStates().stream().collect(java.util.stream.Collectors.groupingBy(
                            PluginCluster.NodeState::symbolicName));
                    return sorted(matching(), query.getSortOrders()).skip(query.getOffset()).limit(query.getLimit());
                },
                query -> (int) matching().count()));
        add(grid);
        setFlexGrow(1, grid);
    }

    /**
     * Each node's state of the plugin: how many of the nodes that follow it run it, and which node failed and why
     * (every node's state and version in the tooltip).
     */
    private Span nodes(PluginInfo plugin) {
        List<PluginCluster.NodeState> states = nodes.getOrDefault(plugin.symbolicName(), List.of());
        Span cell = new Span();
        cell.addClassName("district-plugin-nodes");
        cell.getElement().setAttribute("data-plugin", plugin.id());
        if (states.isEmpty()) {
            cell.setText("—");
            return cell;
        }
        long running = states.stream().filter(s -> "ACTIVE".equals(s.state())).count();
        StringBuilder text = new StringBuilder(getTranslation("console.plugin.nodes-running", running, states.size()));
        for (PluginCluster.NodeState state : states) {
            if (state.convergence() == PluginCluster.Convergence.FAILED) {
                text.append("; ").append(getTranslation("console.plugin.node-failed", state.node(), state.error()));
            }
        }
        cell.setText(text.toString());
        cell.getElement().setAttribute("title", String.join("\n", states.stream().map(s -> s.node() + ": " + s.state()
                + (s.version() == null ? "" : " " + s.version())).toList()));
        return cell;
    }

    private void showProblems() {
        problems.removeAll();
        var list = manager.installProblems();
        problems.setVisible(!list.isEmpty());
        if (list.isEmpty()) {
            return;
        }
        UnorderedList items = new UnorderedList();
        for (var problem : list) {
            ListItem item = new ListItem(new Span(problem.file()), new Span(" — " + said(problem.said())));
            item.getElement().setAttribute("data-file", problem.file());
            items.add(item);
        }
        problems.add(new H4(getTranslation("console.plugins.problems")),
                new Paragraph(getTranslation("console.plugins.problems-hint")), items);
        problems.getStyle().set("border-left", "4px solid var(--lumo-error-color)").set("padding-left", "1em");
    }

    /** A problem's sentences in the user's language (a parameter that is a sentence itself translated first). */
    private String said(List<InstallProblems.Said> sentences) {
        StringBuilder text = new StringBuilder();
        for (InstallProblems.Said said : sentences) {
            Object[] args = java.util.Arrays.stream(said.args())
                    .map(a -> a instanceof InstallProblems.Said inner ? said(List.of(inner)) : a).toArray();
            if (!text.isEmpty() && english()) {
                text.append(' ');
            }
            text.append(getTranslation(said.key(), args));
        }
        return text.toString();
    }

    private boolean english() {
        return Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
    }

    private String localized(String zh, String en) {
        return english() ? en : zh;
    }

    private Stream<PluginInfo> matching() {
        String text = filter.getValue() == null ? "" : filter.getValue().trim().toLowerCase(Locale.ROOT);
        return manager.plugins().stream().filter(p -> text.isEmpty()
                || (p.id() + " " + p.nameZh() + " " + p.nameEn() + " " + p.symbolicName() + " " + p.departmentZh())
                        .toLowerCase(Locale.ROOT).contains(text));
    }

    private Stream<PluginInfo> sorted(Stream<PluginInfo> plugins, List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return plugins;
        }
        QuerySortOrder order = orders.get(0);
        Comparator<PluginInfo> comparator = switch (order.getSorted()) {
            case "department" -> Comparator.comparing(p -> localized(p.departmentZh(), p.departmentEn()));
            case "state" -> Comparator.comparing(PluginInfo::state);
            default -> Comparator.comparing(p -> localized(p.nameZh(), p.nameEn()));
        };
        return plugins.sorted(order.getDirection() == SortDirection.DESCENDING ? comparator.reversed() : comparator);
    }

    private Component state(PluginInfo plugin) {
        Span badge = new Span(getTranslation("console.state." + plugin.state()));
        badge.getElement().getThemeList().add("badge");
        switch (plugin.state()) {
            case "ACTIVE" -> badge.getElement().getThemeList().add("success");
            case "FAILED", "INSTALLED" -> badge.getElement().getThemeList().add("error");
            default -> badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }

    private Component actions(PluginInfo plugin) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (manager.mayOperate(plugin)) {
            boolean running = !"STOPPED".equals(plugin.state()) && !"INSTALLED".equals(plugin.state());
            Button toggle = running
                    ? new Button(getTranslation("console.action.stop"), VaadinIcon.STOP.create(), e -> act(() -> {
                        manager.stop(plugin.bundleId());
                        Messages.done(this, "console.done.stopped", plugin.id());
                    }))
                    : new Button(getTranslation("console.action.start"), VaadinIcon.PLAY.create(), e -> act(() -> {
                        manager.start(plugin.bundleId());
                        Messages.done(this, "console.done.started", plugin.id());
                    }));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            toggle.setId("console-toggle-" + plugin.id());
            actions.add(toggle);
        }
        if (manager.mayInstall() && !"deploy".equals(plugin.managedBy())) {
            Button remove = new Button(getTranslation("console.action.uninstall"), VaadinIcon.TRASH.create(),
                    e -> confirmUninstall(plugin));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setId("console-uninstall-" + plugin.id());
            actions.add(remove);
        }
        return actions;
    }

    private interface Action {
        void run() throws Exception;
    }

    /** Runs an action, reports its failure, shows the plugins as they are now; whether it succeeded. */
    private boolean act(Action action) {
        boolean done = false;
        try {
            action.run();
            done = true;
        } catch (Exception e) {
            Messages.error(this, e);
        }
        grid.getDataProvider().refreshAll();
        return done;
    }

    @SuppressWarnings("deprecation")
    /** Stages the uploaded jar (a temporary file of at most 50 MB, deleted here) and shows its dry run. */
    private void uploaded(Path file) {
        Path staged;
        DryRun dry;
        try (var in = java.nio.file.Files.newInputStream(file)) {
            staged = manager.stage(in);
        } catch (Exception e) {
            Messages.error(this, e);
            return;
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(PluginsView.class).debug("temporary upload {} not deleted", file);
            }
        }
        try {
            dry = manager.dryRun(staged);
        } catch (Exception e) {
            manager.discard(staged);
            Messages.error(this, e);
            return;
        }
        showDryRun(staged, dry);
    }

    private void showDryRun(Path staged, DryRun dry) {
        new DryRunDialog(manager, staged, dry, () -> act(() -> {
            PluginInfo info = manager.installOrUpdate(staged);
            Messages.done(this, dry.isUpdate() ? "console.done.updated" : "console.done.installed", info.id(),
                    info.version());
        })).open();
    }

    private void confirmUninstall(PluginInfo plugin) {
        new UninstallDialog(plugin, localized(plugin.nameZh(), plugin.nameEn()), (drop, typedId) -> act(() -> {
            manager.uninstall(plugin.bundleId(), drop, typedId);
            Messages.done(this, drop ? "console.done.uninstalled-dropped" : "console.done.uninstalled-kept", plugin.id());
        })).open();
    }

    /** A plugin's screens and permissions in full, wrapping across the row (its details). */
    private com.vaadin.flow.component.html.Div details(PluginInfo p) {
        com.vaadin.flow.component.html.Div box = new com.vaadin.flow.component.html.Div();
        box.addClassName("district-plugin-details");
        box.add(lines("console.plugin.screens", p.routes()), lines("console.plugin.permissions", p.permissions()));
        return box;
    }

    private com.vaadin.flow.component.html.Div lines(String titleKey, java.util.List<String> values) {
        com.vaadin.flow.component.html.Div line = new com.vaadin.flow.component.html.Div();
        line.addClassName("district-lines");
        com.vaadin.flow.component.html.Span title = new com.vaadin.flow.component.html.Span(getTranslation(titleKey)
                + getTranslation("console.punct.colon"));
        title.getStyle().set("font-weight", "600");
        line.add(title);
        values.forEach(v -> {
            com.vaadin.flow.component.html.Span value = new com.vaadin.flow.component.html.Span(v);
            value.getElement().getThemeList().add("badge contrast");
            value.getStyle().set("margin", "0 var(--lumo-space-xs) var(--lumo-space-xs) 0");
            line.add(value);
        });
        return line;
    }
}
