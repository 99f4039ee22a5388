package cn.gov.laoshan.district.audit.ui;

import java.util.Locale;
import java.util.function.Function;

import cn.gov.laoshan.district.audit.domain.AuditEntry;

/**
 * The words of an audit record on screen, in the user's language: who (the system and anonymous callers by name),
 * which part of the platform (the plugin's name, not its id), what happened ("登录", "受理" — not
 * {@code sign-in}, {@code transition.accept}), on what kind of object ("用户", "调解案件" — not {@code User},
 * {@code MediationCase}) and the outcome. Where no text is given, the recorded code is shown as it is.
 */
final class AuditLabels {

    private final Function<String, String> text;

    /** @param text the screen's translation ({@code getTranslation}); a missing key comes back as {@code !key!} */
    AuditLabels(Function<String, String> text) {
        this.text = text;
    }

    String actor(AuditEntry e) {
        String login = e.actorLogin();
        if ("anonymous".equals(login) || "system".equals(login)) {
            return optional("audit.actor." + login).orElse(e.actorName() + "（" + login + "）");
        }
        return e.actorName() == null ? login : e.actorName() + text.apply("audit.actor.login-open") + login
                + text.apply("audit.actor.login-close");
    }

    String source(String source) {
        return optional(source + ".plugin.name").orElse(source);
    }

    /**
     * {@code audit.action.<action>} (the platform's actions), else the plugin's {@code <source>.audit.<action>},
     * else for a workflow step ({@code transition.accept}) the plugin's {@code <source>.action.<step>}.
     */
    String action(String source, String action) {
        if (action == null) {
            return "";
        }
        return optional("audit.action." + action)
                .or(() -> optional(source + ".audit." + action))
                .or(() -> action.startsWith("transition.")
                        ? optional(source + ".action." + action.substring("transition.".length())) : java.util.Optional.empty())
                .orElse(action);
    }

    String objectType(String type) {
        return type == null ? "" : optional("audit.object." + type).orElse(type);
    }

    String object(AuditEntry e) {
        return e.objectType() == null ? "" : objectType(e.objectType()) + (e.objectId() == null ? "" : " · " + e.objectId());
    }

    /** Failed or refused (a {@code .failed}/{@code .refused} action, {@code access.denied}), or done. */
    static boolean failed(String action) {
        String a = action == null ? "" : action.toLowerCase(Locale.ROOT);
        return a.endsWith("failed") || a.endsWith(".refused") || a.endsWith("denied") || a.endsWith("-failed")
                || a.equals("user.lockout");
    }

    private java.util.Optional<String> optional(String key) {
        String value = text.apply(key);
        return value == null || value.equals(key) || value.startsWith("!") ? java.util.Optional.empty()
                : java.util.Optional.of(value);
    }
}
