package cn.gov.laoshan.district.servicehall.experience.ui;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.servicehall.experience.domain.Finding;
import cn.gov.laoshan.district.servicehall.experience.service.ExperienceService;
import cn.gov.laoshan.district.servicehall.experience.service.FindingAttachments;
import cn.gov.laoshan.district.uikit.AttachmentsPanel;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.WorkflowActions;

/** 体验问题整改: a responsible unit's findings (its own department's only), each fixed with a note and proof. */
public class UnitFindingsView extends VerticalLayout {

    private final ExperienceService experience;
    private final Supplier<Optional<Attachments>> attachments;
    private final FindingAttachments files;
    private final Grid<Finding> list = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    public UnitFindingsView(ExperienceService experience, Supplier<Optional<Attachments>> attachments,
            FindingAttachments files) {
        this.experience = experience;
        this.attachments = attachments;
        this.files = files;
        setId("experience-unit");
        LocalDate today = experience.today();
        list.setId("experience-unit-findings");
        list.addColumn(Finding::subject).setHeader(getTranslation("servicehall.experience.task.subject"));
        list.addColumn(Finding::description).setHeader(getTranslation("servicehall.experience.finding.description"))
                .setFlexGrow(2);
        list.addColumn(f -> getTranslation("servicehall.experience.state." + f.state())
                + (f.overdue(today) ? getTranslation("servicehall.experience.overdue") : ""))
                .setHeader(getTranslation("servicehall.experience.finding.state"));
        list.addColumn(f -> f.fixDue() == null ? "" : Dates.date(f.fixDue(), getLocale()))
                .setHeader(getTranslation("servicehall.experience.finding.fix-due"));
        list.setAllRowsVisible(true);
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
        add(list, detail);
        list.setItems(experience.unitFindings());
    }

    private void show(Finding f) {
        detail.removeAll();
        detail.add(new H3(f.subject()), new WorkflowActions<Finding>("servicehall.experience", ExperienceLedgerView.STEPS,
                (action, note) -> experience.fire(f.id(), action, note), moved -> {
                    list.setItems(experience.unitFindings());
                    show(moved);
                }).show(f.state(), experience.actions(f)));
        attachments.get().ifPresent(a -> detail.add(new AttachmentsPanel(a, files, FindingAttachments.of(f.id()), () -> { })));
    }
}
