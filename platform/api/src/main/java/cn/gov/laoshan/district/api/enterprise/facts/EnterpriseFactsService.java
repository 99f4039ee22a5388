package cn.gov.laoshan.district.api.enterprise.facts;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.Uscc;

/**
 * Enterprise facts, an OSGi service of the registry. Every method checks the caller's permission on the server
 * (deny by default): {@value #PERMISSION_READ} to read and snapshot, {@value #PERMISSION_EDIT} (staff) to change,
 * {@value #PERMISSION_IMPORT} to import. An enterprise user holding {@value #PERMISSION_READ} reads their own
 * enterprise's facts only (another's are denied, see {@code AccessControl.enterprises}); changes, imports and
 * snapshots are refused to enterprise users whatever they hold. Every change is audited (source {@code registry}, before and after as
 * JSON). Bad input is refused with an {@code EnterpriseValidationException} (zh/en problems) and changes nothing.
 */
@ProviderType
public interface EnterpriseFactsService {

    String PERMISSION_READ = "registry.facts.read";
    String PERMISSION_EDIT = "registry.facts.edit";
    String PERMISSION_IMPORT = "registry.facts.import";

    /**
     * The enterprise's facts (empty lists when none); refused when the enterprise is not registered, denied to an
     * enterprise user for any enterprise but their own.
     */
    EnterpriseFacts facts(Uscc uscc);

    /** The qualification types the registry knows. */
    List<QualificationType> qualificationTypes();

    /** Records a yearly figure, replacing the one of the same enterprise, kind and year. */
    void putFigure(YearlyFigure figure);

    /** Records a qualification, replacing the one of the same enterprise and type. */
    void putQualification(Qualification qualification);

    /** Removes the enterprise's qualification of that type, if any. */
    void removeQualification(Uscc uscc, String type);

    /** Sets the enterprise's street and park. */
    void setLocation(Uscc uscc, Location location);

    /** Puts a credit mark on the enterprise (set by the caller, now); a reason is required. Returns its id. */
    long addCreditMark(Uscc uscc, String mark, String reason, LocalDate until);

    /** Sets the enterprise's credit grade (A–D, or none); only with a reason, which the audit record keeps. */
    void setCreditGrade(Uscc uscc, CreditGrade grade, String reason);

    /**
     * Imports yearly figures (CSV or .xlsx, read like the registry's enterprise import; columns 统一社会信用代码, 指标,
     * 年度, 数值, 来源, 截至日期, Chinese or English headers), all or nothing: any problem in any row (an unknown
     * code, a figure twice) and nothing is written; the report lists each problem with its row and field. A figure
     * of an enterprise, kind and year already kept is replaced. One audit record per file.
     */
    ImportReport importFigures(InputStream in, ImportFormat format, String fileName) throws IOException;

    /**
     * Imports qualifications (columns 统一社会信用代码, 资质 — the type's code or its Chinese or English name —, 有效期起,
     * 有效期至, 证书编号 optional), all or nothing like {@link #importFigures}: an unknown code or type, a validity
     * ending before it starts, a qualification twice in the file, and nothing is written. A qualification of the same
     * enterprise and type already kept is replaced. One audit record per file.
     *
     * @since 1.1.0
     */
    ImportReport importQualifications(InputStream in, ImportFormat format, String fileName) throws IOException;

    /**
     * Imports credit grades (columns 统一社会信用代码, 信用等级 A–D, 理由), all or nothing: every row needs its reason,
     * as {@link #setCreditGrade} does. One audit record per changed grade (before, after and the row's reason), one for
     * the file.
     *
     * @since 1.1.0
     */
    ImportReport importCreditGrades(InputStream in, ImportFormat format, String fileName) throws IOException;

    /**
     * Imports size classes (columns 统一社会信用代码, 企业规模 大型/中型/小型/微型), all or nothing. One audit record per
     * file, with each changed enterprise's size before and after.
     *
     * @since 1.1.0
     */
    ImportReport importSizes(InputStream in, ImportFormat format, String fileName) throws IOException;

    /**
     * The chosen columns for every registered enterprise, as of one version of the facts (consistent: taken again
     * when a change came while it was being read). For staff only: denied to enterprise users.
     */
    FactSnapshot snapshot(List<FactColumn> columns);
}
