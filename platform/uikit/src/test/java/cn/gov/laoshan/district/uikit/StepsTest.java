package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;

class StepsTest {

    /** A plugin's own refusal, shaped like the plugins' exceptions. */
    static final class Refused extends RuntimeException {
        final String field;
        final String key;
        final Object[] parameters;

        Refused(String field, String key, Object... parameters) {
            super(key);
            this.field = field;
            this.key = key;
            this.parameters = parameters;
        }
    }

    /** A screen with a tiny message bundle: "key|param,param" shows which key and parameters were used. */
    static final class Screen extends Div {
        @Override
        public String getTranslation(String key, Object... params) {
            return switch (key) {
                case "test.saved" -> "已保存";
                case "test.state.OPEN" -> "受理中";
                case Steps.DENIED_KEY -> "您没有权限执行此操作";
                case Steps.INTERNAL_KEY -> "系统内部错误，请稍后再试";
                default -> key + "|" + String.join(",", Arrays.stream(params).map(String::valueOf).toList());
            };
        }
    }

    private final Steps steps = Steps.builder("test-error")
            .refusal(Refused.class, e -> new Refusal(e.field, e.key, e.parameters))
            .savedKey("test.saved").build();
    private UI ui;

    @BeforeEach
    void ui() {
        ui = new UI();
        // a session that counts as locked, so that the UI runs what is due before its response
        ui.getInternals().setSession(new VaadinSession(null) {
            @Override
            public boolean hasLock() {
                return true;
            }
        });
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    /** The notifications the steps opened, as the UI gets them before its response. */
    private List<Notification> notifications() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getChildren().filter(Notification.class::isInstance).map(Notification.class::cast).toList();
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text");
    }

    @Test
    void aRefusalBecomesAnErrorNotificationWithTheLocalizedMessage() {
        AtomicInteger after = new AtomicInteger();
        String result = steps.call(new Screen(), () -> {
            if (after.get() == 0) {
                throw new Refused("name", "test.error.name-taken", "崂山区住建局");
            }
            return "never";
        });
        assertNull(result);
        List<Notification> shown = notifications();
        assertEquals(1, shown.size());
        Notification error = shown.get(0);
        assertEquals("test.error.name-taken|崂山区住建局", text(error));
        assertEquals("test-error", error.getId().orElseThrow());
        assertTrue(error.getThemeNames().contains("error"), error.getThemeNames().toString());
        assertEquals(Notification.Position.MIDDLE, error.getPosition());
    }

    @Test
    void theRefusalsFieldIsMarkedAndTheOthersCleared() {
        TextField name = new TextField();
        TextField phone = new TextField();
        phone.setInvalid(true);
        Object result = steps.call(new Screen(), Map.of("name", name, "phone", phone), () -> {
            throw new Refused("name", "test.error.required");
        });
        assertNull(result);
        assertTrue(name.isInvalid());
        assertEquals("test.error.required|", name.getErrorMessage());
        assertFalse(phone.isInvalid());
    }

    @Test
    void aRefusalAtAFieldIsShownThereNotAsANotificationAndClearedWhenTheUserCorrectsIt() {
        TextField phone = new TextField();
        steps.call(new Screen(), Map.of("phone", phone), () -> {
            throw new Refused("phone", "test.error.phone");
        });
        assertTrue(phone.isInvalid());
        assertEquals("test.error.phone|", phone.getErrorMessage());
        assertTrue(notifications().isEmpty(), "no toast in the middle of the screen for a field's refusal");
        phone.setValue("13912345678");
        assertFalse(phone.isInvalid(), "changing the field clears its mark");
    }

    @Test
    void aRefusalAboutAFieldTheScreenDoesNotHaveIsANotification() {
        TextField name = new TextField();
        steps.call(new Screen(), Map.of("name", name), () -> {
            throw new Refused("parties", "test.error.parties");
        });
        assertFalse(name.isInvalid());
        assertEquals(List.of("test.error.parties|"), notifications().stream().map(StepsTest::text).toList());
    }

    @Test
    void aDateBoundIsShownInTheUsersDateFormat() {
        ui.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        assertEquals("test.before|2026年10月8日", steps.text(new Screen(),
                new Refused("appliedOn", "test.before", java.time.LocalDate.of(2026, 10, 8))));
        ui.setLocale(java.util.Locale.ENGLISH);
        assertEquals("test.before|2026-10-08", steps.text(new Screen(),
                new Refused("appliedOn", "test.before", java.time.LocalDate.of(2026, 10, 8))));
    }

    @Test
    void aRunWithFieldsMarksTheRefusalsFieldAndSaysWhetherTheChangeWasMade() {
        TextField code = new TextField();
        TextField name = new TextField();
        name.setInvalid(true);
        assertFalse(steps.run(new Screen(), Map.of("code", code, "name", name), () -> {
            throw new Refused("code", "test.error.code-taken");
        }));
        assertTrue(code.isInvalid());
        assertEquals("test.error.code-taken|", code.getErrorMessage());
        assertFalse(name.isInvalid());
        AtomicInteger changes = new AtomicInteger();
        assertTrue(steps.run(new Screen(), Map.of("code", code), changes::incrementAndGet));
        assertEquals(1, changes.get());
        assertFalse(code.isInvalid(), "a successful step clears the marks of the last refusal");
    }

    @Test
    void keysAmongTheParametersAreTranslatedFirst() {
        Steps workflow = Steps.builder("wf-error")
                .refusal(IllegalStateException.class, e -> new Refusal(null, "test.refused",
                        new Refusal.Key("test.state.OPEN"), 3))
                .build();
        assertEquals("test.refused|受理中,3", workflow.text(new Screen(), new IllegalStateException("x")));
    }

    @Test
    void deniedAndUnexpectedFailuresShowTheShellsWordsNoStackTrace() {
        assertFalse(steps.run(new Screen(), () -> {
            throw new AccessDeniedException("housing.manage");
        }));
        assertFalse(steps.run(new Screen(), () -> {
            throw new IllegalStateException("java.sql.SQLException: relation \"x\" does not exist");
        }));
        List<Notification> shown = notifications();
        assertEquals(List.of("您没有权限执行此操作", "系统内部错误，请稍后再试"), shown.stream().map(StepsTest::text).toList());
        assertTrue(shown.stream().noneMatch(n -> text(n).contains("SQLException")));
    }

    @Test
    void successReturnsTheResultAndSaysSavedOnlyWhenAsked() {
        assertEquals("项目A", steps.call(new Screen(), () -> "项目A"));
        assertTrue(steps.withSavedKey(null).run(new Screen(), () -> { }));
        List<Notification> shown = notifications();
        assertEquals(1, shown.size(), "only the first step says saved");
        assertEquals("已保存", text(shown.get(0)));
        assertTrue(shown.get(0).getThemeNames().contains("success"));
    }

    @Test
    void anotherScreenKeepsTheRefusalsButUsesItsOwnErrorId() {
        Steps other = steps.withErrorId("other-error");
        other.run(new Screen(), () -> {
            throw new Refused(null, "test.error.any");
        });
        assertEquals("other-error", notifications().get(0).getId().orElseThrow());
        assertTrue(other.refusal(new Refused(null, "k")).isPresent());
        assertTrue(other.refusal(new IllegalArgumentException()).isEmpty());
    }

    @Test
    void theApisRefusalIsShownWithoutRegistrationAtItsField() {
        Steps plain = Steps.standard("plain-error");
        TextField name = new TextField();
        assertNull(plain.call(new Screen(), Map.of("name", name), () -> {
            throw new RefusedException("name", "test.error.name-taken", "崂山区住建局");
        }));
        assertTrue(name.isInvalid());
        assertEquals("test.error.name-taken|崂山区住建局", name.getErrorMessage());
        assertFalse(plain.run(new Screen(), () -> {
            throw new RefusedException(null, "test.error.any", new RefusedException.Key("test.state.OPEN"));
        }));
        List<Notification> shown = notifications();
        assertEquals(List.of("test.error.any|受理中"), shown.stream().map(StepsTest::text).toList());
        assertEquals("plain-error", shown.get(0).getId().orElseThrow());
    }

    @Test
    void aRefusedTransitionIsShownInTheUsersWords() {
        Steps plain = Steps.standard("wf-error");
        assertEquals("workflow.error.not-allowed|test.action.close|,受理中", plain.text(new Screen(),
                new TransitionRefusedException("workflow.error.not-allowed", "close", "OPEN", "test")));
        assertEquals("workflow.error.not-allowed|close,OPEN", plain.text(new Screen(),
                new TransitionRefusedException("workflow.error.not-allowed", "close", "OPEN")));
        // a plugin's own reader still comes first
        assertEquals("test.refused|受理中,3", Steps.builder("x")
                .refusal(RefusedException.class, e -> new Refusal(null, "test.refused", new Refusal.Key("test.state.OPEN"), 3))
                .build().text(new Screen(), new RefusedException("f", "other")));
    }
}
