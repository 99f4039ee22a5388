package cn.gov.laoshan.district.uikit;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The big numbers of a dashboard card ("12 open cases", "3 overdue"): a number over its label, coloured by its
 * {@link Tone}, and a wrapping row of them.
 * <p>
 * Contract: {@link #of} makes a {@code Div} holding the number as text (large, semi-bold; red for {@link Tone#BAD},
 * green for {@link Tone#GOOD}, the text colour otherwise) and under it the label as text, already translated by
 * the caller; {@link #row} lays figures out side by side with Lumo spacing, wrapping on narrow cards. Only Lumo
 * theme properties are used, no custom CSS.
 */
public final class Figure {

    /** How a number reads. */
    public enum Tone {
        /** Neutral: the normal text colour. */
        NEUTRAL,
        /** Good news: success green. */
        GOOD,
        /** Needs attention: error red. */
        BAD
    }

    private Figure() {
    }

    /** A number over its (translated) label. */
    public static Div of(long value, String label, Tone tone) {
        Span number = new Span(Long.toString(value));
        number.addClassName("district-figure-number");
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        if (tone == Tone.BAD) {
            number.getStyle().set("color", "var(--lumo-error-text-color)");
        } else if (tone == Tone.GOOD) {
            number.getStyle().set("color", "var(--lumo-success-text-color)");
        }
        Div figure = new Div(number, new Div(new Span(label == null ? "" : label)));
        figure.addClassName("district-figure");
        return figure;
    }

    /**
     * A number over its label that opens {@code route} — the list the number counts (since 1.4.0). The figure is a
     * link ({@code <a href>} handled by the router, so a click stays in the application and the address can be
     * opened in a new tab).
     */
    public static Div of(long value, String label, Tone tone, String route) {
        Div figure = of(value, label, tone);
        Anchor link = new Anchor(route, "");
        link.getElement().setAttribute("router-link", true);
        link.addClassName("district-figure-link");
        link.getStyle().set("color", "inherit").set("text-decoration", "none").set("display", "block");
        figure.getChildren().toList().forEach(link::add);
        figure.add(link);
        figure.getElement().setAttribute("title", label == null ? "" : label);
        return figure;
    }

    /** Figures side by side, wrapping when the card is narrow. */
    public static Div row(Div... figures) {
        Div row = new Div(figures);
        row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        return row;
    }
}
