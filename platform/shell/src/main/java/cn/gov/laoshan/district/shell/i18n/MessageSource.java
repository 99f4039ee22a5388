package cn.gov.laoshan.district.shell.i18n;

import java.util.Objects;

/**
 * Where a plugin's messages are: its id (the first segment of its keys) and the class loader of its bundle, which
 * finds {@code i18n/messages*.properties}.
 */
public record MessageSource(String pluginId, ClassLoader classLoader) {
    public MessageSource {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(classLoader, "classLoader");
    }
}
