package cn.gov.laoshan.district.console.config;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.console.config.ConfigForm.Field;
import cn.gov.laoshan.district.console.config.ConfigForm.Kind;

/**
 * Metatype support: every PID and factory PID that a bundle describes ({@link MetaTypeService} over all bundles, the
 * system bundle with the platform modules included), the description of one, and the form generated from its
 * attribute definitions.
 */
final class MetatypeCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(MetatypeCatalogue.class);

    /** A PID with its description and its configuration (null when none exists yet). */
    record Located(String pid, String factoryPid, boolean factory, ObjectClassDefinition ocd, Configuration config) {
    }

    private final BundleContext context;
    private final PluginOwnership ownership;

    MetatypeCatalogue(BundleContext context) {
        this.context = context;
        this.ownership = new PluginOwnership(context);
    }

    /** Every configurable PID, factory PID and factory instance, sorted by department, plugin and PID. */
    List<Configurable> configurables(MetaTypeService metatype, ConfigurationAdmin admin, String locale)
            throws IOException {
        List<Configurable> out = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info = information(metatype, bundle);
            if (info == null) {
                continue;
            }
            for (String pid : nonNull(info.getPids())) {
                ObjectClassDefinition ocd = ocd(info, pid, locale);
                if (ocd != null) {
                    PluginDescriptor owner = ownership.owner(bundle, pid);
                    out.add(new Configurable(pid, null, false, bundle.getSymbolicName(), PluginOwnership.id(owner),
                            PluginOwnership.nameKey(owner), PluginOwnership.department(bundle, owner), ocd.getName(),
                            text(ocd.getDescription()), existing(admin, pid) != null));
                }
            }
            for (String factoryPid : nonNull(info.getFactoryPids())) {
                ObjectClassDefinition ocd = ocd(info, factoryPid, locale);
                if (ocd == null) {
                    continue;
                }
                PluginDescriptor owner = ownership.owner(bundle, factoryPid);
                String department = PluginOwnership.department(bundle, owner);
                out.add(new Configurable(factoryPid, null, true, bundle.getSymbolicName(), PluginOwnership.id(owner),
                        PluginOwnership.nameKey(owner), department, ocd.getName(), text(ocd.getDescription()), false));
                for (Configuration instance : list(admin, "(" + ConfigurationAdmin.SERVICE_FACTORYPID + "="
                        + escape(factoryPid) + ")")) {
                    out.add(new Configurable(instance.getPid(), factoryPid, false, bundle.getSymbolicName(),
                            PluginOwnership.id(owner), PluginOwnership.nameKey(owner), department,
                            ocd.getName() + " · " + instance.getPid(), text(ocd.getDescription()), true));
                }
            }
        }
        out.sort(Comparator.comparing((Configurable c) -> Objects.toString(c.departmentKey(), "~"))
                .thenComparing(Configurable::pluginId).thenComparing(Configurable::pid));
        return out;
    }

    /** The description of a PID, a factory instance or a factory PID (a new instance), with its configuration. */
    Located locate(MetaTypeService metatype, ConfigurationAdmin admin, String pid, String locale) throws IOException {
        Configuration config = existing(admin, pid);
        String factoryPid = config == null ? null : config.getFactoryPid();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info = information(metatype, bundle);
            if (info == null) {
                continue;
            }
            if (factoryPid == null && Arrays.asList(nonNull(info.getPids())).contains(pid)) {
                return new Located(pid, null, false, ocd(info, pid, locale), config);
            }
            if (factoryPid != null && Arrays.asList(nonNull(info.getFactoryPids())).contains(factoryPid)) {
                return new Located(pid, factoryPid, false, ocd(info, factoryPid, locale), config);
            }
            if (factoryPid == null && Arrays.asList(nonNull(info.getFactoryPids())).contains(pid)) {
                return new Located(pid, pid, true, ocd(info, pid, locale), null);
            }
        }
        throw new IllegalArgumentException("no Metatype description for " + pid);
    }

    /** The form of a located PID: its fields from the attribute definitions, values from its configuration. */
    static ConfigForm form(Located l) {
        Dictionary<String, Object> props = l.config == null ? null : l.config.getProperties();
        Set<String> required = ids(l.ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED));
        List<Field> fields = new ArrayList<>();
        for (AttributeDefinition ad : definitions(l.ocd)) {
            Kind kind = ConfigInput.kind(ad.getType());
            Object value = props == null ? null : props.get(ad.getID());
            List<String> values = kind == Kind.PASSWORD ? List.of() : ConfigInput.strings(value);
            boolean secretSet = kind == Kind.PASSWORD && value != null
                    && !ConfigInput.strings(value).stream().allMatch(String::isEmpty);
            fields.add(new Field(ad.getID(), text(ad.getName()).isEmpty() ? ad.getID() : ad.getName(),
                    text(ad.getDescription()), kind, ad.getType(), ad.getCardinality(), required.contains(ad.getID()),
                    kind == Kind.PASSWORD ? List.of() : list(ad.getDefaultValue()), options(ad), values, secretSet));
        }
        Object file = props == null ? null : props.get(CfgFile.FILENAME);
        return new ConfigForm(l.config == null ? l.pid : l.config.getPid(), l.factoryPid, l.ocd.getName(),
                text(l.ocd.getDescription()), l.config != null,
                file == null ? null : CfgFile.path(file.toString()).toString(), List.copyOf(fields));
    }

    static Configuration existing(ConfigurationAdmin admin, String pid) throws IOException {
        List<Configuration> found = list(admin, "(" + Constants.SERVICE_PID + "=" + escape(pid) + ")");
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Configuration> list(ConfigurationAdmin admin, String filter) throws IOException {
        try {
            Configuration[] found = admin.listConfigurations(filter);
            return found == null ? List.of() : List.of(found);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static MetaTypeInformation information(MetaTypeService metatype, Bundle bundle) {
        if (bundle.getState() == Bundle.UNINSTALLED || bundle.getState() == Bundle.INSTALLED) {
            return null;
        }
        try {
            return metatype.getMetaTypeInformation(bundle);
        } catch (RuntimeException e) {
            LOG.debug("no metatype information for {}", bundle.getSymbolicName(), e);
            return null;
        }
    }

    private static ObjectClassDefinition ocd(MetaTypeInformation info, String id, String locale) {
        try {
            return info.getObjectClassDefinition(id, locale);
        } catch (IllegalArgumentException e) {
            return info.getObjectClassDefinition(id, null);
        }
    }

    static List<AttributeDefinition> definitions(ObjectClassDefinition ocd) {
        AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        return all == null ? List.of() : List.of(all);
    }

    static Set<String> ids(AttributeDefinition[] definitions) {
        Set<String> ids = new HashSet<>();
        if (definitions != null) {
            for (AttributeDefinition ad : definitions) {
                ids.add(ad.getID());
            }
        }
        return ids;
    }

    private static List<ConfigForm.Option> options(AttributeDefinition ad) {
        String[] values = ad.getOptionValues();
        if (values == null) {
            return List.of();
        }
        String[] labels = ad.getOptionLabels();
        List<ConfigForm.Option> options = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            options.add(new ConfigForm.Option(labels != null && i < labels.length ? labels[i] : values[i], values[i]));
        }
        return options;
    }

    static List<String> list(String[] values) {
        return values == null ? List.of() : List.of(values);
    }

    private static String[] nonNull(String[] values) {
        return values == null ? new String[0] : values;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** A value escaped for an LDAP filter. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '(' || c == ')' || c == '*' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** "zh_CN" (the default) or "en": the locale strings Metatype localisations are named with. */
    static String metatypeLocale(Locale locale) {
        return locale == null || locale.getLanguage().isEmpty() ? "zh_CN" : locale.toString();
    }
}
