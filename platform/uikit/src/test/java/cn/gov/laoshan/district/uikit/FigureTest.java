package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

class FigureTest {

    private static Span number(Div figure) {
        return (Span) figure.getChildren().findFirst().orElseThrow();
    }

    @Test
    void aNumberOverItsLabelColouredByTone() {
        Div overdue = Figure.of(3, "逾期 <未办结>", Figure.Tone.BAD);
        assertEquals("3", number(overdue).getText());
        assertEquals("var(--lumo-error-text-color)", number(overdue).getStyle().get("color"));
        assertEquals("逾期 <未办结>", ((Div) overdue.getChildren().toList().get(1)).getChildren()
                .map(c -> ((Span) c).getText()).findFirst().orElseThrow());
        assertEquals("var(--lumo-success-text-color)", number(Figure.of(12, "办结", Figure.Tone.GOOD)).getStyle()
                .get("color"));
        assertNull(number(Figure.of(0, "在办", Figure.Tone.NEUTRAL)).getStyle().get("color"));
    }

    @Test
    void aRowWrapsItsFigures() {
        Div row = Figure.row(Figure.of(1, "a", Figure.Tone.NEUTRAL), Figure.of(2, "b", Figure.Tone.NEUTRAL));
        assertEquals(2, row.getChildren().count());
        assertEquals("flex", row.getStyle().get("display"));
        assertEquals("wrap", row.getStyle().get("flex-wrap"));
    }
}
