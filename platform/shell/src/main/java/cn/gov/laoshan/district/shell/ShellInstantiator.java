package cn.gov.laoshan.district.shell;

import java.util.Optional;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.server.VaadinService;

import cn.gov.laoshan.district.shell.i18n.ShellI18N;
import cn.gov.laoshan.district.shell.plugins.ViewCatalog;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.shell.security.SessionUser;

/**
 * Creates views through their factories, so that views take their services in the constructor. It checks the
 * view's access once more right before creating it: a view the user may not open is never constructed.
 */
final class ShellInstantiator extends DefaultInstantiator {

    private static final long serialVersionUID = 1L;

    private final transient ViewCatalog catalog;
    private final ShellI18N i18n;

    ShellInstantiator(VaadinService service, ViewCatalog catalog, ShellI18N i18n) {
        super(service);
        this.catalog = catalog;
        this.i18n = i18n;
    }

    @Override
    public <T extends HasElement> T createRouteTarget(Class<T> type, NavigationEvent event) {
        Optional<ViewCatalog.Entry> entry = catalog.find(type);
        if (entry.isEmpty()) {
            return super.createRouteTarget(type, event);
        }
        if (!entry.get().access().allows(SessionUser.get())) {
            throw new AccessDeniedException(entry.get().access().permission());
        }
        return type.cast(entry.get().factory().create());
    }

    @Override
    public I18NProvider getI18NProvider() {
        return i18n;
    }
}
