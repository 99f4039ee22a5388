package cn.gov.laoshan.district.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.identity.domain.User;

/** Shows a new user's (or a reset) one-time password once; it is not stored anywhere readable. */
final class InitialPasswordDialog extends Dialog {

    InitialPasswordDialog(User user, String password) {
        setHeaderTitle(getTranslation("identity.password.initial.title"));
        Span secret = new Span(password);
        secret.setId("initial-password");
        secret.addClassName("district-secret");
        add(new Paragraph(getTranslation("identity.password.initial.text", user.displayName(), user.login())), secret);
        getFooter().add(new Button(getTranslation("identity.dialog.close"), e -> close()));
    }
}
