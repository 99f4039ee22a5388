package cn.gov.laoshan.district.housing.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.imports.ImportFormat;
import cn.gov.laoshan.district.api.imports.ImportLimits;
import cn.gov.laoshan.district.api.imports.ImportProblem;
import cn.gov.laoshan.district.api.imports.ImportReport;
import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.domain.TemplateItem;
import cn.gov.laoshan.district.housing.plan.CyclicPlanException;
import cn.gov.laoshan.district.housing.plan.PlanItem;
import cn.gov.laoshan.district.housing.plan.PlanScheduler;
import cn.gov.laoshan.district.uikit.XlsxSheet;
import cn.gov.laoshan.district.uikit.ZipLimits;
import cn.gov.laoshan.district.uikit.imports.CheckedRows;
import cn.gov.laoshan.district.uikit.imports.FileImport;
import cn.gov.laoshan.district.uikit.imports.ImportColumn;
import cn.gov.laoshan.district.uikit.imports.ImportMessages;
import cn.gov.laoshan.district.uikit.imports.TableReader;

/**
 * Approval service menus in and out of Excel (.xlsx, first sheet, one row per item, several menus in one file
 * grouped by the first column; a CSV with the same columns imports too). Reading is the platform's import kit
 * ({@link TableReader}: bounded to {@link #MAX_FILE_BYTES}, an .xlsx unpacking within {@link #ZIP_LIMITS}, at most
 * the configured number of rows; {@link CheckedRows}: columns by their Chinese or English header, every problem with
 * its row and column in Chinese and English; {@link FileImport}: nothing written unless the whole file is good, then
 * in one transaction). What is the menus' own: the item's rules, one investment kind per menu, an item key once per
 * menu, prerequisites within the menu and no cycles.
 */
public final class TemplateExcel {

    /** The columns, as exported and as expected on import (the header row), in file order ({@link #ALL}). */
    static final class Column {
        static final ImportColumn TEMPLATE = ImportColumn.of("模板名称", "Template", true);
        static final ImportColumn KIND = ImportColumn.of("投资类别", "Investment kind", true);
        static final ImportColumn KEY = ImportColumn.of("事项编号", "Item key", true);
        static final ImportColumn STAGE = ImportColumn.of("阶段", "Stage", true);
        static final ImportColumn NAME = ImportColumn.of("事项名称", "Item name", true);
        static final ImportColumn DEPARTMENT = ImportColumn.of("责任部门", "Department", true);
        static final ImportColumn MATERIALS = ImportColumn.of("申报材料", "Materials", false);
        static final ImportColumn DAYS = ImportColumn.of("办理时限（工作日）", "Working days", true);
        static final ImportColumn PREREQUISITES = ImportColumn.of("前置事项", "Prerequisites", false);
        static final ImportColumn SIMULATED = ImportColumn.of("可模拟审批", "Simulated approval", false);
        static final List<ImportColumn> ALL = List.of(TEMPLATE, KIND, KEY, STAGE, NAME, DEPARTMENT, MATERIALS, DAYS,
                PREREQUISITES, SIMULATED);

        private Column() {
        }
    }

    /** The Chinese headers in file order. */
    public static final List<String> HEADERS = Column.ALL.stream().map(ImportColumn::zh).toList();

    /** The menus' own import messages, zh-CN and English ({@code i18n/imports*.properties}). */
    static final ImportMessages MESSAGES = new ImportMessages("i18n.imports", TemplateExcel.class.getClassLoader());

    /** The largest file read: 10 MiB (a menu of a few hundred items is some 30 KB). */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** What a file may unpack to: 100 MiB, at most 100 times each part's compressed size. */
    static final ZipLimits ZIP_LIMITS = ZipLimits.of(100L * 1024 * 1024);

    private TemplateExcel() {
    }

    /** One good row: the menu it belongs to and its item. */
    record MenuRow(String template, InvestmentKind kind, TemplateItem item) {
    }

    public static void write(OutputStream out, List<Template> templates) throws IOException {
        try (XlsxSheet sheet = XlsxSheet.open(out, "审批服务菜单", HEADERS)) {
            for (Template t : templates) {
                for (TemplateItem i : t.items()) {
                    sheet.row(t.name(), t.kind() == InvestmentKind.GOVERNMENT ? "政府投资" : "社会投资", i.key(),
                            i.stage().chinese(), i.name(), i.department(), i.materials(), i.durationDays(),
                            String.join(",", new java.util.TreeSet<>(i.prerequisites())),
                            i.simulatedAllowed() ? "是" : "否");
                }
            }
        }
    }

    /**
     * Reads and checks the file whole; when every row is good, hands its menus to {@code save} (to be written in one
     * transaction, see {@link FileImport#inTransaction}), which returns the number of menus written.
     */
    public static ImportReport read(InputStream in, ImportFormat format, int maxRows, WorkingDayCalendar calendar,
            FileImport.Writer<MenuRow> save) throws IOException {
        ImportLimits limits = new ImportLimits(MAX_FILE_BYTES, maxRows, 1000, ZIP_LIMITS.maxTotalBytes());
        return FileImport.run(new TableReader(limits, ZIP_LIMITS), in, format, new Rows(limits, calendar), save);
    }

    /** The menus of a good file's rows, in file order. */
    static List<Template> templates(List<CheckedRows.Checked<MenuRow>> rows) {
        Map<String, List<TemplateItem>> items = new LinkedHashMap<>();
        Map<String, InvestmentKind> kinds = new LinkedHashMap<>();
        for (CheckedRows.Checked<MenuRow> r : rows) {
            items.computeIfAbsent(r.value().template(), k -> new ArrayList<>()).add(r.value().item());
            kinds.putIfAbsent(r.value().template(), r.value().kind());
        }
        List<Template> templates = new ArrayList<>();
        items.forEach((name, list) -> templates.add(new Template(0, name, kinds.get(name), null, true, list)));
        return templates;
    }

    /** The menus' rules on each row, then prerequisites and cycles over each menu. */
    private static final class Rows extends CheckedRows<MenuRow> {
        private final WorkingDayCalendar calendar;
        private final Map<String, InvestmentKind> kinds = new LinkedHashMap<>();

        Rows(ImportLimits limits, WorkingDayCalendar calendar) {
            super(limits, Column.ALL, null);
            this.calendar = calendar;
        }

        @Override
        protected MenuRow check(Row row) {
            String name = row.required(Column.TEMPLATE);
            String kindText = row.text(Column.KIND);
            InvestmentKind kind = "政府投资".equals(kindText) ? InvestmentKind.GOVERNMENT
                    : "社会投资".equals(kindText) ? InvestmentKind.SOCIAL : null;
            if (kind == null) {
                row.problem(Column.KIND, MESSAGES, "template.import.kind");
            } else if (name != null && kinds.containsKey(name) && kinds.get(name) != kind) {
                row.problem(Column.KIND, MESSAGES, "template.import.kind-differs");
            } else if (name != null) {
                kinds.put(name, kind);
            }
            TemplateItem item = item(row);
            if (item != null && name != null) {
                row.unique(Column.KEY, name + "\u0000" + item.key(), item.key());
            }
            return row.ok() ? new MenuRow(name, kind, item) : null;
        }

        private static TemplateItem item(Row row) {
            String key = row.text(Column.KEY);
            if (key == null || !key.matches("[A-Za-z0-9-]{1,20}")) {
                row.problem(Column.KEY, MESSAGES, "template.import.key");
            }
            Stage stage = Stage.parse(row.text(Column.STAGE));
            if (stage == null) {
                row.problem(Column.STAGE, MESSAGES, "template.import.stage");
            }
            String itemName = row.required(Column.NAME);
            String department = row.required(Column.DEPARTMENT);
            Integer days = row.wholeNumber(Column.DAYS, true);
            if (days != null && (days < 0 || days > 720)) {
                row.problem(Column.DAYS, MESSAGES, "template.import.days");
            }
            String simulatedText = row.text(Column.SIMULATED);
            Boolean simulated = simulatedText == null || simulatedText.equals("否") || simulatedText.equalsIgnoreCase("N")
                    ? Boolean.FALSE : simulatedText.equals("是") || simulatedText.equalsIgnoreCase("Y") ? Boolean.TRUE : null;
            if (simulated == null) {
                row.problem(Column.SIMULATED, MESSAGES, "template.import.simulated");
            }
            Set<String> pre = HousingSql.keys(row.text(Column.PREREQUISITES));
            if (key != null && pre.contains(key)) {
                row.problem(Column.PREREQUISITES, MESSAGES, "template.import.self-prerequisite");
            }
            return row.ok() ? new TemplateItem(key, stage, itemName, department, row.text(Column.MATERIALS), days, pre, simulated)
                    : null;
        }

        @Override
        protected List<ImportProblem> finish(List<Checked<MenuRow>> rows) {
            List<ImportProblem> problems = new ArrayList<>();
            Map<String, Integer> rowOf = new java.util.HashMap<>();
            rows.forEach(r -> rowOf.put(r.value().template() + "\u0000" + r.value().item().key(), r.row()));
            PlanScheduler scheduler = new PlanScheduler(calendar);
            for (Template t : templates(rows)) {
                Set<String> keys = new HashSet<>();
                t.items().forEach(i -> keys.add(i.key()));
                boolean linked = true;
                for (TemplateItem i : t.items()) {
                    for (String pre : i.prerequisites()) {
                        if (!keys.contains(pre)) {
                            linked = false;
                            problems.add(MESSAGES.problem(rowOf.get(t.name() + "\u0000" + i.key()), Column.PREREQUISITES.zh(),
                                    "template.import.unknown-prerequisite", pre, t.name()));
                        }
                    }
                }
                if (linked) {
                    try {
                        scheduler.baseline(t.items().stream().map(i -> new PlanItem(i.key(), i.durationDays(),
                                i.prerequisites(), false, null, null)).toList(), java.time.LocalDate.of(2026, 1, 5));
                    } catch (CyclicPlanException cycle) {
                        String named = String.join(" → ", cycle.cycle());
                        problems.add(MESSAGES.problem(rowOf.get(t.name() + "\u0000" + cycle.cycle().get(0)),
                                Column.PREREQUISITES.zh(), "template.import.cycle", t.name(), named));
                    }
                }
            }
            return problems;
        }
    }
}
