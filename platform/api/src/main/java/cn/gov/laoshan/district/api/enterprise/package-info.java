/**
 * The enterprise registry (市场主体库): the one shared record of every enterprise (市场主体), keyed by its unified
 * social credit code (统一社会信用代码, {@link cn.gov.laoshan.district.api.enterprise.Uscc}, GB 32100-2015).
 * Plugins find {@link cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry} in the OSGi registry and refer to
 * enterprises by their code, never keeping their own copy; changes are announced as OSGi events
 * ({@link cn.gov.laoshan.district.api.enterprise.EnterpriseEvents}).
 */
@Export
@Version("1.2.0")
package cn.gov.laoshan.district.api.enterprise;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
