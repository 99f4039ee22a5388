package cn.gov.laoshan.district.console.catalogue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.List;

import org.osgi.service.cm.ManagedService;
import org.osgi.service.metatype.MetaTypeProvider;
import org.osgi.service.metatype.ObjectClassDefinition;

import cn.gov.laoshan.district.core.config.LocalisedMetaType;

/**
 * The approved catalogue's settings (PID {@value #PID}), edited on 配置 as every other configuration: where the
 * certificates of trusted plugin signers are, whether approval needs a trusted signature, how long a plugin
 * repository may take to answer. Described by Metatype as a {@link MetaTypeProvider} service (the console is part of
 * the system bundle: see {@link LocalisedMetaType} for why not XML), localised from
 * {@code console/i18n/metatype*.properties}; received as a {@link ManagedService}, effective at once.
 */
public final class CatalogueSettings implements MetaTypeProvider, ManagedService {

    public static final String PID = "cn.gov.laoshan.district.console.catalogue";
    public static final String SIGNERS = "signers.directory";
    public static final String REQUIRED = "signatures.required";
    public static final String TIMEOUT = "repositories.timeout-seconds";
    private static final LocalisedMetaType METATYPE = new LocalisedMetaType(PID,
            "cn/gov/laoshan/district/console/i18n/metatype", CatalogueSettings.class.getClassLoader(), List.of(
                    LocalisedMetaType.Attribute.text(SIGNERS, "conf/plugin-signers"),
                    LocalisedMetaType.Attribute.bool(REQUIRED, false),
                    LocalisedMetaType.Attribute.integer(TIMEOUT, 20, 2, 300)));

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
        return METATYPE.getObjectClassDefinition(id, locale);
    }

    @Override
    public String[] getLocales() {
        return METATYPE.getLocales();
    }
}
