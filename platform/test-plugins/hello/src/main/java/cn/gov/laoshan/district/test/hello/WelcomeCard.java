package cn.gov.laoshan.district.test.hello;

import com.vaadin.flow.component.html.Span;

/** The hello plugin's dashboard card. */
public class WelcomeCard extends Span {

    public WelcomeCard() {
        setText(getTranslation("hello.widget.text"));
        setId("hello-welcome");
    }
}
