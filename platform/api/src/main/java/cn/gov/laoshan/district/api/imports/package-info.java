/**
 * Importing a table (CSV or .xlsx) into a plugin's or the platform's records, the same way everywhere:
 * {@link cn.gov.laoshan.district.api.imports.ImportFormat} (which file), {@link cn.gov.laoshan.district.api.imports.ImportLimits}
 * (bytes, rows and problems a file may have, enforced on the server), {@link cn.gov.laoshan.district.api.imports.ImportProgress}
 * (how far a long file got), {@link cn.gov.laoshan.district.api.imports.ImportProblem} (row, field, what is wrong in
 * zh-CN and English) and {@link cn.gov.laoshan.district.api.imports.ImportReport} (the totals and every problem).
 * An import is all or nothing: a file with any problem writes nothing, a good file is written in one transaction;
 * a check that needs the database (a code not registered) throws
 * {@link cn.gov.laoshan.district.api.imports.ImportRefusedException} inside that transaction to undo it.
 * The UI kit's {@code cn.gov.laoshan.district.uikit.imports} reads the files (streaming), checks them row by row and
 * shows the report.
 */
@Export
@Version("1.0.0")
package cn.gov.laoshan.district.api.imports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
