package cn.gov.laoshan.district.uikit;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.workflow.StateMachine.Transition;

/**
 * A record's place in its {@code StateMachine} on its screen (since 1.6.0): the state as a badge, a button for each
 * step the user may take now and, when one of them needs a reason, a reason field beside them. It follows the
 * machine's message convention ({@code StateMachine.Builder.messages(prefix)}): the badge shows
 * {@code <prefix>.state.<STATE>}, a button {@code <prefix>.action.<action>}, the field {@code <prefix>.reason}.
 * Element ids: {@code <prefix>-state}, {@code <prefix>-<action>}, {@code <prefix>-reason}.
 *
 * <pre>{@code
 * add(new WorkflowActions<Item>("permits", STEPS, (action, reason) -> items.fire(item.id(), action, reason), this::show)
 *         .show(item.state(), items.actions(item)));
 * }</pre>
 * A step runs through {@link Steps}: a refusal (a reason missing, a step no longer allowed) is shown in the user's
 * words and nothing changes; a step taken hands the moved record to {@code moved} (the screen shows it again). The
 * service decides what is allowed: the buttons only offer what it answered.
 *
 * @param <R> the record the steps return
 */
public class WorkflowActions<R> extends VerticalLayout {

    private final String prefix;
    private final Steps steps;
    private final BiFunction<String, String, R> fire;
    private final Consumer<R> moved;

    /**
     * @param prefix the plugin's message prefix and element id prefix ({@code permits})
     * @param steps  how a step's refusal or failure is shown
     * @param fire   takes the step: the action and the reason ("" when none was asked), answering the moved record
     * @param moved  what to do with the moved record
     */
    public WorkflowActions(String prefix, Steps steps, BiFunction<String, String, R> fire, Consumer<R> moved) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.fire = Objects.requireNonNull(fire, "fire");
        this.moved = Objects.requireNonNull(moved, "moved");
        setPadding(false);
        addClassName("district-workflow-actions");
    }

    /** Shows {@code state} and the steps {@code available} to the user now (none: only the badge); returns this. */
    public WorkflowActions<R> show(Enum<?> state, List<? extends Transition<?, ?>> available) {
        removeAll();
        Span badge = new Span(getTranslation(prefix + ".state." + state.name()));
        badge.setId(prefix + "-state");
        badge.getElement().getThemeList().add("badge");
        add(badge);
        if (available.isEmpty()) {
            return this;
        }
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        TextField reason = new TextField(getTranslation(prefix + ".reason"));
        reason.setId(prefix + "-reason");
        if (available.stream().anyMatch(Transition::reasonRequired)) {
            buttons.add(reason);
        }
        for (Transition<?, ?> transition : available) {
            String action = transition.action();
            Button step = new Button(getTranslation(prefix + ".action." + action), e -> {
                R result = steps.call(this, () -> fire.apply(action, reason.getValue()));
                if (result != null) {
                    moved.accept(result);
                }
            });
            step.setId(prefix + "-" + action);
            buttons.add(step);
        }
        add(buttons);
        return this;
    }
}
