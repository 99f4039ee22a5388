package cn.gov.laoshan.district.audit.domain;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The defensive rule that keeps secrets out of the audit log, applied to every before/after text before it is
 * hashed and stored. Callers must not pass secrets in the first place; this catches the obvious mistakes.
 *
 * <ul>
 * <li>JSON (text starting with <code>{</code> or <code>[</code> that parses): every member, at any depth, whose name —
 * lower-cased, with {@code -} and {@code _} removed — contains one of {@link #SECRET_WORDS} gets the value
 * {@code "***"}, whatever it was (string, number, object).</li>
 * <li>Other text: {@code name=value} and {@code name: value} pairs whose name contains one of those words have their
 * value replaced by {@code ***} (up to the next whitespace, comma, semicolon or ampersand).</li>
 * </ul>
 */
public final class SecretMasker {

    public static final String MASK = "***";

    /** Parts of a field name that mark a secret. */
    public static final String[] SECRET_WORDS = { "password", "passwd", "pwd", "secret", "token", "apikey",
        "privatekey", "credential", "authorization", "cookie", "sessionid", "salt", "密码", "口令", "密钥" };

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PAIR = Pattern.compile(
            "([\\p{L}\\p{N}_.\\-]*(?i:password|passwd|pwd|secret|token|api[_-]?key|private[_-]?key|credential|"
                    + "authorization|cookie|session[_-]?id|salt|密码|口令|密钥)[\\p{L}\\p{N}_.\\-]*\"?\\s*[=:：]\\s*)"
                    + "(\"[^\"]*\"|[^\\s,;&}]+)");

    private SecretMasker() {
    }

    /** Whether a field of this name holds a secret. */
    public static boolean isSecretName(String name) {
        String normal = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (String word : SECRET_WORDS) {
            if (normal.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The text with secrets masked; {@code null} stays {@code null}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode tree = JSON.readTree(trimmed);
                if (tree != null && maskTree(tree)) {
                    return JSON.writeValueAsString(tree);
                }
                return tree == null ? maskPairs(text) : text;
            } catch (JsonProcessingException notJson) {
                return maskPairs(text);
            }
        }
        return maskPairs(text);
    }

    private static boolean maskTree(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isSecretName(field.getKey())) {
                    if (!(field.getValue().isTextual() && MASK.equals(field.getValue().asText()))) {
                        field.setValue(TextNode.valueOf(MASK));
                        changed = true;
                    }
                } else {
                    changed |= maskTree(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode element : array) {
                changed |= maskTree(element);
            }
        }
        return changed;
    }

    private static String maskPairs(String text) {
        Matcher matcher = PAIR.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + MASK));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }
}
