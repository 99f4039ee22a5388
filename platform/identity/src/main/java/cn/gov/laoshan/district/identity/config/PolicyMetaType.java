package cn.gov.laoshan.district.identity.config;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeProvider;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The Metatype description of the identity module's configuration (PID {@value #PID}: password and lockout
 * policy), localised from {@code identity/i18n/metatype*.properties} (zh-CN default, English).
 *
 * <p>Why a {@link MetaTypeProvider} service and not {@code OSGI-INF/metatype/*.xml} or bnd annotations: the
 * platform modules are plain jars on the runtime's class path, so they belong to the system bundle. Felix
 * Metatype reads XML only from a bundle's own entries ({@code Bundle.findEntries}), which for the system bundle
 * are the framework jar's, not this module's; bnd does not process these jars either. A {@code MetaTypeProvider}
 * registered with the {@code metatype.pid} property is the spec's way (Metatype 1.4, 105.2) for any bundle, and
 * Felix Metatype reports it under the registering bundle: {@code MetaTypeService.getMetaTypeInformation(system
 * bundle)}.
 */
public final class PolicyMetaType implements MetaTypeProvider {

    public static final String PID = "cn.gov.laoshan.district.identity";
    private static final String BUNDLE = "cn/gov/laoshan/district/identity/i18n/metatype";

    /** id, type, default, min, max. */
    private record Attr(String id, int type, String defaultValue, long min, long max) {
    }

    private static final List<Attr> ATTRIBUTES = List.of(
            new Attr("password.min-length", AttributeDefinition.INTEGER, "12", 8, 128),
            new Attr("password.require-complexity", AttributeDefinition.BOOLEAN, "false", 0, 0),
            new Attr("password.max-age-days", AttributeDefinition.INTEGER, "0", 0, 3650),
            new Attr("lockout.max-failures", AttributeDefinition.INTEGER, "5", 1, 100),
            new Attr("lockout.minutes", AttributeDefinition.INTEGER, "15", 1, 1440),
            new Attr("session.max-hours", AttributeDefinition.INTEGER, "12", 1, 168));

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
        Locale l = locale == null || locale.isBlank() ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(locale.replace('_', '-'));
        try {
            return ResourceBundle.getBundle(BUNDLE, l, PolicyMetaType.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, PolicyMetaType.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
                return PolicyMetaType.validate(a, value);
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
        if (a.type() == AttributeDefinition.BOOLEAN) {
            return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? "" : "%invalid value";
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            return "%invalid value";
        }
        return n < a.min() ? "%less than minimum" : n > a.max() ? "%greater than maximum" : "";
    }
}
