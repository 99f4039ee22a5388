package cn.gov.laoshan.district.testdoubles;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The assertion every module and plugin makes on its message files: the Chinese file ({@code messages.properties},
 * the default) and the English one ({@code messages_en.properties}) have the same keys, so no screen shows a raw key
 * in one language. The testkit's {@code MessageFiles} checks more (English left in the Chinese file, raw enum names)
 * over the whole repository; this is the light check a module runs in its own {@code mvn verify}.
 *
 * <pre>{@code
 * @Test
 * void bothLanguagesHaveTheSameKeys() {
 *     MessageKeys.assertSameKeys(getClass(), "i18n/messages");          // a plugin's messages
 *     MessageKeys.assertSameKeys(getClass(), "OSGI-INF/l10n/housing-settings");  // its settings' labels
 * }
 * }</pre>
 */
public final class MessageKeys {

    private MessageKeys() {
    }

    /**
     * Fails, naming the keys missing on each side, unless {@code base + ".properties"} and {@code base +
     * "_en.properties"} (class-path resources, without a leading slash, as seen by {@code anchor}'s class loader)
     * both exist and have the same keys.
     */
    public static void assertSameKeys(Class<?> anchor, String base) {
        Set<String> zh = keys(anchor, base + ".properties");
        Set<String> en = keys(anchor, base + "_en.properties");
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        if (!onlyZh.isEmpty() || !onlyEn.isEmpty()) {
            throw new AssertionError(base + ": the two languages' keys differ; only in " + base + ".properties: "
                    + onlyZh + ", only in " + base + "_en.properties: " + onlyEn);
        }
    }

    /** The keys of a properties resource (read as UTF-8, as the platform reads message files). */
    static Set<String> keys(Class<?> anchor, String resource) {
        Properties properties = new Properties();
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no message file " + resource + " on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().forEach(keys::add);
        return keys;
    }
}
