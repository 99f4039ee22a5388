package cn.gov.laoshan.district.api.plugin;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A department plugin, registered as an OSGi service by exactly one Declarative Services component of the
 * plugin's bundle, for example:
 *
 * <pre>{@code
 * @Component(service = DistrictPlugin.class)
 * public class MediationPlugin implements DistrictPlugin {
 *     private final CaseService cases; // built in the constructor from the platform services it references
 *     public PluginDescriptor descriptor() { ... }
 *     public List<Screen> screens() { return List.of(Screen.builder("cases", CasesView.class,
 *         () -> new CasesView(cases, masking)).title("mediation.screen.cases").permission("mediation.case.read")
 *         .build()); }
 * }
 * }</pre>
 *
 * <p>The runtime reads every method once, when the service appears; a plugin that wants to change its
 * contributions re-registers the service. Methods must not block and must not throw.
 *
 * <p>Everything the platform needs from a plugin goes through this interface; a plugin never reaches the
 * runtime's internals.
 */
@ConsumerType
public interface DistrictPlugin {

    /** Who the plugin is: id, names, department. */
    PluginDescriptor descriptor();

    /** The screens the plugin adds to the shell, each one a route under {@code /<plugin id>/}. */
    default List<Screen> screens() {
        return List.of();
    }

    /**
     * The screens anyone may open without signing in, each a route under {@code /<plugin id>/} in the platform's
     * bare public layout (see {@link PublicScreen}). None by default: every other screen needs a signed-in user.
     *
     * @since 1.6.0
     */
    default List<PublicScreen> publicScreens() {
        return List.of();
    }

    /** The cards the plugin adds to the home dashboard. */
    default List<DashboardWidget> widgets() {
        return List.of();
    }

    /**
     * The sections the plugin adds to pages the platform owns (the enterprise page's tabs).
     *
     * @since 1.4.0
     */
    default List<Section> sections() {
        return List.of();
    }

    /** The permissions the plugin defines; its screens and services check them. */
    default List<PermissionDefinition> permissions() {
        return List.of();
    }

    /**
     * The roles the plugin brings for homes with demo data, with the demo accounts that hold them; the platform
     * makes them once when the plugin starts on such a home (see {@link DemoRole}). None in production.
     *
     * @since 1.5.0
     */
    default List<DemoRole> demoRoles() {
        return List.of();
    }

    /**
     * Base name of the plugin's message bundles, found by its class loader: {@code i18n/messages} means
     * {@code i18n/messages.properties} (zh-CN, the default) and {@code i18n/messages_en.properties}.
     *
     * @since 1.1.0
     */
    default String messagesBaseName() {
        return "i18n/messages";
    }

    /** Jobs the platform's scheduler runs for the plugin (once per cluster, under a database lease). */
    default List<ScheduledJob> jobs() {
        return List.of();
    }
}
