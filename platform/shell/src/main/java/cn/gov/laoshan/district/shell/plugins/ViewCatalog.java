package cn.gov.laoshan.district.shell.plugins;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.Component;

import cn.gov.laoshan.district.api.plugin.ViewFactory;
import cn.gov.laoshan.district.shell.security.ViewAccess;

/**
 * Every view class the shell may show, with the factory that makes it and who may open it. The shell's
 * instantiator creates views only through this catalog, after checking the access on the server.
 */
public final class ViewCatalog {

    /**
     * @param pluginId the owning plugin, {@code null} for the shell's own views
     * @param titleKey message key of the view's title
     */
    public record Entry(Class<? extends Component> type, ViewFactory<? extends Component> factory, ViewAccess access,
            String pluginId, String titleKey) {
    }

    private final Map<Class<?>, Entry> entries = new ConcurrentHashMap<>();

    public void put(Entry entry) {
        entries.put(entry.type(), entry);
    }

    public void remove(Class<?> type) {
        entries.remove(type);
    }

    public Optional<Entry> find(Class<?> type) {
        return Optional.ofNullable(entries.get(type));
    }
}
