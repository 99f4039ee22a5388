package cn.gov.laoshan.district.housing.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.domain.TemplateItem;
import cn.gov.laoshan.district.housing.plan.CyclicPlanException;
import cn.gov.laoshan.district.housing.plan.PlanItem;
import cn.gov.laoshan.district.housing.plan.PlanScheduler;
import cn.gov.laoshan.district.uikit.XlsxSheet;
import cn.gov.laoshan.district.uikit.ZipLimits;

/**
 * Approval service menus in and out of Excel (.xlsx, first sheet, one row per item, several menus in one file
 * grouped by the first column). Reading checks the whole file and writes nothing: either the menus of a good file
 * or every problem of a bad one (row, column, what is wrong, in Chinese and English) — unknown prerequisites and
 * cycles included. Bounded: at most {@link #MAX_FILE_BYTES} are read, the package must unpack within
 * {@link #ZIP_LIMITS}, and at most the configured number of rows are taken.
 */
public final class TemplateExcel {

    /** The columns, as exported and as expected on import (the header row). */
    public static final List<String> HEADERS = List.of("模板名称", "投资类别", "事项编号", "阶段", "事项名称", "责任部门",
            "申报材料", "办理时限（工作日）", "前置事项", "可模拟审批");

    /** The largest file read: 10 MiB (a menu of a few hundred items is some 30 KB). */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** What a file may unpack to: 100 MiB, at most 100 times each part's compressed size. */
    static final ZipLimits ZIP_LIMITS = ZipLimits.of(100L * 1024 * 1024);

    private TemplateExcel() {
    }

    /** One problem of an import file; row 0 is the file as a whole. */
    public record Problem(int row, String column, String zh, String en) {
    }

    /** What a file holds: its menus when good, its problems when not (then nothing is to be written). */
    public record Parsed(int rowsRead, List<Template> templates, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty() && !templates.isEmpty();
        }
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

    public static Parsed read(InputStream in, int maxRows, WorkingDayCalendar calendar) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Map<String, InvestmentKind> kinds = new LinkedHashMap<>();
        Map<String, List<TemplateItem>> items = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> rowOfKey = new HashMap<>();
        int rows = 0;
        // one byte more than allowed tells a file that is too large; an .xlsx that unpacks to too much is refused
        // before fastexcel opens it
        byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (content.length > MAX_FILE_BYTES) {
            return new Parsed(0, List.of(), List.of(new Problem(0, null, "文件超过 " + MAX_FILE_BYTES / (1024 * 1024)
                    + " MB", "The file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB")));
        }
        try {
            ZIP_LIMITS.check(content);
        } catch (ZipLimits.Exceeded e) {
            return new Parsed(0, List.of(), List.of(e.notZip()
                    ? new Problem(0, null, "无法读取Excel文件（应为.xlsx格式）", "The Excel file cannot be read (it must be .xlsx)")
                    : new Problem(0, null, "Excel文件解压后过大（上限 " + ZIP_LIMITS.maxTotalBytes() / (1024 * 1024)
                            + " MB，或压缩比异常）", "The Excel file unpacks to too much data (more than "
                                    + ZIP_LIMITS.maxTotalBytes() / (1024 * 1024) + " MB, or an unusual compression ratio)")));
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(content));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = stream.iterator();
            boolean header = false;
            while (it.hasNext()) {
                Row row = it.next();
                String[] v = new String[HEADERS.size()];
                boolean blank = true;
                for (int c = 0; c < v.length; c++) {
                    v[c] = c < row.getCellCount() ? text(row.getCell(c)) : null;
                    blank &= v[c] == null;
                }
                if (blank) {
                    continue;
                }
                if (!header) {
                    header = true;
                    if (!Arrays.asList(v).equals(HEADERS)) {
                        problems.add(new Problem(row.getRowNum(), null, "表头应为：" + String.join("、", HEADERS),
                                "The header row must be: " + String.join(", ", HEADERS)));
                        return new Parsed(0, List.of(), problems);
                    }
                    continue;
                }
                rows++;
                if (rows > maxRows) {
                    problems.add(new Problem(row.getRowNum(), null, "行数超过上限 " + maxRows,
                            "More than " + maxRows + " rows"));
                    break;
                }
                int r = row.getRowNum();
                TemplateItem item = item(r, v, problems);
                String name = v[0];
                if (name == null) {
                    problems.add(new Problem(r, HEADERS.get(0), "缺少模板名称", "The template name is missing"));
                    continue;
                }
                InvestmentKind kind = "政府投资".equals(v[1]) ? InvestmentKind.GOVERNMENT
                        : "社会投资".equals(v[1]) ? InvestmentKind.SOCIAL : null;
                if (kind == null) {
                    problems.add(new Problem(r, HEADERS.get(1), "投资类别应为“政府投资”或“社会投资”",
                            "The investment kind must be 政府投资 or 社会投资"));
                } else if (kinds.containsKey(name) && kinds.get(name) != kind) {
                    problems.add(new Problem(r, HEADERS.get(1), "同一模板的投资类别不一致",
                            "The investment kind differs within one template"));
                } else {
                    kinds.put(name, kind);
                }
                if (item != null) {
                    Map<String, Integer> seen = rowOfKey.computeIfAbsent(name, k -> new HashMap<>());
                    if (seen.containsKey(item.key())) {
                        problems.add(new Problem(r, HEADERS.get(2), "事项编号 " + item.key() + " 与第 "
                                + seen.get(item.key()) + " 行重复", "Item key " + item.key() + " repeats row "
                                + seen.get(item.key())));
                    } else {
                        seen.put(item.key(), r);
                        items.computeIfAbsent(name, k -> new ArrayList<>()).add(item);
                    }
                }
            }
            if (!header) {
                problems.add(new Problem(0, null, "文件为空：第一行应为表头", "The file is empty: the first row must be the headers"));
            }
        } catch (IOException | RuntimeException e) {
            if (rows > 0) {
                throw e;
            }
            return new Parsed(0, List.of(), List.of(new Problem(0, null, "无法读取Excel文件（应为.xlsx格式）",
                    "The Excel file cannot be read (it must be .xlsx)")));
        }
        List<Template> templates = new ArrayList<>();
        PlanScheduler scheduler = new PlanScheduler(calendar);
        for (Map.Entry<String, List<TemplateItem>> e : items.entrySet()) {
            Set<String> keys = new HashSet<>();
            e.getValue().forEach(i -> keys.add(i.key()));
            boolean linked = true;
            for (TemplateItem i : e.getValue()) {
                for (String pre : i.prerequisites()) {
                    if (!keys.contains(pre)) {
                        linked = false;
                        problems.add(new Problem(rowOfKey.get(e.getKey()).get(i.key()), HEADERS.get(8),
                                "前置事项 " + pre + " 不在模板“" + e.getKey() + "”中",
                                "Prerequisite " + pre + " is not in template " + e.getKey()));
                    }
                }
            }
            if (linked) {
                try {
                    scheduler.baseline(e.getValue().stream().map(i -> new PlanItem(i.key(), i.durationDays(),
                            i.prerequisites(), false, null, null)).toList(), java.time.LocalDate.of(2026, 1, 5));
                } catch (CyclicPlanException cycle) {
                    String named = String.join(" → ", cycle.cycle());
                    problems.add(new Problem(rowOfKey.get(e.getKey()).get(cycle.cycle().get(0)), HEADERS.get(8),
                            "模板“" + e.getKey() + "”存在循环依赖：" + named, "Template " + e.getKey()
                                    + " has cyclic prerequisites: " + named));
                }
            }
            templates.add(new Template(0, e.getKey(), kinds.getOrDefault(e.getKey(), InvestmentKind.SOCIAL), null, true,
                    e.getValue()));
        }
        return new Parsed(rows, problems.isEmpty() ? templates : List.of(), problems);
    }

    private static TemplateItem item(int r, String[] v, List<Problem> problems) {
        int before = problems.size();
        String key = v[2];
        if (key == null || !key.matches("[A-Za-z0-9-]{1,20}")) {
            problems.add(new Problem(r, HEADERS.get(2), "事项编号应为1至20位字母、数字或连字符",
                    "The item key must be 1 to 20 letters, digits or hyphens"));
        }
        Stage stage = Stage.parse(v[3]);
        if (stage == null) {
            problems.add(new Problem(r, HEADERS.get(3), "阶段应为：主体登记、立项、用地规划、招标投标、市政报装、施工许可、竣工验收、经营许可之一",
                    "The stage must be one of the eight lifecycle stages"));
        }
        if (v[4] == null) {
            problems.add(new Problem(r, HEADERS.get(4), "缺少事项名称", "The item name is missing"));
        }
        if (v[5] == null) {
            problems.add(new Problem(r, HEADERS.get(5), "缺少责任部门", "The responsible department is missing"));
        }
        int days = -1;
        try {
            days = v[7] == null ? -1 : new BigDecimal(v[7]).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            days = -1;
        }
        if (days < 0 || days > 720) {
            problems.add(new Problem(r, HEADERS.get(7), "办理时限应为0至720的整数（工作日）",
                    "The duration must be a whole number of working days, 0 to 720"));
        }
        Boolean simulated = v[9] == null || v[9].equals("否") || v[9].equalsIgnoreCase("N") ? Boolean.FALSE
                : v[9].equals("是") || v[9].equalsIgnoreCase("Y") ? Boolean.TRUE : null;
        if (simulated == null) {
            problems.add(new Problem(r, HEADERS.get(9), "可模拟审批应为“是”或“否”", "Simulated approval must be 是 or 否"));
        }
        Set<String> pre = HousingSql.keys(v[8]);
        if (key != null && pre.contains(key)) {
            problems.add(new Problem(r, HEADERS.get(8), "事项不能以自身为前置事项", "An item cannot be its own prerequisite"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new TemplateItem(key, stage, v[4], v[5], v[6], days, pre, simulated);
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        String t = cell.getType() == CellType.NUMBER ? cell.asNumber().stripTrailingZeros().toPlainString()
                : cell.getText();
        return t == null || t.isBlank() ? null : t.trim();
    }
}
