/**
 * The platform's UI kit for screens and plugins: {@link cn.gov.laoshan.district.uikit.QueryGrid} (a lazy,
 * sortable, filterable grid over an offset/limit query and a count),
 * {@link cn.gov.laoshan.district.uikit.ExcelExport} (.xlsx with headers, as a download),
 * {@link cn.gov.laoshan.district.uikit.Svg} (escaping data for server-rendered charts), and since 1.2.0
 * {@link cn.gov.laoshan.district.uikit.Steps} with {@link cn.gov.laoshan.district.uikit.Refusal} (run a service
 * call, show a refusal as a localized notification), {@link cn.gov.laoshan.district.uikit.RouteRecord} (the record
 * a route's {@code :id} names, or "not found"), {@link cn.gov.laoshan.district.uikit.PrintableDocument} (a printable
 * page) and {@link cn.gov.laoshan.district.uikit.SettableClock} (the clock demo seeding moves); since 1.3.0
 * {@link cn.gov.laoshan.district.uikit.Dates} (dates and times shown and entered in the UI language: 2026年11月27日 in
 * Chinese, ISO 2026-11-27 in English, instants in Beijing time, localized date pickers),
 * {@link cn.gov.laoshan.district.uikit.DemoSeeding} (a plugin's demo data seeded on its own thread, stopped with the
 * plugin) and {@code Steps.run(where, fields, step)}; since 1.4.0 the limits on what users send and receive:
 * {@link cn.gov.laoshan.district.uikit.BoundedUpload} (an upload with a byte limit enforced on the server),
 * {@link cn.gov.laoshan.district.uikit.ZipLimits} (decompression limits for uploaded .xlsx/.docx) and
 * {@link cn.gov.laoshan.district.uikit.SpreadsheetText} (text in CSV/Excel exports that never runs as a formula);
 * refusals shown at their field instead of a notification ({@code Steps.markInvalid}), {@code Dates.bound} (a date
 * field's {@code DateBounds} on its picker), {@link cn.gov.laoshan.district.uikit.UnsavedChanges} (a warning
 * before a form with unsaved changes is left) and {@code DemoSeeding.resumable} (a first start's seeding killed
 * half-way carries on at the next start), figures that link to the list they count
 * ({@code Figure.of(value, label, tone, route)}), a value axis for bar charts ({@code Svg.valueAxis}) and the link
 * back from a record page to its list ({@code BackLink}); since 1.5.0
 * {@link cn.gov.laoshan.district.uikit.XlsxSheet} (the .xlsx writer on its own, without Vaadin, so that services
 * write sheets without reaching the UI; {@code ExcelExport} keeps the download and writes through it); since 1.6.0
 * {@code Steps} shows the api's {@code RefusedException} (and a refused workflow transition) with no registration,
 * and {@code Steps.standard(errorId)}.
 * {@link cn.gov.laoshan.district.uikit.TimelinePanel} (a record's history from the platform's {@code Timeline}),
 * {@link cn.gov.laoshan.district.uikit.EnterprisePicker} (an enterprise chosen from the registry by name or code,
 * lazily, with the user's permission respected) and the server-rendered SVG charts
 * {@link cn.gov.laoshan.district.uikit.BarChart}, {@link cn.gov.laoshan.district.uikit.LineChart},
 * {@link cn.gov.laoshan.district.uikit.DonutChart} and {@link cn.gov.laoshan.district.uikit.GanttBars}
 * ({@link cn.gov.laoshan.district.uikit.SvgChart}: all text escaped); since 1.7.0
 * {@link cn.gov.laoshan.district.uikit.RecordPage} (the page of the record a route names: found, or "not found");
 * since 1.8.0 {@link cn.gov.laoshan.district.uikit.DemoSeeding.Part}: demo data in several parts, all registered
 * before the first starts.
 */
@Export
@Version("1.8.0")
package cn.gov.laoshan.district.uikit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
