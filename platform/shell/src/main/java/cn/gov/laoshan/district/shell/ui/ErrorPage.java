package cn.gov.laoshan.district.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** A plain page with a title, a sentence and a way home: the shape of every error page. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;

    ErrorPage(String id, String titleKey, String textKey) {
        this.titleKey = titleKey;
        setId(id);
        addClassName("district-error-page");
        setAlignItems(Alignment.CENTER);
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)),
                new Anchor("", getTranslation("shell.error.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("shell.app.name");
    }
}
