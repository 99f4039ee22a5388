package cn.gov.laoshan.district.registry.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.QualificationType;
import cn.gov.laoshan.district.api.imports.ImportLimits;
import cn.gov.laoshan.district.api.imports.ImportProblem;
import cn.gov.laoshan.district.api.imports.ImportProgress;
import cn.gov.laoshan.district.uikit.imports.CheckedRows;
import cn.gov.laoshan.district.uikit.imports.ImportColumn;

/**
 * The rows of the fact files other than yearly figures ({@link FigureImport}), each checked by the import kit (its
 * reading, limits, header mapping, required fields, dates, duplicates and messages): qualifications, credit grades
 * and size classes. What is the registry's own: the code, the kinds, the fact rules ({@link FactRules}).
 */
final class FactFileImports {

    static final ImportColumn USCC = ImportColumn.of("统一社会信用代码", "Unified social credit code", true);

    private FactFileImports() {
    }

    /** The row's code (a problem when blank or not a well-formed USCC). */
    static Uscc uscc(CheckedRows<?>.Row row) {
        String code = row.required(USCC);
        if (code == null) {
            return null;
        }
        try {
            return Uscc.parse(code);
        } catch (InvalidUsccException e) {
            row.problem(USCC, e.message(Locale.SIMPLIFIED_CHINESE), e.message(Locale.ENGLISH));
            return null;
        }
    }

    /** A credit grade change read from a file: the enterprise, the grade (none: {@code null}) and its reason. */
    record GradeRow(Uscc uscc, CreditGrade grade, String reason) {
    }

    /** A size class read from a file. */
    record SizeRow(Uscc uscc, EnterpriseSize size) {
    }

    /** 统一社会信用代码, 资质 (code, Chinese or English name of a type held), 有效期起, 有效期至, 证书编号 (optional). */
    static final class Qualifications extends CheckedRows<Qualification> {
        static final ImportColumn TYPE = ImportColumn.of("资质", "Qualification", true);
        static final ImportColumn FROM = ImportColumn.of("有效期起", "Valid from", true);
        static final ImportColumn UNTIL = ImportColumn.of("有效期至", "Valid until", true);
        static final ImportColumn CERTIFICATE = ImportColumn.of("证书编号", "Certificate", false);

        /** The types by code and by either name. */
        private final Map<String, String> types = new java.util.HashMap<>();
        private final String known;

        Qualifications(List<QualificationType> types, ImportLimits limits, ImportProgress progress) {
            super(limits, List.of(USCC, TYPE, FROM, UNTIL, CERTIFICATE), progress);
            for (QualificationType type : types) {
                this.types.put(type.code().toUpperCase(Locale.ROOT), type.code());
                this.types.put(type.zh(), type.code());
                this.types.put(type.en().toUpperCase(Locale.ROOT), type.code());
            }
            this.known = String.join("、", types.stream().map(QualificationType::zh).toList());
        }

        @Override
        protected Qualification check(Row row) {
            Uscc uscc = uscc(row);
            String typeText = row.required(TYPE);
            String type = typeText == null ? null : types.getOrDefault(typeText, types.get(typeText.toUpperCase(Locale.ROOT)));
            if (typeText != null && type == null) {
                row.problem(TYPE, "“" + typeText + "”不是资质类型：应为" + known + "。",
                        "\"" + typeText + "\" is not a qualification type: use " + known + ".");
            }
            LocalDate from = row.date(FROM, true);
            LocalDate until = row.date(UNTIL, true);
            String certificate = row.text(CERTIFICATE);
            if (!row.ok()) {
                return null;
            }
            Qualification qualification = new Qualification(uscc, type, from, until, certificate);
            FactRules.check(qualification, row.number()).forEach(p -> row.problem(new ImportProblem(p.row(),
                    "有效期".equals(p.field()) ? UNTIL.zh() : p.field(), p.messageZh(), p.messageEn())));
            row.unique(TYPE, uscc.value() + "/" + type, uscc + " " + typeText);
            return qualification;
        }
    }

    /** 统一社会信用代码, 信用等级 (A–D), 理由 (required: a grade changes only with one). */
    static final class Grades extends CheckedRows<GradeRow> {
        static final ImportColumn GRADE = ImportColumn.of("信用等级", "Credit grade", true);
        static final ImportColumn REASON = ImportColumn.of("理由", "Reason", true);

        Grades(ImportLimits limits, ImportProgress progress) {
            super(limits, List.of(USCC, GRADE, REASON), progress);
        }

        @Override
        protected GradeRow check(Row row) {
            Uscc uscc = uscc(row);
            String gradeText = row.required(GRADE);
            CreditGrade grade = CreditGrade.fromText(gradeText);
            if (gradeText != null && grade == null) {
                row.problem(GRADE, "“" + gradeText + "”不是信用等级：应为A、B、C或D。",
                        "\"" + gradeText + "\" is not a credit grade: use A, B, C or D.");
            }
            String reason = row.required(REASON);
            if (reason != null && reason.length() > 500) {
                row.problem(REASON, "理由最多500个字。", "The reason has at most 500 characters.");
            }
            if (!row.ok()) {
                return null;
            }
            row.unique(USCC, uscc.value(), uscc.value());
            return new GradeRow(uscc, grade, reason);
        }
    }

    /** 统一社会信用代码, 企业规模 (大型/中型/小型/微型, or the English words). */
    static final class Sizes extends CheckedRows<SizeRow> {
        static final ImportColumn SIZE = ImportColumn.of("企业规模", "Size", true);

        Sizes(ImportLimits limits, ImportProgress progress) {
            super(limits, List.of(USCC, SIZE), progress);
        }

        @Override
        protected SizeRow check(Row row) {
            Uscc uscc = uscc(row);
            String sizeText = row.required(SIZE);
            EnterpriseSize size = EnterpriseSize.fromText(sizeText);
            if (sizeText != null && size == null) {
                row.problem(SIZE, "“" + sizeText + "”不是企业规模：应为大型、中型、小型或微型。",
                        "\"" + sizeText + "\" is not a size class: use 大型, 中型, 小型 or 微型.");
            }
            if (!row.ok()) {
                return null;
            }
            row.unique(USCC, uscc.value(), uscc.value());
            return new SizeRow(uscc, size);
        }
    }
}
