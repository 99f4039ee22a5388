package cn.gov.laoshan.district.test.hello;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The hello plugin's screen: a greeting and a button that answers, proving events reach plugin code. */
public class GreetingView extends VerticalLayout {

    public GreetingView() {
        setId("hello-greeting");
        Paragraph answer = new Paragraph();
        answer.setId("hello-answer");
        Button button = new Button(getTranslation("hello.button"), e -> answer.setText(getTranslation("hello.answer")));
        button.setId("hello-button");
        add(new H2(getTranslation("hello.screen.greeting")), button, answer);
    }
}
