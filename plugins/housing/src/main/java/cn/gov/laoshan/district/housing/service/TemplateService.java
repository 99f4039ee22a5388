package cn.gov.laoshan.district.housing.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.api.imports.ImportFormat;
import cn.gov.laoshan.district.api.imports.ImportProblem;
import cn.gov.laoshan.district.api.imports.ImportReport;
import cn.gov.laoshan.district.uikit.imports.FileImport;
import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.domain.TemplateItem;
import cn.gov.laoshan.district.housing.plan.CyclicPlanException;
import cn.gov.laoshan.district.housing.plan.PlanItem;
import cn.gov.laoshan.district.housing.plan.PlanScheduler;

/**
 * The approval service menus (审批服务菜单): listed for everyone who sees projects; changed, imported and exported
 * by those who manage templates ({@code housing.template.manage}). Imports are all or nothing and audited.
 */
public final class TemplateService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HousingRepository repository;
    private final AccessControl access;
    private final AuditLog audit;
    private final WorkingDayCalendar calendar;
    private final Supplier<HousingSettings> settings;

    public TemplateService(HousingRepository repository, AccessControl access, AuditLog audit,
            WorkingDayCalendar calendar, Supplier<HousingSettings> settings) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
        this.settings = settings;
    }

    /** All menus: for those who see projects or manage menus (a department admin may hold only the latter). */
    public List<Template> list() {
        return readable().templates().all();
    }

    public Optional<Template> find(long id) {
        return readable().templates().find(id);
    }

    /** The menus of the departments where the caller manages menus, else where they see projects. */
    private HousingRepository readable() {
        return repository.visibleTo(access, access.has(HousingPermissions.TEMPLATES) ? HousingPermissions.TEMPLATES
                : HousingPermissions.VIEW);
    }

    /** Switches a menu on or off (an inactive menu is not offered for new plans; existing plans keep their items). */
    public Template setActive(long id, boolean active) {
        Template t = existing(id);
        Template changed = new Template(t.id(), t.name(), t.kind(), t.description(), active, t.items());
        repository.jdbi().useTransaction(h -> repository.templates().save(h, changed));
        audit.record(ProjectService.SOURCE, active ? "template.activate" : "template.deactivate", "Template", t.name(),
                "{\"active\":" + t.active() + "}", "{\"active\":" + active + "}");
        return changed;
    }

    // ---- editing on screen (审批服务菜单编辑)

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,20}");

    /** Creates an empty menu (active) of the given kind; the name must be new. */
    public Template create(String name, InvestmentKind kind) {
        String department = RecordScope.newRecordDepartment(access, HousingPermissions.TEMPLATES, HousingPermissions.DEPARTMENT);
        String n = templateName(name, 0);
        if (kind == null) {
            throw new RefusedException("kind", "housing.error.kind-required");
        }
        Template t = new Template(0, n, kind, null, true, List.of());
        long id = repository.jdbi().inTransaction(h -> repository.templates().save(h, t, department));
        audit.record(ProjectService.SOURCE, "template.create", "Template", n, null,
                json(n, kind));
        return repository.templates().find(id).orElseThrow();
    }

    /** Renames a menu and/or changes its investment kind. */
    public Template rename(long id, String name, InvestmentKind kind) {
        access.check(HousingPermissions.TEMPLATES);
        Template t = existing(id);
        String n = templateName(name, id);
        if (kind == null) {
            throw new RefusedException("kind", "housing.error.kind-required");
        }
        Template changed = new Template(t.id(), n, kind, t.description(), t.active(), t.items());
        repository.jdbi().useTransaction(h -> repository.templates().save(h, changed));
        audit.record(ProjectService.SOURCE, "template.update", "Template", n,
                json(t.name(), t.kind()), json(n, kind));
        return changed;
    }

    /**
     * Adds an item ({@code originalKey} null) or replaces the item {@code originalKey} (its key may change: the
     * other items' prerequisites follow). The changed menu is scheduled first: an unknown prerequisite or a cycle is
     * refused naming the items, and nothing is saved.
     */
    public Template saveItem(long id, String originalKey, TemplateItem item) {
        access.check(HousingPermissions.TEMPLATES);
        Template t = existing(id);
        if (item == null || item.key() == null || !KEY.matcher(item.key().trim()).matches()) {
            throw new RefusedException("key", "housing.error.key");
        }
        if (item.stage() == null) {
            throw new RefusedException("stage", "housing.error.stage-required");
        }
        if (item.name() == null || item.name().isBlank()) {
            throw new RefusedException("name", "housing.error.item-name-required");
        }
        if (item.name().trim().length() > 200) {
            throw new RefusedException("name", "housing.error.too-long", 200);
        }
        if (item.department() == null || item.department().isBlank()) {
            throw new RefusedException("department", "housing.error.item-department-required");
        }
        if (item.department().trim().length() > 100) {
            throw new RefusedException("department", "housing.error.too-long", 100);
        }
        if (item.materials() != null && item.materials().length() > 2000) {
            throw new RefusedException("materials", "housing.error.too-long", 2000);
        }
        if (item.durationDays() < 0 || item.durationDays() > 720) {
            throw new RefusedException("duration", "housing.error.duration");
        }
        String key = item.key().trim();
        if (originalKey != null && t.items().stream().noneMatch(i -> i.key().equals(originalKey))) {
            throw new RefusedException("key", "housing.error.no-such-item", originalKey);
        }
        if (!key.equals(originalKey) && t.items().stream().anyMatch(i -> i.key().equals(key))) {
            throw new RefusedException("key", "housing.error.template-key-duplicate", key);
        }
        Set<String> pre = new LinkedHashSet<>();
        for (String p : item.prerequisites()) {
            if (p != null && !p.isBlank()) {
                pre.add(p.trim().equals(originalKey) ? key : p.trim());
            }
        }
        if (pre.contains(key)) {
            throw new RefusedException("prerequisites", "housing.error.template-cycle", key + " " + item.name().trim()
                    + " → " + key + " " + item.name().trim());
        }
        if (String.join(",", pre).length() > 500) {
            throw new RefusedException("prerequisites", "housing.error.too-long", 500);
        }
        TemplateItem stored = new TemplateItem(key, item.stage(), item.name().trim(), item.department().trim(),
                HousingSql.blank(item.materials()), item.durationDays(), pre, item.simulatedAllowed());
        List<TemplateItem> items = new ArrayList<>();
        boolean replaced = false;
        for (TemplateItem i : t.items()) {
            if (i.key().equals(originalKey)) {
                items.add(stored);
                replaced = true;
            } else if (originalKey != null && !originalKey.equals(key) && i.prerequisites().contains(originalKey)) {
                items.add(withPrerequisites(i, i.prerequisites().stream().map(k -> k.equals(originalKey) ? key : k)
                        .collect(Collectors.toCollection(LinkedHashSet::new))));
            } else {
                items.add(i);
            }
        }
        if (!replaced) {
            items.add(stored);
        }
        Template changed = checked(t, items);
        repository.jdbi().useTransaction(h -> repository.templates().save(h, changed));
        TemplateItem before = t.items().stream().filter(i -> i.key().equals(originalKey)).findFirst().orElse(null);
        audit.record(ProjectService.SOURCE, originalKey == null ? "template.item.add" : "template.item.update",
                "Template", t.name() + " " + key, before == null ? null : json(before), json(stored));
        return changed;
    }

    /** Removes an item; the items that waited for it take over its prerequisites, so the chain stays linked. */
    public Template removeItem(long id, String key) {
        access.check(HousingPermissions.TEMPLATES);
        Template t = existing(id);
        TemplateItem gone = t.items().stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new RefusedException("key", "housing.error.no-such-item", key));
        List<TemplateItem> items = new ArrayList<>();
        for (TemplateItem i : t.items()) {
            if (i == gone) {
                continue;
            }
            if (i.prerequisites().contains(key)) {
                Set<String> pre = new LinkedHashSet<>(i.prerequisites());
                pre.remove(key);
                pre.addAll(gone.prerequisites());
                items.add(withPrerequisites(i, pre));
            } else {
                items.add(i);
            }
        }
        Template changed = checked(t, items);
        repository.jdbi().useTransaction(h -> repository.templates().save(h, changed));
        audit.record(ProjectService.SOURCE, "template.item.remove", "Template", t.name() + " " + key, json(gone), null);
        return changed;
    }

    /** The menu with these items, after checking every prerequisite exists and the graph has no cycle. */
    private Template checked(Template t, List<TemplateItem> items) {
        Map<String, String> names = items.stream().collect(Collectors.toMap(TemplateItem::key, TemplateItem::name,
                (a, b) -> a));
        for (TemplateItem i : items) {
            for (String p : new TreeSet<>(i.prerequisites())) {
                if (!names.containsKey(p)) {
                    throw new RefusedException("prerequisites", "housing.error.template-unknown-prerequisite",
                            i.key() + " " + i.name(), p);
                }
            }
        }
        try {
            new PlanScheduler(calendar).baseline(items.stream().map(i -> new PlanItem(i.key(), i.durationDays(),
                    i.prerequisites(), false)).toList(), LocalDate.of(LocalDate.now().getYear(), 1, 1));
        } catch (CyclicPlanException e) {
            throw new RefusedException("prerequisites", "housing.error.template-cycle", e.cycle().stream()
                    .map(k -> (k + " " + names.getOrDefault(k, "")).trim()).collect(Collectors.joining(" → ")));
        } catch (IllegalArgumentException e) {
            throw new RefusedException("prerequisites", "housing.error.plan-invalid", e.getMessage());
        }
        return new Template(t.id(), t.name(), t.kind(), t.description(), t.active(), items);
    }

    /** A menu the caller may change: found in the scope of housing.template.manage, else "no such menu". */
    private Template existing(long id) {
        return repository.visibleTo(access, HousingPermissions.TEMPLATES).templates().find(id)
                .orElseThrow(() -> new RefusedException("template", "housing.error.no-such-template"));
    }

    private String templateName(String name, long self) {
        if (name == null || name.isBlank()) {
            throw new RefusedException("templateName", "housing.error.template-name-required");
        }
        String n = name.trim();
        if (n.length() > 100) {
            throw new RefusedException("templateName", "housing.error.too-long", 100);
        }
        if (repository.templates().named(n).filter(other -> other.id() != self).isPresent()) {
            throw new RefusedException("templateName", "housing.error.template-name-taken", n);
        }
        return n;
    }

    private static TemplateItem withPrerequisites(TemplateItem i, Set<String> pre) {
        return new TemplateItem(i.key(), i.stage(), i.name(), i.department(), i.materials(), i.durationDays(), pre,
                i.simulatedAllowed());
    }

    /** A menu's name and kind for the audit, as JSON. */
    private static String json(String name, InvestmentKind kind) {
        return JSON.createObjectNode().put("name", name).put("kind", kind.name()).toString();
    }

    /** A menu item for the audit, as JSON (the prerequisites sorted, comma-separated). */
    private static String json(TemplateItem i) {
        return JSON.createObjectNode().put("key", i.key()).put("stage", i.stage().name()).put("name", i.name())
                .put("department", i.department()).put("days", i.durationDays())
                .put("prerequisites", String.join(",", new TreeSet<>(i.prerequisites())))
                .put("simulatedAllowed", i.simulatedAllowed()).toString();
    }

    /** The result of an import: the menus written (none when there were problems) and the per-row report. */
    public record ImportResult(int rowsRead, List<String> imported, List<ImportProblem> problems) {
    }

    /**
     * Imports menus from an .xlsx (or, by its name, a .csv) file: a menu with a known name is replaced, a new one
     * added. The file is checked completely first; with any problem nothing is written and the report lists them all.
     */
    public ImportResult importXlsx(InputStream in, String fileName) throws IOException {
        access.check(HousingPermissions.TEMPLATES, HousingPermissions.DEPARTMENT);
        ImportFormat format = ImportFormat.ofFileName(fileName) == ImportFormat.CSV ? ImportFormat.CSV : ImportFormat.XLSX;
        List<String> names = new ArrayList<>();
        ImportReport report = TemplateExcel.read(in, format, settings.get().template_import_max_rows(), calendar,
                FileImport.inTransaction(repository.jdbi(), (h, rows) -> {
                    for (Template t : TemplateExcel.templates(rows)) {
                        Optional<Template> existing = repository.templates().named(t.name());
                        repository.templates().save(h, new Template(existing.map(Template::id).orElse(0L), t.name(), t.kind(),
                                existing.map(Template::description).orElse(null), true, t.items()));
                        names.add(t.name());
                    }
                    return rows.size();
                }));
        if (!report.accepted()) {
            audit.record(ProjectService.SOURCE, "template.import.refused", "Template", fileName, null,
                    "{\"problems\":" + report.problems().size() + "}");
            return new ImportResult(report.rowsRead(), List.of(), report.problems());
        }
        audit.record(ProjectService.SOURCE, "template.import", "Template", fileName, null,
                JSON.createObjectNode().put("templates", String.join("、", names)).put("rows", report.rowsRead())
                        .toString());
        return new ImportResult(report.rowsRead(), names, List.of());
    }

    /** Writes the given menus (all when {@code templates} is empty) as .xlsx in the import format. */
    public void exportXlsx(List<Template> templates, OutputStream out) throws IOException {
        TemplateExcel.write(out, templates.isEmpty()
                ? repository.visibleTo(access, HousingPermissions.TEMPLATES).templates().all() : templates);
    }

    /** Stores the default menus into an empty schema (first start). */
    public void seedDefaults() {
        access.check(HousingPermissions.TEMPLATES);
        if (!repository.templates().all().isEmpty()) {
            return;
        }
        repository.jdbi().useTransaction(h -> DefaultTemplates.all().forEach(t -> repository.templates().save(h, t)));
        audit.record(ProjectService.SOURCE, "template.seed", "Template", null, null,
                "{\"templates\":" + DefaultTemplates.all().size() + "}");
    }
}
