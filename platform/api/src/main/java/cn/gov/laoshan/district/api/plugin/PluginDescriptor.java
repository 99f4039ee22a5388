package cn.gov.laoshan.district.api.plugin;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a plugin is.
 *
 * @param id             stable lower-case id, also the first segment of its routes and the name of its database
 *                       schema: {@code mediation}, {@code housing}, {@code market}, {@code finance}, {@code policy}
 * @param nameKey        message key of the plugin's name, e.g. {@code mediation.plugin.name} (矛盾纠纷调解)
 * @param departmentCode code of the department that owns the plugin, e.g. {@code justice} (区司法局); the shell groups
 *                       the navigation by it
 * @param departmentKey  message key of that department's name
 */
public record PluginDescriptor(String id, String nameKey, String departmentCode, String departmentKey) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,29}");

    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(departmentKey, "departmentKey");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("plugin id must be 2-30 lower-case letters or digits, starting with a letter: " + id);
        }
    }
}
