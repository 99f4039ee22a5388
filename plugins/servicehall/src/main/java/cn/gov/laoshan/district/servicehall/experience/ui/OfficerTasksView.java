package cn.gov.laoshan.district.servicehall.experience.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceTask;
import cn.gov.laoshan.district.servicehall.experience.domain.Finding;
import cn.gov.laoshan.district.servicehall.experience.domain.Question;
import cn.gov.laoshan.district.servicehall.experience.domain.QuestionKind;
import cn.gov.laoshan.district.servicehall.experience.domain.TaskState;
import cn.gov.laoshan.district.servicehall.experience.service.ExperienceService;
import cn.gov.laoshan.district.servicehall.experience.service.FindingAttachments;
import cn.gov.laoshan.district.uikit.AttachmentsPanel;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 我的体验任务 (an officer's own screen, individual users only): their tasks, the chosen task's questionnaire, a
 * finding reported from it with its evidence, and their findings with the centre's answer (反馈).
 */
public class OfficerTasksView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("experience-error");

    private final ExperienceService experience;
    private final Supplier<Optional<Attachments>> attachments;
    private final FindingAttachments files;
    private final Grid<ExperienceTask> tasks = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final Grid<Finding> findings = new Grid<>();

    public OfficerTasksView(ExperienceService experience, Supplier<Optional<Attachments>> attachments,
            FindingAttachments files) {
        this.experience = experience;
        this.attachments = attachments;
        this.files = files;
        setId("experience-officer-tasks");
        tasks.setId("experience-task-list");
        tasks.addColumn(t -> getTranslation("servicehall.experience.subject." + t.subjectKind()) + "：" + t.subject())
                .setHeader(getTranslation("servicehall.experience.task.subject")).setFlexGrow(2);
        tasks.addColumn(t -> getTranslation("servicehall.experience.mode." + t.mode()))
                .setHeader(getTranslation("servicehall.experience.task.mode"));
        tasks.addColumn(t -> Dates.date(t.dueOn(), getLocale())).setHeader(getTranslation("servicehall.experience.task.due"));
        tasks.addColumn(t -> getTranslation("servicehall.experience.task-state." + t.state()))
                .setHeader(getTranslation("servicehall.experience.task.state"));
        tasks.setAllRowsVisible(true);
        tasks.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
        findings.setId("experience-my-findings");
        findings.addColumn(Finding::subject).setHeader(getTranslation("servicehall.experience.task.subject"));
        findings.addColumn(Finding::description).setHeader(getTranslation("servicehall.experience.finding.description"))
                .setFlexGrow(2);
        findings.addColumn(f -> getTranslation("servicehall.experience.state." + f.state()))
                .setHeader(getTranslation("servicehall.experience.finding.state"));
        findings.addColumn(f -> f.reportNote() == null ? "" : f.reportNote())
                .setHeader(getTranslation("servicehall.experience.finding.reply")).setFlexGrow(2);
        findings.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("servicehall.experience.officer.intro")), tasks, detail,
                new H3(getTranslation("servicehall.experience.my-findings")), findings);
        refresh();
    }

    private void refresh() {
        tasks.setItems(experience.tasks());
        findings.setItems(experience.findings());
    }

    private void show(ExperienceTask task) {
        detail.removeAll();
        detail.add(new H3(getTranslation("servicehall.experience.questionnaire")));
        List<Question> questions = experience.questions(task.templateCode());
        Map<Integer, String> given = experience.answers(task.id());
        Map<Integer, HasValue<?, String>> inputs = new HashMap<>();
        Map<String, HasValidation> fields = new HashMap<>();
        for (Question q : questions) {
            String label = q.position() + ". " + q.text(getLocale());
            HasValue<?, String> input;
            if (q.kind() == QuestionKind.TEXT) {
                TextArea area = new TextArea(label);
                area.setWidthFull();
                input = area;
                fields.put("q" + q.position(), area);
                detail.add(area);
            } else {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(q.kind() == QuestionKind.SCORE ? List.of("1", "2", "3", "4", "5") : q.choices());
                input = select;
                fields.put("q" + q.position(), select);
                detail.add(select);
            }
            ((com.vaadin.flow.component.Component) input).setId("experience-q" + q.position());
            if (given.containsKey(q.position())) {
                input.setValue(given.get(q.position()));
                input.setReadOnly(true);
            }
        }
        if (task.state() == TaskState.ASSIGNED) {
            Button submit = new Button(getTranslation("servicehall.experience.answer"), e -> {
                Map<Integer, String> answers = new HashMap<>();
                inputs.forEach((position, input) -> answers.put(position, input.getValue()));
                ExperienceTask answered = STEPS.call(this, fields, () -> experience.answer(task.id(), answers));
                if (answered != null) {
                    refresh();
                    // the questionnaire as given, read-only, and the finding form below it
                    show(answered);
                }
            });
            submit.setId("experience-answer");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            detail.add(submit);
        }
        for (Question q : questions) {
            inputs.put(q.position(), fieldOf(q.position()));
        }
        TextArea description = new TextArea(getTranslation("servicehall.experience.finding.description"));
        description.setId("experience-finding-description");
        description.setWidthFull();
        TextArea suggestion = new TextArea(getTranslation("servicehall.experience.finding.suggestion"));
        suggestion.setId("experience-finding-suggestion");
        suggestion.setWidthFull();
        Button report = new Button(getTranslation("servicehall.experience.report"), e -> {
            Finding f = STEPS.call(this, Map.of("description", description, "suggestion", suggestion),
                    () -> experience.report(task.id(), description.getValue(), suggestion.getValue()));
            if (f != null) {
                description.clear();
                suggestion.clear();
                refresh();
                evidence(f);
            }
        });
        report.setId("experience-report");
        detail.add(new H3(getTranslation("servicehall.experience.report-title")), description, suggestion, report);
    }

    @SuppressWarnings("unchecked")
    private HasValue<?, String> fieldOf(int position) {
        return detail.getChildren().filter(c -> c.getId().filter(("experience-q" + position)::equals).isPresent())
                .map(c -> (HasValue<?, String>) c).findFirst().orElseThrow();
    }

    /** The evidence of a finding just reported: photos, screenshots, receipts. */
    private void evidence(Finding f) {
        attachments.get().ifPresent(a -> detail.add(new Paragraph(getTranslation("servicehall.experience.evidence")),
                new AttachmentsPanel(a, files, FindingAttachments.of(f.id()), () -> { })));
    }
}
