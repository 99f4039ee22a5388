package cn.gov.laoshan.district.uikit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.shared.Registration;

/**
 * Warns before a form with unsaved changes is left: in-app navigation (a menu entry, a link, the back button) is
 * postponed with a dialog "有未保存的修改 — 离开 / 留下" ({@link BeforeLeaveEvent#postpone()}), and reloading or
 * closing the tab asks the browser's own question ({@code beforeunload}). A form is changed when the user changes
 * a tracked field (changes made by the program, such as filling in defaults, do not count); it is clean again after
 * {@link #saved()}. One per form:
 *
 * <pre>{@code
 * UnsavedChanges unsaved = UnsavedChanges.guard(this).trackAll(this);
 * ... after a successful save:  unsaved.saved();
 * }</pre>
 * The dialog's element id is {@code unsaved-dialog}, its buttons {@code unsaved-leave} and {@code unsaved-stay}.
 * The dialog's words are the shell's ({@code shell.unsaved.*}).
 */
public final class UnsavedChanges {

    private static final String ARM = "window.__districtUnsaved = window.__districtUnsaved || function(e) {"
            + " e.preventDefault(); e.returnValue = ''; return ''; };"
            + " window.addEventListener('beforeunload', window.__districtUnsaved);";
    private static final String DISARM = "if (window.__districtUnsaved) {"
            + " window.removeEventListener('beforeunload', window.__districtUnsaved); }";

    private final Component form;
    private final List<Registration> attached = new ArrayList<>();
    private boolean changed;

    private UnsavedChanges(Component form) {
        this.form = form;
        form.addAttachListener(e -> {
            attached.add(e.getUI().addBeforeLeaveListener(this::beforeLeave));
            if (changed) {
                e.getUI().getPage().executeJs(ARM);
            }
        });
        form.addDetachListener(e -> {
            attached.forEach(Registration::remove);
            attached.clear();
            e.getUI().getPage().executeJs(DISARM);
        });
        form.getUI().ifPresent(ui -> attached.add(ui.addBeforeLeaveListener(this::beforeLeave)));
    }

    /** A guard for {@code form} (the view or the form layout); it is active while the form is attached. */
    public static UnsavedChanges guard(Component form) {
        return new UnsavedChanges(form);
    }

    /** Tracks {@code fields}: a change the user makes marks the form changed. */
    public UnsavedChanges track(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    changed();
                }
            });
        }
        return this;
    }

    /** Tracks every input field inside {@code root} (as it is now: fields added later need {@link #track}). */
    public UnsavedChanges trackAll(Component root) {
        fields(root).forEach(this::track);
        return this;
    }

    private static Stream<HasValue<?, ?>> fields(Component root) {
        Stream<HasValue<?, ?>> self = root instanceof HasValue<?, ?> value ? Stream.of(value) : Stream.empty();
        // a field's own parts (a date-time picker's date picker) are not tracked twice
        Stream<HasValue<?, ?>> inside = root instanceof HasValue<?, ?> ? Stream.empty()
                : root.getChildren().flatMap(UnsavedChanges::fields);
        return Stream.concat(self, inside);
    }

    /** Marks the form changed (for changes that are not a field's value, e.g. a row added to a table). */
    public void changed() {
        if (!changed) {
            changed = true;
            form.getUI().ifPresent(ui -> ui.getPage().executeJs(ARM));
        }
    }

    /** The changes are saved (or deliberately dropped): leaving is no longer questioned. */
    public void saved() {
        if (changed) {
            changed = false;
            form.getUI().ifPresent(ui -> ui.getPage().executeJs(DISARM));
        }
    }

    /** Whether the user changed something that is not saved. */
    public boolean isChanged() {
        return changed;
    }

    private void beforeLeave(BeforeLeaveEvent event) {
        if (!changed) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("unsaved-dialog");
        dialog.setHeader(form.getTranslation("shell.unsaved.title"));
        dialog.setText(form.getTranslation("shell.unsaved.text"));
        dialog.setCancelable(true);
        // staying cancels the postponed navigation: left pending, Vaadin keeps it as the last one handled and skips
        // the next navigation to the same place (vaadin/flow#16984: a second click on the same link did nothing)
        java.util.concurrent.atomic.AtomicBoolean decided = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable cancel = () -> {
            if (decided.compareAndSet(false, true)) {
                action.cancel();
            }
        };
        Button stay = new Button(form.getTranslation("shell.unsaved.stay"), e -> {
            dialog.close();
            cancel.run();
        });
        stay.setId("unsaved-stay");
        Button leave = new Button(form.getTranslation("shell.unsaved.leave"), e -> {
            decided.set(true);
            dialog.close();
            saved();
            action.proceed();
        });
        leave.setId("unsaved-leave");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.setCancelButton(stay);
        dialog.addCancelListener(e -> cancel.run()); // Escape: stays too
        dialog.setConfirmButton(leave);
        dialog.open();
    }
}
