package cn.gov.laoshan.district.shell.ui;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

/** Shown, with HTTP 500, when a screen fails while opening. The details go to the log, never to the user. */
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(InternalErrorView.class);

    public InternalErrorView() {
        super("internal-error", "shell.error.internal.title", "shell.error.internal.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("screen {} failed to open", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
