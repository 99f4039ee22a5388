package cn.gov.laoshan.district.api.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;

class RefusedExceptionTest {

    @Test
    void aRefusalNamesItsFieldKeyAndParameters() {
        LocalDate start = LocalDate.of(2026, 12, 7);
        RefusedException e = new RefusedException("plannedFinish", "housing.error.finish-before-start", start);
        assertEquals("plannedFinish", e.field());
        assertEquals("housing.error.finish-before-start", e.messageKey());
        assertArrayEquals(new Object[] {start}, e.parameters());
        e.parameters()[0] = "changed";
        assertEquals(start, e.parameters()[0], "the parameters cannot be changed from outside");
        assertEquals(0, new RefusedException(null, "x.error").parameters().length);
        assertThrows(NullPointerException.class, () -> new RefusedException("f", null));
        assertArrayEquals(new Object[] {null, 3}, new RefusedException("f", "k", null, 3).parameters(),
                "a parameter that is not known yet is no reason to fail while refusing");
    }

    @Test
    void aRefusedTransitionIsARefusalAboutNoField() {
        RefusedException plain = new TransitionRefusedException("workflow.error.not-allowed", "close", "REGISTERED");
        assertNull(plain.field());
        assertArrayEquals(new Object[] {"close", "REGISTERED"}, plain.parameters());
        TransitionRefusedException named = new TransitionRefusedException("workflow.error.not-allowed", "close",
                "REGISTERED", "mediation");
        assertArrayEquals(new Object[] {new RefusedException.Key("mediation.action.close"),
                new RefusedException.Key("mediation.state.REGISTERED")}, named.parameters());
        assertEquals("close", named.action());
        assertEquals("REGISTERED", named.state());
        assertInstanceOf(RefusedException.class, named);
    }
}
