package cn.gov.laoshan.district.core.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every configuration that Configuration Admin hands to a service (a platform module's {@code ManagedService}, a
 * plugin's Declarative Services component) is checked against its Metatype description first, with the same check
 * as the admin console's form ({@link ConfigValues}). An invalid value — {@code lockout.max-failures=0} in
 * {@code conf/cn.gov.laoshan.district.identity.cfg}, where 1 to 100 is allowed — is refused with one log line naming
 * the file, the key, the value and what is allowed, and the service keeps the previous valid value (the default, if
 * none was valid yet). The file itself is left as the operator wrote it.
 *
 * <p>A {@link ConfigurationPlugin} is Configuration Admin's own hook for this (OSGi Compendium 104.9): it sees the
 * properties of every delivery, to {@code ManagedService}s and to SCR (which asks for them with
 * {@code Configuration.getProcessedProperties}), before the service does; so one check covers every module and
 * plugin, whatever way it reads its configuration.
 */
public final class ConfigurationCheck implements ConfigurationPlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationCheck.class);
    private static final String FILENAME = "felix.fileinstall.filename";

    private final BundleContext context;
    /** PID → attribute id → the last valid value delivered. */
    private final Map<String, Map<String, Object>> lastValid = new ConcurrentHashMap<>();

    private ConfigurationCheck(BundleContext context) {
        this.context = context;
    }

    /** Registers the check with the framework of {@code context} (before configurations are read from files). */
    public static ServiceRegistration<ConfigurationPlugin> register(BundleContext context) {
        Dictionary<String, Object> properties = new Hashtable<>();
        // within 0..1000: a plugin that may change what is delivered (104.9.3)
        properties.put(ConfigurationPlugin.CM_RANKING, 0);
        return context.registerService(ConfigurationPlugin.class, new ConfigurationCheck(context), properties);
    }

    @Override
    public void modifyConfiguration(ServiceReference<?> target, Dictionary<String, Object> properties) {
        Object pidValue = properties.get(Constants.SERVICE_PID);
        if (pidValue == null) {
            return;
        }
        String pid = pidValue.toString();
        Object factoryPid = properties.get(ConfigurationAdmin.SERVICE_FACTORYPID);
        ObjectClassDefinition ocd = definition(target, factoryPid != null ? factoryPid.toString() : pid,
                factoryPid != null);
        if (ocd == null) {
            return;
        }
        AttributeDefinition[] definitions = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        if (definitions == null) {
            return;
        }
        Map<String, Object> previous = lastValid.computeIfAbsent(pid, p -> new ConcurrentHashMap<>());
        for (AttributeDefinition ad : definitions) {
            Object value = properties.get(ad.getID());
            if (value == null) {
                previous.remove(ad.getID());
                continue;
            }
            String problem = null;
            String refused = null;
            for (String text : ConfigValues.texts(value)) {
                problem = ConfigValues.problem(ad, text);
                if (problem != null) {
                    refused = text;
                    break;
                }
            }
            if (problem == null) {
                previous.put(ad.getID(), value);
                continue;
            }
            Object kept = previous.get(ad.getID());
            if (kept == null) {
                properties.remove(ad.getID());
            } else {
                properties.put(ad.getID(), kept);
            }
            String[] defaults = ad.getDefaultValue();
            LOG.warn("{}: {} = {} refused, allowed is {}; {}", where(properties.get(FILENAME), pid), ad.getID(),
                    refused, ConfigValues.allowed(ad), kept != null ? "the previous value " + text(kept) + " stays"
                            : "the default " + (defaults == null ? "" : String.join(", ", defaults)) + " applies");
        }
    }

    /** The object class definition of a PID, from the target service's bundle, else from any bundle's Metatype. */
    private ObjectClassDefinition definition(ServiceReference<?> target, String id, boolean factory) {
        ServiceReference<MetaTypeService> reference = context.getServiceReference(MetaTypeService.class);
        MetaTypeService metatype = reference == null ? null : context.getService(reference);
        if (metatype == null) {
            return null;
        }
        try {
            Bundle own = target == null ? null : target.getBundle();
            if (own != null) {
                ObjectClassDefinition ocd = definition(metatype.getMetaTypeInformation(own), id, factory);
                if (ocd != null) {
                    return ocd;
                }
            }
            for (Bundle bundle : context.getBundles()) {
                ObjectClassDefinition ocd = definition(metatype.getMetaTypeInformation(bundle), id, factory);
                if (ocd != null) {
                    return ocd;
                }
            }
            return null;
        } finally {
            context.ungetService(reference);
        }
    }

    private static ObjectClassDefinition definition(MetaTypeInformation information, String id, boolean factory) {
        if (information == null) {
            return null;
        }
        String[] ids = factory ? information.getFactoryPids() : information.getPids();
        if (ids == null || !List.of(ids).contains(id)) {
            return null;
        }
        try {
            return information.getObjectClassDefinition(id, null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String where(Object filename, String pid) {
        if (filename == null) {
            return "configuration " + pid;
        }
        try {
            return Path.of(URI.create(filename.toString())).toString();
        } catch (IllegalArgumentException e) {
            return filename.toString();
        }
    }

    private static String text(Object value) {
        return String.join(", ", ConfigValues.texts(value));
    }
}
