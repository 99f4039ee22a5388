package cn.gov.laoshan.district.shell.ui;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

import cn.gov.laoshan.district.api.security.AccessDeniedException;

/** Shown, with HTTP 403, when the user lacks the permission a screen needs. */
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("access-denied", "shell.error.denied.title", "shell.error.denied.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
