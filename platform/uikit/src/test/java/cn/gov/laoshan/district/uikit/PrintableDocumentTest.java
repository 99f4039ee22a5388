package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

class PrintableDocumentTest {

    /** A record printed as title, number, one line and signatures. */
    static final class Minutes extends PrintableDocument<String[]> {
        Minutes() {
            super("test-document");
        }

        @Override
        protected Optional<String[]> find(long id) {
            return Optional.empty();
        }

        @Override
        protected void render(String[] record) {
            add(printButton());
            heading("会议纪要", record[0]);
            line(record[1]);
            signatures("崂山区", null);
        }
    }

    @Test
    void dataIsPrintedAsTextNeverAsMarkup() {
        Minutes page = new Minutes();
        String hostile = "<script>alert(1)</script> 甲&乙 <b>加粗</b>";
        page.show(new String[] {"第<1>号", hostile});

        assertEquals("test-document", page.getId().orElseThrow());
        assertTrue(page.getClassNames().contains("district-document"));
        List<Component> children = page.getChildren().toList();
        assertTrue(children.get(0) instanceof Button && ((Button) children.get(0)).getClassNames().contains("no-print"));
        assertEquals("会议纪要", ((H1) children.get(1)).getText());
        Paragraph number = (Paragraph) children.get(2);
        assertEquals("第<1>号", number.getText());
        assertTrue(number.getClassNames().contains(PrintableDocument.NUMBER_CLASS));
        Paragraph line = (Paragraph) children.get(3);
        assertEquals(hostile, line.getText());
        assertEquals(0, line.getElement().getChildren().filter(e -> !e.isTextNode()).count(), "no elements from data");
        String html = page.getElement().getOuterHTML();
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; 甲&amp;乙 &lt;b&gt;"), html);
        Div signatures = (Div) children.get(4);
        assertTrue(signatures.getClassNames().contains(PrintableDocument.SIGNATURES_CLASS));
        assertEquals(2, signatures.getChildren().count());
    }

    @Test
    void showingAgainReplacesThePage() {
        Minutes page = new Minutes();
        page.show(new String[] {"1", "first"});
        page.show(new String[] {"2", "second"});
        assertEquals(5, page.getChildren().count());
        assertEquals("second", ((Paragraph) page.getChildren().toList().get(3)).getText());
    }
}
