package cn.gov.laoshan.district.core.config;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeProvider;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The Metatype description of one platform module's configuration (one PID), localised from a properties bundle
 * ({@code ocd.name}, {@code ocd.description}, and {@code <id>.name} / {@code <id>.description} per attribute; zh-CN
 * the default, English second).
 *
 * <p>Why a {@link MetaTypeProvider} service and not {@code OSGI-INF/metatype/*.xml} or bnd annotations: the
 * platform modules are plain jars on the runtime's class path, so they belong to the system bundle. Felix
 * Metatype reads XML only from a bundle's own entries ({@code Bundle.findEntries}), which for the system bundle
 * are the framework jar's, not the module's; bnd does not process these jars either. A {@code MetaTypeProvider}
 * registered with the {@code metatype.pid} property is the spec's way (Metatype 1.4, 105.2) for any bundle, and
 * Felix Metatype reports it under the registering bundle. A module registers one of these per PID; plugins, which
 * are real bundles, use the annotations instead.
 */
public class LocalisedMetaType implements MetaTypeProvider {

    /**
     * One attribute: its id, Metatype type ({@link AttributeDefinition#STRING}, {@code INTEGER}, {@code BOOLEAN}),
     * default, and for integers the bounds.
     */
    public record Attribute(String id, int type, String defaultValue, long min, long max) {

        public static Attribute integer(String id, long defaultValue, long min, long max) {
            return new Attribute(id, AttributeDefinition.INTEGER, Long.toString(defaultValue), min, max);
        }

        public static Attribute bool(String id, boolean defaultValue) {
            return new Attribute(id, AttributeDefinition.BOOLEAN, Boolean.toString(defaultValue), 0, 0);
        }

        public static Attribute text(String id, String defaultValue) {
            return new Attribute(id, AttributeDefinition.STRING, defaultValue, 0, 0);
        }

        /** "" when valid, else Felix Metatype's wording ("%less than minimum", ...), which the console translates. */
        public String validate(String value) {
            String v = value == null ? "" : value.trim();
            if (v.isEmpty()) {
                return "%missing required value";
            }
            return switch (type) {
                case AttributeDefinition.BOOLEAN -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? ""
                        : "%invalid value";
                case AttributeDefinition.INTEGER -> {
                    try {
                        long n = Long.parseLong(v);
                        yield n < min ? "%less than minimum" : n > max ? "%greater than maximum" : "";
                    } catch (NumberFormatException e) {
                        yield "%invalid value";
                    }
                }
                default -> v.length() > 1000 || v.indexOf('\0') >= 0 ? "%invalid value" : "";
            };
        }
    }

    private final String pid;
    private final String bundleName;
    private final ClassLoader loader;
    private final List<Attribute> attributes;

    /**
     * @param bundleName the properties bundle's base name, e.g. {@code cn/gov/laoshan/district/identity/i18n/metatype}
     * @param loader     the module's class loader, which holds the bundle
     */
    public LocalisedMetaType(String pid, String bundleName, ClassLoader loader, List<Attribute> attributes) {
        this.pid = pid;
        this.bundleName = bundleName;
        this.loader = loader;
        this.attributes = List.copyOf(attributes);
    }

    public String pid() {
        return pid;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    @Override
    public ObjectClassDefinition getObjectClassDefinition(String id, String locale) {
        if (!pid.equals(id)) {
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
                return pid;
            }

            @Override
            public String getDescription() {
                return texts.getString("ocd.description");
            }

            @Override
            public AttributeDefinition[] getAttributeDefinitions(int filter) {
                return filter == OPTIONAL ? new AttributeDefinition[0]
                        : attributes.stream().map(a -> definition(a, texts)).toArray(AttributeDefinition[]::new);
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

    private ResourceBundle texts(String locale) {
        Locale l = locale == null || locale.isBlank() ? Locale.SIMPLIFIED_CHINESE
                : Locale.forLanguageTag(locale.replace('_', '-'));
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return ResourceBundle.getBundle(bundleName, l, loader, control);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(bundleName, Locale.ROOT, loader, control);
        }
    }

    private static AttributeDefinition definition(Attribute a, ResourceBundle texts) {
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
                return a.validate(value);
            }

            @Override
            public String[] getDefaultValue() {
                return new String[] {a.defaultValue()};
            }
        };
    }
}
