package cn.gov.laoshan.district.uikit;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * A screen that is a document to print — meeting minutes, a mediation agreement, a case record — for a route
 * with an {@code :id}: the record is found with {@link RouteRecord} ("not found" otherwise) and rendered as plain
 * paragraphs. The shell's print styles ({@code district-document}) lay it out as a page and hide the navigation
 * and everything marked {@code no-print}.
 * <p>
 * Contract: the view's element id is the one given, its class {@code district-document}; {@link #render} is
 * called with the record after the view was emptied, each time the route is entered. All text goes in as text
 * (the helpers make {@link Paragraph}s and headings, never HTML), so a name with {@code <} or {@code &} is printed
 * as it is written and cannot inject markup.
 *
 * @param <T> the record printed
 */
public abstract class PrintableDocument<T> extends Div implements BeforeEnterObserver {

    /** The class of the document's number line under the title. */
    public static final String NUMBER_CLASS = "district-document-number";
    /** The class of the signature block. */
    public static final String SIGNATURES_CLASS = "district-signatures";

    protected PrintableDocument(String id) {
        setId(id);
        addClassName("district-document");
    }

    /** The record with this id, when it may be printed (with the service's permission check). */
    protected abstract Optional<T> find(long id);

    /** Adds the document's content for {@code record}; the view is empty when it is called. */
    protected abstract void render(T record);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteRecord.find(event, this::find).ifPresent(this::show);
    }

    /** Empties the view and renders {@code record} (also for tests and previews). */
    public void show(T record) {
        removeAll();
        render(record);
    }

    /** The "打印 / Print" button (not printed itself) that opens the browser's print dialog. */
    protected Button printButton() {
        Button print = new Button(getTranslation("shell.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        print.setId(getId().orElse("document") + "-print");
        return print;
    }

    /** Adds the title and, under it, the document's number (for example the case number). */
    protected void heading(String title, String number) {
        Paragraph numberLine = new Paragraph(number == null ? "" : number);
        numberLine.addClassName(NUMBER_CLASS);
        add(new H1(title), numberLine);
    }

    /** Adds a paragraph of text and returns it. */
    protected Paragraph line(String text) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text);
        add(paragraph);
        return paragraph;
    }

    /** Adds the signature block, one line each (null lines print empty), and returns it. */
    protected Div signatures(String... lines) {
        Div block = new Div();
        for (String line : lines) {
            block.add(new Paragraph(line == null ? "" : line));
        }
        block.addClassName(SIGNATURES_CLASS);
        add(block);
        return block;
    }
}
