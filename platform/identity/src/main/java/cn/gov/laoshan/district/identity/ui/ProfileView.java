package cn.gov.laoshan.district.identity.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.identity.service.IdentityService;
import cn.gov.laoshan.district.shell.i18n.Languages;
import cn.gov.laoshan.district.shell.security.SessionUser;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.shell.ui.ChangePasswordView;
import cn.gov.laoshan.district.shell.ui.LanguageSwitch;

/** My profile: who I am (personal data masked), my language, my password. */
public class ProfileView extends VerticalLayout {

    public ProfileView(IdentityService service) {
        setId("identity-profile");
        addClassName("district-narrow-form");
        SignedInUser me = SessionUser.get().orElseThrow();
        add(new H2(me.displayName()));
        TextField login = readOnly("identity.user.login", me.login());
        TextField department = readOnly("identity.user.department", me.departmentCode() == null ? "-"
                : service.departments().stream().filter(d -> d.code().equals(me.departmentCode())).findFirst()
                        .map(d -> d.name(getLocale())).orElse(me.departmentCode()));
        Select<Locale> language = new Select<>();
        language.setId("profile-language");
        language.setLabel(getTranslation("shell.menu.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> Languages.CHINESE.equals(l) ? "中文" : "English");
        language.setValue(Languages.supported(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                LanguageSwitch.change(e.getValue());
            }
        });
        Button password = new Button(getTranslation("shell.password.title"),
                e -> getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        password.setId("profile-password");
        add(new FormLayout(login, department, language), password);
    }

    private TextField readOnly(String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }
}
