package cn.gov.laoshan.district.console.catalogue;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.osgi.service.cm.ManagedService;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeProvider;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The approved catalogue's settings (PID {@value #PID}), edited on 配置 as every other configuration: where the
 * certificates of trusted plugin signers are, whether approval needs a trusted signature, how long a plugin
 * repository may take to answer. Described by Metatype as a {@link MetaTypeProvider} service (the console is part of
 * the system bundle: see identity's {@code PolicyMetaType} for why not XML), localised from
 * {@code console/i18n/metatype*.properties}; received as a {@link ManagedService}, effective at once.
 */
public final class CatalogueSettings implements MetaTypeProvider, ManagedService {

    public static final String PID = "cn.gov.laoshan.district.console.catalogue";
    public static final String SIGNERS = "signers.directory";
    public static final String REQUIRED = "signatures.required";
    public static final String TIMEOUT = "repositories.timeout-seconds";
    private static final String BUNDLE = "cn/gov/laoshan/district/console/i18n/metatype";

    /** id, type, default, min, max (numbers only). */
    private record Attr(String id, int type, String defaultValue, long min, long max) {
    }

    private static final List<Attr> ATTRIBUTES = List.of(
            new Attr(SIGNERS, AttributeDefinition.STRING, "conf/plugin-signers", 0, 0),
            new Attr(REQUIRED, AttributeDefinition.BOOLEAN, "false", 0, 0),
            new Attr(TIMEOUT, AttributeDefinition.INTEGER, "20", 2, 300));

    /** The settings in force. */
    public record Values(String signersDirectory, boolean signaturesRequired, Duration timeout) {
        static final Values DEFAULT = new Values("conf/plugin-signers", false, Duration.ofSeconds(20));
    }

    private final Path home;
    private volatile Values values = Values.DEFAULT;

    public CatalogueSettings(Path home) {
        this.home = home;
    }

    public Values values() {
        return values;
    }

    /** The directory of trusted signers' certificates (relative paths against the home). */
    public Path signersDirectory() {
        return home.resolve(values.signersDirectory());
    }

    /** Sets the values as a test or a caller without Configuration Admin would. */
    public void set(Values values) {
        this.values = values;
    }

    @Override
    public void updated(Dictionary<String, ?> properties) {
        if (properties == null) {
            values = Values.DEFAULT;
            return;
        }
        Object dir = properties.get(SIGNERS);
        Object required = properties.get(REQUIRED);
        Object timeout = properties.get(TIMEOUT);
        long seconds = Values.DEFAULT.timeout().toSeconds();
        if (timeout != null) {
            try {
                seconds = Math.max(2, Math.min(300, Long.parseLong(timeout.toString().trim())));
            } catch (NumberFormatException e) {
                // refused and logged by core's ConfigurationCheck before it gets here; the default stays
            }
        }
        values = new Values(dir == null || dir.toString().isBlank() ? Values.DEFAULT.signersDirectory()
                : dir.toString().trim(), required != null && Boolean.parseBoolean(required.toString().trim()),
                Duration.ofSeconds(seconds));
    }

    @Override
    public ObjectClassDefinition getObjectClassDefinition(String id, String locale) {
        if (!PID.equals(id)) {
            return null;
        }
        ResourceBundle texts = texts(locale);
        return new ObjectClassDefinition() {
            @Override
            public String getName() {
                return texts.getString("ocd.name");
            }

            @Override
            public String getID() {
                return PID;
            }

            @Override
            public String getDescription() {
                return texts.getString("ocd.description");
            }

            @Override
            public AttributeDefinition[] getAttributeDefinitions(int filter) {
                return filter == OPTIONAL ? new AttributeDefinition[0]
                        : ATTRIBUTES.stream().map(a -> definition(a, texts)).toArray(AttributeDefinition[]::new);
            }

            @Override
            public InputStream getIcon(int size) {
                return null;
            }
        };
    }

    @Override
    public String[] getLocales() {
        return new String[] {"zh_CN", "en"};
    }

    private static ResourceBundle texts(String locale) {
        Locale l = locale == null || locale.isBlank() ? Locale.SIMPLIFIED_CHINESE
                : Locale.forLanguageTag(locale.replace('_', '-'));
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return ResourceBundle.getBundle(BUNDLE, l, CatalogueSettings.class.getClassLoader(), control);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, CatalogueSettings.class.getClassLoader(), control);
        }
    }

    private static AttributeDefinition definition(Attr a, ResourceBundle texts) {
        return new AttributeDefinition() {
            @Override
            public String getName() {
                return texts.getString(a.id() + ".name");
            }

            @Override
            public String getID() {
                return a.id();
            }

            @Override
            public String getDescription() {
                return texts.getString(a.id() + ".description");
            }

            @Override
            public int getCardinality() {
                return 0;
            }

            @Override
            public int getType() {
                return a.type();
            }

            @Override
            public String[] getOptionValues() {
                return null;
            }

            @Override
            public String[] getOptionLabels() {
                return null;
            }

            @Override
            public String validate(String value) {
                return CatalogueSettings.validate(a, value);
            }

            @Override
            public String[] getDefaultValue() {
                return new String[] {a.defaultValue()};
            }
        };
    }

    /** "" when valid, else Felix Metatype's wording ("%less than minimum", ...), which the console translates. */
    static String validate(Attr a, String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            return "%missing required value";
        }
        return switch (a.type()) {
            case AttributeDefinition.BOOLEAN -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? ""
                    : "%invalid value";
            case AttributeDefinition.INTEGER -> {
                try {
                    long n = Long.parseLong(v);
                    yield n < a.min() ? "%less than minimum" : n > a.max() ? "%greater than maximum" : "";
                } catch (NumberFormatException e) {
                    yield "%invalid value";
                }
            }
            default -> v.length() > 1000 || v.indexOf('\0') >= 0 ? "%invalid value" : "";
        };
    }
}
