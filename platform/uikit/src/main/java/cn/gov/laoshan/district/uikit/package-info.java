/**
 * The platform's UI kit for screens and plugins: {@link cn.gov.laoshan.district.uikit.QueryGrid} (a lazy,
 * sortable, filterable grid over an offset/limit query and a count) and
 * {@link cn.gov.laoshan.district.uikit.ExcelExport} (.xlsx with headers, as a download) and
 * {@link cn.gov.laoshan.district.uikit.Svg} (escaping data for server-rendered charts).
 */
@Export
@Version("1.1.0")
package cn.gov.laoshan.district.uikit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
