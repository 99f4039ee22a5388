/**
 * The platform's UI kit for screens and plugins: {@link cn.gov.laoshan.district.uikit.QueryGrid} (a lazy,
 * sortable, filterable grid over an offset/limit query and a count),
 * {@link cn.gov.laoshan.district.uikit.ExcelExport} (.xlsx with headers, as a download),
 * {@link cn.gov.laoshan.district.uikit.Svg} (escaping data for server-rendered charts), and since 1.2.0
 * {@link cn.gov.laoshan.district.uikit.Steps} with {@link cn.gov.laoshan.district.uikit.Refusal} (run a service
 * call, show a refusal as a localized notification), {@link cn.gov.laoshan.district.uikit.RouteRecord} (the record
 * a route's {@code :id} names, or "not found"), {@link cn.gov.laoshan.district.uikit.PrintableDocument} (a printable
 * page) and {@link cn.gov.laoshan.district.uikit.SettableClock} (the clock demo seeding moves).
 */
@Export
@Version("1.2.0")
package cn.gov.laoshan.district.uikit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
