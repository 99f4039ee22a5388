package cn.gov.laoshan.district.test.notes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Lists the notes and adds one. */
public class NotesView extends VerticalLayout {

    private final NoteStore notes;
    private final Div list = new Div();

    public NotesView(NoteStore notes) {
        this.notes = notes;
        setId("notes");
        TextField text = new TextField(getTranslation("notes.text"));
        text.setId("notes-text");
        Button add = new Button(getTranslation("notes.add"), e -> {
            notes.add(text.getValue());
            text.clear();
            refresh();
        });
        add.setId("notes-add");
        list.setId("notes-list");
        add(text, add, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        notes.texts().forEach(t -> list.add(new Paragraph(t)));
    }
}
