/**
 * Projects another plugin may name (issue 26: a 会客厅's joint consultation 联合会商 about a housing key project): the
 * contract between the plugin that keeps the projects (housing), which registers a {@link ProjectDirectory} as an
 * OSGi service, and a plugin that refers to one (the service hall), which takes the directory optionally and
 * dynamically and falls back to a typed code while no plugin provides it. The directory is read in the caller's
 * scope: a user finds only the projects the owning plugin would show them.
 */
@Export
@Version("1.0.0")
package cn.gov.laoshan.district.api.project;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
