package cn.gov.laoshan.district.housing.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.housing.domain.Template;

/**
 * The approval service menus (审批服务菜单): listed for everyone who sees projects; changed, imported and exported
 * by those who manage templates ({@code housing.template.manage}). Imports are all or nothing and audited.
 */
public final class TemplateService {

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

    public List<Template> list() {
        access.check(HousingPermissions.VIEW);
        return repository.templates();
    }

    public Optional<Template> find(long id) {
        access.check(HousingPermissions.VIEW);
        return repository.template(id);
    }

    /** Switches a menu on or off (an inactive menu is not offered for new plans; existing plans keep their items). */
    public Template setActive(long id, boolean active) {
        access.check(HousingPermissions.TEMPLATES);
        Template t = repository.template(id)
                .orElseThrow(() -> new HousingException("template", "housing.error.no-such-template"));
        Template changed = new Template(t.id(), t.name(), t.kind(), t.description(), active, t.items());
        repository.jdbi().useTransaction(h -> repository.saveTemplate(h, changed));
        audit.record(ProjectService.SOURCE, active ? "template.activate" : "template.deactivate", "Template", t.name(),
                "{\"active\":" + t.active() + "}", "{\"active\":" + active + "}");
        return changed;
    }

    /** The result of an import: the menus written (none when there were problems) and the per-row report. */
    public record ImportResult(int rowsRead, List<String> imported, List<TemplateExcel.Problem> problems) {
    }

    /**
     * Imports menus from an .xlsx file: a menu with a known name is replaced, a new one added. The file is checked
     * completely first; with any problem nothing is written and the report lists them all.
     */
    public ImportResult importXlsx(InputStream in, String fileName) throws IOException {
        access.check(HousingPermissions.TEMPLATES);
        TemplateExcel.Parsed parsed = TemplateExcel.read(in, settings.get().template_import_max_rows(), calendar);
        if (!parsed.ok()) {
            List<TemplateExcel.Problem> problems = parsed.problems().isEmpty()
                    ? List.of(new TemplateExcel.Problem(0, null, "文件中没有事项", "The file holds no items"))
                    : parsed.problems();
            audit.record(ProjectService.SOURCE, "template.import.refused", "Template", fileName, null,
                    "{\"problems\":" + problems.size() + "}");
            return new ImportResult(parsed.rowsRead(), List.of(), problems);
        }
        repository.jdbi().useTransaction(h -> {
            for (Template t : parsed.templates()) {
                Optional<Template> existing = repository.templateNamed(t.name());
                repository.saveTemplate(h, new Template(existing.map(Template::id).orElse(0L), t.name(), t.kind(),
                        existing.map(Template::description).orElse(null), true, t.items()));
            }
        });
        List<String> names = parsed.templates().stream().map(Template::name).toList();
        audit.record(ProjectService.SOURCE, "template.import", "Template", fileName, null,
                "{\"templates\":\"" + String.join("、", names).replace("\"", "'") + "\",\"rows\":" + parsed.rowsRead()
                        + "}");
        return new ImportResult(parsed.rowsRead(), names, List.of());
    }

    /** Writes the given menus (all when {@code templates} is empty) as .xlsx in the import format. */
    public void exportXlsx(List<Template> templates, OutputStream out) throws IOException {
        access.check(HousingPermissions.TEMPLATES);
        TemplateExcel.write(out, templates.isEmpty() ? repository.templates() : templates);
    }

    /** Stores the default menus into an empty schema (first start). */
    public void seedDefaults() {
        access.check(HousingPermissions.TEMPLATES);
        if (!repository.templates().isEmpty()) {
            return;
        }
        repository.jdbi().useTransaction(h -> DefaultTemplates.all().forEach(t -> repository.saveTemplate(h, t)));
        audit.record(ProjectService.SOURCE, "template.seed", "Template", null, null,
                "{\"templates\":" + DefaultTemplates.all().size() + "}");
    }
}
