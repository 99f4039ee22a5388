package cn.gov.laoshan.district.uikit;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The way back from a record's page to its list (since 1.4.0): "← 全部案件" above the record's title. A router link,
 * so it stays in the application, and the same in every plugin (id {@code district-back}).
 */
public final class BackLink {

    private BackLink() {
    }

    /** A link to {@code route} (a shell route such as {@code mediation/cases}) labelled {@code label}, translated. */
    public static Anchor to(String route, String label) {
        Anchor link = new Anchor(route, "");
        link.getElement().setAttribute("router-link", true);
        link.setId("district-back");
        link.addClassName("district-back");
        link.add(VaadinIcon.ARROW_LEFT.create(), new com.vaadin.flow.component.html.Span(label));
        link.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-s)");
        link.getChildren().findFirst().ifPresent(icon -> icon.getElement().getStyle().set("width", "1em")
                .set("height", "1em"));
        return link;
    }
}
