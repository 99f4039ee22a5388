/**
 * The plugin contract: what a department plugin gives the platform.
 *
 * <p>A plugin is an OSGi bundle with one Declarative Services component that provides
 * {@link cn.gov.laoshan.district.api.plugin.DistrictPlugin}. The runtime tracks these services: when one
 * appears, its screens become routes in the shell and its widgets appear on the home dashboard; when it goes,
 * they go, and open screens of it are moved to a safe page.
 *
 * <p>Texts are message keys, resolved in the plugin's own {@code i18n/messages*.properties} (UTF-8) with
 * zh-CN the default language and English the second.
 *
 * <p>A plugin's versioned SQL migrations lie in its bundle under {@code db/migration/} ({@code V1__cases.sql},
 * ...); they are applied to the plugin's own schema before its {@code PluginDatabase} is handed out (see
 * {@code cn.gov.laoshan.district.api.data}).
 *
 * <p>Screens and widgets say who they are for ({@link cn.gov.laoshan.district.api.plugin.Audience}, since 1.3.0):
 * staff by default; the shell never opens a staff screen for an enterprise user.
 *
 * <p>Since 1.4 a plugin adds {@link cn.gov.laoshan.district.api.plugin.Section sections} (tabs) to the enterprise
 * page; they come and go with the plugin as screens do.
 *
 * <p>Since 1.5 a plugin declares the {@link cn.gov.laoshan.district.api.plugin.DemoRole roles} a home with demo data
 * gets for it, with the demo accounts holding them; the platform seeds them when the plugin starts.
 * <p>Also since 1.5 a {@link cn.gov.laoshan.district.api.plugin.ScheduledJob} may run daily at a local time
 * ({@code ScheduledJob.daily}) rather than at an interval.
 * <p>Since 1.6 a plugin may declare {@link cn.gov.laoshan.district.api.plugin.PublicScreen public screens}, opened
 * without sign-in in a bare layout ({@code DistrictPlugin.publicScreens()}), and finds the client's address for their
 * rate limits in the {@link cn.gov.laoshan.district.api.plugin.ClientAddress} service (trusted proxies honoured).
 */
@Export
@Version("1.7.0")
package cn.gov.laoshan.district.api.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
