package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.StateMachine;

class WorkflowActionsTest {

    enum State { OPEN, ACCEPTED, REJECTED }

    private static final StateMachine<State, Object> MACHINE = StateMachine.of(State.class, "Thing")
            .transition("accept", State.OPEN, State.ACCEPTED).permission("test.decide").add()
            .transition("reject", State.OPEN, State.REJECTED).permission("test.decide").reasonRequired().add()
            .build();

    /** The plugin's messages: "key" shows which key was asked for. */
    static final class Actions extends WorkflowActions<String> {
        Actions(List<String> fired) {
            super("test", Steps.standard("test-error"), (action, reason) -> {
                if (action.equals("reject") && reason.isBlank()) {
                    throw new RefusedException(null, "test.error.reason");
                }
                return action + ":" + reason;
            }, fired::add);
        }

        @Override
        public String getTranslation(String key, Object... params) {
            return "«" + key + "»";
        }
    }

    private final List<String> fired = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theStateAndAButtonPerAvailableStepWithTheReasonFieldWhenOneNeedsIt() {
        Actions actions = new Actions(fired);
        UI.getCurrent().add(actions.show(State.OPEN, MACHINE.from(State.OPEN)));
        Span badge = (Span) byId(actions, "test-state");
        assertEquals("«test.state.OPEN»", badge.getText());
        assertTrue(badge.getElement().getThemeList().contains("badge"));
        assertEquals("«test.action.accept»", ((Button) byId(actions, "test-accept")).getText());
        assertEquals("«test.action.reject»", ((Button) byId(actions, "test-reject")).getText());
        assertEquals("«test.reason»", ((TextField) byId(actions, "test-reason")).getLabel());

        actions.show(State.OPEN, MACHINE.from(State.OPEN).stream().filter(t -> !t.reasonRequired()).toList());
        assertEquals(List.of("test-state", "test-accept"), ids(actions));
        actions.show(State.ACCEPTED, MACHINE.from(State.ACCEPTED));
        assertEquals(List.of("test-state"), ids(actions));
        assertEquals("«test.state.ACCEPTED»", ((Span) byId(actions, "test-state")).getText());
    }

    @Test
    void aStepTakenHandsOnTheMovedRecordAndARefusalIsShownWithNothingMoved() {
        Actions actions = new Actions(fired);
        UI.getCurrent().add(actions.show(State.OPEN, MACHINE.from(State.OPEN)));
        ((Button) byId(actions, "test-reject")).click();
        assertEquals(List.of(), fired);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<Notification> shown = UI.getCurrent().getChildren().filter(Notification.class::isInstance)
                .map(Notification.class::cast).toList();
        assertEquals(1, shown.size());
        assertEquals("test-error", shown.get(0).getId().orElseThrow());
        assertEquals("«test.error.reason»", shown.get(0).getElement().getProperty("text"));

        ((TextField) byId(actions, "test-reason")).setValue("材料不全");
        ((Button) byId(actions, "test-reject")).click();
        assertEquals(List.of("reject:材料不全"), fired);
    }

    private static Component byId(Component root, String id) {
        return all(root).stream().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no #" + id + " in " + ids(root)));
    }

    private static List<String> ids(Component root) {
        return all(root).stream().flatMap(c -> c.getId().stream()).toList();
    }

    private static List<Component> all(Component root) {
        List<Component> found = new ArrayList<>();
        root.getChildren().forEach(c -> {
            found.add(c);
            found.addAll(all(c));
        });
        return found;
    }
}
