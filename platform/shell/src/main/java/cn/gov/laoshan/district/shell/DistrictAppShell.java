package cn.gov.laoshan.district.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

/**
 * The page around the application. Server push keeps open screens in step with plugins that come and go;
 * client-to-server messages stay on XHR so that sign-in can change the HTTP session id.
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
public class DistrictAppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "styles/district.css");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        settings.addMetaTag("referrer", "same-origin");
    }
}
