package cn.gov.laoshan.district.test.hello;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Only in version 2 of the hello plugin. */
public class NewsView extends VerticalLayout {

    public NewsView() {
        setId("hello-news");
        add(new H2(getTranslation("hello.screen.news")));
    }
}
