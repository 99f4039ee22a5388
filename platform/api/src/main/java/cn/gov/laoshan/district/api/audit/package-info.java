/**
 * The platform's audit log: who changed what, when, from where, before and after. Append-only and hash-chained;
 * the platform records sign-ins and administration itself, plugins record their own data changes here.
 */
@Export
@Version("1.1.0")
package cn.gov.laoshan.district.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
