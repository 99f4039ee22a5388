package cn.gov.laoshan.district.console.config;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The before and after of a configuration change as the audit log keeps them: the changed keys only, as JSON (Jackson,
 * the platform's one JSON writer); a secret shows only whether it is set, never its value.
 */
final class ConfigAuditJson {

    static final String SECRET_SET = "(已设置 set)";
    static final String SECRET_NOT_SET = "(未设置 not set)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigAuditJson() {
    }

    static String of(Set<String> changed, Set<String> secrets, Map<String, Object> values) {
        ObjectNode out = JSON.createObjectNode();
        for (String key : changed) {
            Object v = values.get(key);
            if (secrets.contains(key)) {
                out.put(key, v == null ? SECRET_NOT_SET : SECRET_SET);
            } else if (v == null) {
                out.putNull(key);
            } else if (v.getClass().isArray() || v instanceof Collection) {
                ArrayNode list = out.putArray(key);
                ConfigInput.strings(v).forEach(list::add);
            } else {
                out.put(key, String.valueOf(v));
            }
        }
        return out.toString();
    }
}
