/**
 * The import kit (since 1.0.0): CSV and .xlsx read a row at a time within server-side limits
 * ({@link cn.gov.laoshan.district.uikit.imports.TableReader}), rows checked per field with problems in zh-CN and
 * English ({@link cn.gov.laoshan.district.uikit.imports.CheckedRows}, {@link cn.gov.laoshan.district.uikit.imports.ImportColumn},
 * {@link cn.gov.laoshan.district.uikit.imports.ImportMessages}), written all or nothing in one transaction
 * ({@link cn.gov.laoshan.district.uikit.imports.FileImport}) and a refused file's report shown by every importer the
 * same way ({@link cn.gov.laoshan.district.uikit.imports.ImportReportDialog}). The types a service hands out are the
 * api's ({@code cn.gov.laoshan.district.api.imports}).
 */
@Export
@Version("1.0.0")
package cn.gov.laoshan.district.uikit.imports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
