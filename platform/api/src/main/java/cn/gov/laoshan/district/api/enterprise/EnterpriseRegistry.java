package cn.gov.laoshan.district.api.enterprise;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The enterprise registry (市场主体库), an OSGi service. Every method checks the caller's permission on the server:
 * {@code registry.enterprise.read} to read and export, {@code registry.enterprise.edit} to create and update,
 * {@code registry.enterprise.import} to import ({@link cn.gov.laoshan.district.api.security.AccessDeniedException}
 * otherwise). Changes are audited and announced as {@link EnterpriseEvents}.
 */
@ProviderType
public interface EnterpriseRegistry {

    String PERMISSION_READ = "registry.enterprise.read";
    String PERMISSION_EDIT = "registry.enterprise.edit";
    String PERMISSION_IMPORT = "registry.enterprise.import";

    /** The enterprise with this code, if registered. */
    Optional<Enterprise> find(Uscc uscc);

    /** One page of the matches, in the query's order. */
    List<Enterprise> list(EnterpriseQuery query);

    /** How many enterprises match the query's filters (paging and sorting ignored). */
    long count(EnterpriseQuery query);

    /** A page and the count together. */
    default EnterprisePage search(EnterpriseQuery query) {
        return new EnterprisePage(list(query), count(query));
    }

    /**
     * Registers a new enterprise.
     *
     * @throws EnterpriseValidationException when a field is missing or wrong, or the code is registered already
     */
    void create(Enterprise enterprise);

    /**
     * Changes a registered enterprise (found by its code). Its credit grade is not changed here: it changes only with
     * a reason ({@code EnterpriseFactsService.setCreditGrade}); an enterprise whose grade differs from the registered
     * one is refused (field 信用等级).
     *
     * @throws EnterpriseValidationException when a field is wrong, the grade differs or the code is not registered
     */
    void update(Enterprise enterprise);

    /**
     * Imports a file: new codes are registered, known ones updated. The whole file is checked first; when any row
     * has a problem, nothing is written and the report lists every problem with its row and field. A known
     * enterprise's credit grade is kept: an empty 信用等级 keeps it, another grade than the registered one is a
     * problem of that row (it changes only with a reason, {@code EnterpriseFactsService.setCreditGrade}). Bounded: the
     * implementation reads at most a limit of bytes from {@code in} (100 MiB), rows (500,000) and, for .xlsx, unpacked
     * bytes; a file beyond one of them is refused whole with a problem saying which.
     *
     * @param fileName the file's name, for the audit record and events
     */
    ImportReport importFile(InputStream in, ImportFormat format, String fileName) throws IOException;

    /**
     * {@link #importFile(InputStream, ImportFormat, String)}, telling {@code progress} how far it got.
     * The default ignores the progress.
     *
     * @since 1.1.0
     */
    default ImportReport importFile(InputStream in, ImportFormat format, String fileName, ImportProgress progress)
            throws IOException {
        return importFile(in, format, fileName);
    }

    /** Writes the query's matches (all of them, paging ignored) as an .xlsx workbook with Chinese headers. */
    void exportXlsx(EnterpriseQuery query, OutputStream out) throws IOException;

    /**
     * {@link #exportXlsx(EnterpriseQuery, OutputStream)} with headers and sheet name in {@code locale}'s language
     * (English headers for an English screen; the import reads either). The default writes Chinese.
     *
     * @since 1.2.0
     */
    default void exportXlsx(EnterpriseQuery query, OutputStream out, java.util.Locale locale) throws IOException {
        exportXlsx(query, out);
    }
}
