package cn.gov.laoshan.district.shell.i18n;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Finds every text of the UI: first in the shell's own messages, then in the messages of the plugin whose id
 * starts the key ({@code mediation.case.title} → plugin {@code mediation}), then in every other plugin.
 *
 * <p>Message files are {@code messages.properties} (zh-CN, the default) and {@code messages_en.properties},
 * read as UTF-8. Plugins keep theirs in {@code i18n/} of their bundle.
 */
public final class ShellI18N implements I18NProvider {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ShellI18N.class);

    public static final String SHELL_BUNDLE = "cn.gov.laoshan.district.shell.i18n.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final transient Supplier<Collection<MessageSource>> plugins;

    /** @param plugins the message sources of the plugins started at the time of each lookup */
    public ShellI18N(Supplier<Collection<MessageSource>> plugins) {
        this.plugins = plugins;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = Languages.supported(locale);
        Optional<String> pattern = find(key, effective);
        if (pattern.isEmpty()) {
            LOG.debug("no message for key {} in {}", key, effective);
            return "!" + key + "!";
        }
        if (params == null || params.length == 0) {
            return pattern.get();
        }
        return new MessageFormat(pattern.get(), effective).format(params);
    }

    /** The message for {@code key} in {@code locale}, if any bundle has it. */
    public Optional<String> find(String key, Locale locale) {
        Optional<String> shell = lookup(SHELL_BUNDLE, ShellI18N.class.getClassLoader(), key, locale);
        if (shell.isPresent()) {
            return shell;
        }
        Collection<MessageSource> active = plugins.get();
        int dot = key.indexOf('.');
        String prefix = dot > 0 ? key.substring(0, dot) : key;
        for (MessageSource plugin : active) {
            if (plugin.pluginId().equals(prefix)) {
                Optional<String> own = lookup(plugin.baseName(), plugin.classLoader(), key, locale);
                if (own.isPresent()) {
                    return own;
                }
            }
        }
        for (MessageSource plugin : active) {
            if (!plugin.pluginId().equals(prefix)) {
                Optional<String> other = lookup(plugin.baseName(), plugin.classLoader(), key, locale);
                if (other.isPresent()) {
                    return other;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lookup(String baseName, ClassLoader loader, String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
