package cn.gov.laoshan.district.console.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.console.config.ConfigForm;
import cn.gov.laoshan.district.console.config.ConfigForm.Field;
import cn.gov.laoshan.district.console.config.ConfigService;
import cn.gov.laoshan.district.console.config.ConfigValidationException;
import cn.gov.laoshan.district.console.config.Configurable;
import cn.gov.laoshan.district.console.plugins.ConsoleException;

/**
 * Every configurable service and plugin, grouped by department and plugin; the form of the selected one is
 * generated from its Metatype description. Secrets are write-only. A configuration changed elsewhere (its
 * {@code .cfg} file edited, another admin) refreshes the open form with a notice.
 */
public class ConfigurationView extends VerticalLayout {

    private final ConfigService service;
    private final Grid<Configurable> list = new Grid<>();
    private final Checkbox advanced = new Checkbox();
    private final VerticalLayout panel = new VerticalLayout();
    private final Map<String, Editor> editors = new LinkedHashMap<>();
    private final boolean mayManage;
    private ConfigForm form;
    private Runnable unlisten;

    /** One generated field: its component, how its input is read, and how an error is shown. */
    private record Editor(Field field, Component component, Supplier<List<String>> input, HasValidation validation,
            Checkbox clear) {
    }

    public ConfigurationView(ConfigService service) {
        this.service = service;
        setId("console-configuration");
        setSizeFull();
        this.mayManage = mayManage();
        add(new H3(getTranslation("console.screen.configuration")));
        list.setId("console-config-list");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // the OSGi framework's own services (Apache Felix …) are for specialists: shown on request, by readable names
        advanced.setLabel(getTranslation("console.config.advanced"));
        advanced.setId("console-config-advanced");
        advanced.addValueChangeListener(e -> refreshList());
        add(advanced);
        list.addColumn(LitRenderer.<Configurable>of("<div style='white-space:normal;line-height:1.35'>"
                + "<div>${item.name}</div><div style='font-size:var(--lumo-font-size-s);"
                + "color:var(--lumo-secondary-text-color)'>${item.group}</div></div>")
                .withProperty("name", this::name).withProperty("group", this::group))
                .setHeader(getTranslation("console.config.name")).setFlexGrow(1)
                .setComparator(c -> group(c) + " " + c.name()).setSortable(true);
        list.addColumn(c -> getTranslation(c.factory() ? "console.config.factory"
                : c.configured() ? "console.config.configured" : "console.config.defaults"))
                .setHeader(getTranslation("console.config.state")).setAutoWidth(true).setFlexGrow(0);
        list.setWidth("36%");
        list.setHeightFull();
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(c -> open(c.pid())));
        panel.setId("console-config-form");
        panel.setPadding(false);
        panel.setWidth("64%");
        panel.add(new Paragraph(getTranslation("console.config.choose")));
        HorizontalLayout body = new HorizontalLayout(list, panel);
        body.setSizeFull();
        add(body);
        refreshList();
    }

    private boolean mayManage() {
        try {
            return service != null && serviceMayManage();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean serviceMayManage() {
        return service.mayManage();
    }

    /** Whether a configuration belongs to the OSGi framework's own services rather than the platform or a plugin. */
    private static boolean framework(Configurable c) {
        return c.pluginNameKey() == null && c.departmentKey() == null;
    }

    /** A framework service by a readable name ({@code console.config.pid.<pid>}) where one is given. */
    private String name(Configurable c) {
        if (!framework(c)) {
            return c.name();
        }
        String key = "console.config.pid." + (c.factoryPid() != null ? c.factoryPid() : c.pid());
        String readable = getTranslation(key);
        return readable.equals(key) || readable.startsWith("!") ? c.name() : readable;
    }

    private String group(Configurable c) {
        String department = c.departmentKey() == null ? "" : getTranslation(c.departmentKey());
        if (c.pluginNameKey() == null && c.departmentKey() == null) {
            return getTranslation("console.config.osgi-group", c.bundle());
        }
        if (c.pluginNameKey() == null) {
            return getTranslation(c.departmentKey());
        }
        String plugin = getTranslation(c.pluginNameKey());
        return department.isEmpty() || department.equals(plugin) ? plugin : department + " · " + plugin;
    }

    private void refreshList() {
        try {
            list.setItems(service.configurables(getLocale()).stream()
                    .filter(c -> advanced.getValue() || !framework(c)).toList());
        } catch (RuntimeException e) {
            Messages.error(this, e);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unlisten = service.onChange(pid -> ui.access(() -> changedElsewhere(pid)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unlisten != null) {
            unlisten.run();
        }
    }

    private void changedElsewhere(String pid) {
        refreshList();
        if (form == null || !pid.equals(form.pid())) {
            return;
        }
        ConfigForm fresh;
        try {
            fresh = service.form(pid, getLocale());
        } catch (RuntimeException e) {
            return;
        }
        // this view's own save comes back as an event too: only a real difference is news
        if (!fresh.equals(form)) {
            show(fresh);
            Notification n = Notification.show(getTranslation("console.config.changed-elsewhere"), 5000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
    }

    private void open(String pid) {
        try {
            show(service.form(pid, getLocale()));
        } catch (RuntimeException e) {
            Messages.error(this, e);
        }
    }

    private void show(ConfigForm shown) {
        this.form = shown;
        editors.clear();
        panel.removeAll();
        H4 title = new H4(shown.name());
        title.setId("console-config-title");
        panel.add(title);
        if (!shown.description().isEmpty()) {
            panel.add(new Paragraph(shown.description()));
        }
        Span where = new Span(getTranslation("console.config.pid", shown.pid())
                + (shown.file() == null ? "" : " · " + getTranslation("console.config.file", shown.file()))
                + " · " + getTranslation(shown.configured() ? "console.config.configured" : "console.config.defaults"));
        where.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        panel.add(where);
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (Field field : shown.fields()) {
            Editor editor = editor(field);
            editors.put(field.id(), editor);
            layout.add(editor.component());
        }
        panel.add(layout);
        Button save = new Button(getTranslation("console.config.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("console-config-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("console.config.reset"), VaadinIcon.ROTATE_LEFT.create(),
                e -> confirmReset());
        reset.setId("console-config-reset");
        reset.setEnabled(shown.configured());
        save.setEnabled(mayManage);
        reset.setEnabled(mayManage && shown.configured());
        HorizontalLayout buttons = new HorizontalLayout(save, reset);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (!mayManage) {
            buttons.add(new Span(getTranslation("console.config.read-only")));
        }
        panel.add(buttons);
    }

    private String helper(Field field) {
        StringBuilder text = new StringBuilder(field.description());
        if (!field.defaults().isEmpty()) {
            String defaults = String.join(", ", field.defaults().stream().map(d -> label(field, d)).toList());
            text.append(text.length() == 0 ? "" : " ").append(getTranslation("console.config.default", defaults));
        }
        if (field.multiple()) {
            text.append(' ').append(getTranslation("console.config.one-per-line"));
        }
        return text.toString();
    }

    private static String label(Field field, String value) {
        return field.options().stream().filter(o -> o.value().equals(value)).map(ConfigForm.Option::label).findFirst()
                .orElse(value);
    }

    private Editor editor(Field field) {
        String label = field.name();
        String id = "config-" + field.id().replaceAll("[^A-Za-z0-9_-]", "-");
        if (field.secret()) {
            PasswordField secret = new PasswordField(label);
            secret.setId(id);
            secret.setRevealButtonVisible(false);
            secret.setPlaceholder(getTranslation(field.secretSet() ? "console.config.secret-set"
                    : "console.config.secret-not-set"));
            secret.setHelperText((field.description().isEmpty() ? "" : field.description() + " ")
                    + getTranslation("console.config.secret-help"));
            Checkbox clear = new Checkbox(getTranslation("console.config.secret-clear"));
            clear.setId(id + "-clear");
            clear.setEnabled(field.secretSet());
            Span state = new Span(getTranslation(field.secretSet() ? "console.config.secret-set"
                    : "console.config.secret-not-set"));
            state.setId(id + "-state");
            Div box = new Div(secret, new HorizontalLayout(state, clear));
            secret.setWidthFull();
            secret.setRequiredIndicatorVisible(field.required() && field.defaults().isEmpty());
            return new Editor(field, box, () -> secret.isEmpty() ? List.of() : List.of(secret.getValue()), secret,
                    clear);
        }
        if (field.multiple()) {
            TextArea area = new TextArea(label);
            area.setId(id);
            area.setValue(String.join("\n", field.values()));
            area.setHelperText(helper(field));
            area.setWidthFull();
            area.setRequiredIndicatorVisible(field.required() && field.defaults().isEmpty());
            return new Editor(field, area, () -> List.of(area.getValue().split("\\R")), area, null);
        }
        if (!field.options().isEmpty() || field.kind() == ConfigForm.Kind.BOOLEAN) {
            List<ConfigForm.Option> options = new ArrayList<>(field.options());
            if (options.isEmpty()) {
                options.add(new ConfigForm.Option(getTranslation("console.config.true"), "true"));
                options.add(new ConfigForm.Option(getTranslation("console.config.false"), "false"));
            }
            Select<String> select = new Select<>();
            select.setLabel(label);
            select.setId(id);
            List<String> values = new ArrayList<>();
            values.add("");
            options.forEach(o -> values.add(o.value()));
            select.setItems(values);
            select.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("console.config.use-default")
                    : options.stream().filter(o -> o.value().equals(v)).map(ConfigForm.Option::label).findFirst()
                            .orElse(v));
            select.setValue(field.values().isEmpty() ? "" : field.values().get(0));
            String help = field.description();
            if (!field.defaults().isEmpty()) {
                String d = field.defaults().get(0);
                help = (help.isEmpty() ? "" : help + " ") + getTranslation("console.config.default",
                        options.stream().filter(o -> o.value().equals(d)).map(ConfigForm.Option::label).findFirst()
                                .orElse(d));
            }
            select.setHelperText(help);
            select.setWidthFull();
            return new Editor(field, select, () -> select.getValue() == null || select.getValue().isEmpty()
                    ? List.of() : List.of(select.getValue()), select, null);
        }
        TextField text = new TextField(label);
        text.setId(id);
        text.setValue(field.values().isEmpty() ? "" : field.values().get(0));
        text.setPlaceholder(field.defaults().isEmpty() ? "" : field.defaults().get(0));
        text.setHelperText(helper(field));
        text.setWidthFull();
        text.setRequiredIndicatorVisible(field.required() && field.defaults().isEmpty());
        return new Editor(field, text, () -> List.of(text.getValue()), text, null);
    }

    private void save() {
        Map<String, List<String>> input = new LinkedHashMap<>();
        Set<String> clear = new HashSet<>();
        editors.forEach((id, editor) -> {
            editor.validation().setInvalid(false);
            input.put(id, editor.input().get());
            if (editor.clear() != null && editor.clear().getValue()) {
                clear.add(id);
            }
        });
        try {
            show(service.save(form.pid(), input, clear, getLocale()));
            refreshList();
            Messages.done(this, "console.config.saved");
        } catch (ConfigValidationException e) {
            e.problems().forEach((id, problem) -> {
                Editor editor = editors.get(id);
                if (editor != null) {
                    editor.validation().setErrorMessage(getTranslation(problem.key(), problem.detail()));
                    editor.validation().setInvalid(true);
                }
            });
            Notification n = Notification.show(getTranslation("console.config.invalid", e.problems().size()), 5000,
                    Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException | ConsoleException | IllegalArgumentException | IllegalStateException e) {
            Messages.error(this, e);
        }
    }

    private void confirmReset() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("console.config.reset"));
        dialog.setText(getTranslation("console.config.reset-confirm", form.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("console.config.cancel"));
        dialog.setConfirmText(getTranslation("console.config.reset"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                service.reset(form.pid());
                refreshList();
                open(form.pid());
                Messages.done(this, "console.config.reset-done");
            } catch (RuntimeException ex) {
                Messages.error(this, ex);
            }
        });
        dialog.open();
    }
}
