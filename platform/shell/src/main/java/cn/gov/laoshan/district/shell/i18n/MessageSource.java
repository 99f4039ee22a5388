package cn.gov.laoshan.district.shell.i18n;

import java.util.Objects;

/**
 * Where a plugin's messages are: its id (the first segment of its keys), the class loader that finds them and
 * their base name ({@code i18n/messages} for {@code i18n/messages.properties} and {@code i18n/messages_en.properties}).
 */
public record MessageSource(String pluginId, ClassLoader classLoader, String baseName) {
    public MessageSource {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(baseName, "baseName");
    }
}
