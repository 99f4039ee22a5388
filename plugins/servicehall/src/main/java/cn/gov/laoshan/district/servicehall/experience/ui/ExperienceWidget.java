package cn.gov.laoshan.district.servicehall.experience.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceFigures;
import cn.gov.laoshan.district.servicehall.experience.domain.Finding;
import cn.gov.laoshan.district.servicehall.experience.domain.FindingState;
import cn.gov.laoshan.district.servicehall.experience.service.ExperienceService;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonFigures;
import cn.gov.laoshan.district.servicehall.salon.service.SalonService;
import cn.gov.laoshan.district.uikit.Dates;

/**
 * The centre's card: the officers' year (services tried, findings, fixed), findings still open (red when one is
 * late) and the 会客厅's year (events, projects, people served).
 */
public class ExperienceWidget extends Div {

    public ExperienceWidget(ExperienceService experience, SalonService salon) {
        setId("experience-widget");
        LocalDate today = experience.today();
        ExperienceFigures figures = experience.figures(today.getYear());
        long open = 0;
        long late = 0;
        for (Finding f : experience.findings()) {
            if (f.state() != FindingState.CLOSED && f.state() != FindingState.DISMISSED) {
                open++;
                late += f.overdue(today) ? 1 : 0;
            }
        }
        Paragraph findings = new Paragraph(getTranslation("servicehall.widget.experience.findings", figures.itemsTested(),
                figures.findings(), figures.fixed()));
        Paragraph pending = new Paragraph(getTranslation("servicehall.widget.experience.open", open, late));
        pending.setId("experience-widget-open");
        if (late > 0) {
            pending.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        SalonFigures year = salon.figures(today.getYear());
        Paragraph salonLine = new Paragraph(getTranslation("servicehall.widget.salon", year.events(), year.projects(),
                year.people()));
        add(findings, pending, salonLine);
    }
}
