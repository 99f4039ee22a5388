package cn.gov.laoshan.district.housing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import cn.gov.laoshan.district.housing.domain.Project;

/** A project's particulars: code, investor, kind, level, amount, location, and its service team. */
final class ProjectParticulars extends Div {

    ProjectParticulars(Project p) {
        addClassName("district-card");
        add(new Paragraph(p.code() + " · " + getTranslation("housing.project.investor")
                + getTranslation("housing.punct.colon") + p.investorName() + getTranslation("housing.punct.open")
                + p.investorUscc() + getTranslation("housing.punct.close")));
        add(new Paragraph(getTranslation("housing.kind." + p.kind()) + " · " + getTranslation("housing.level."
                + p.level()) + " · " + getTranslation("housing.project.amount") + " " + Ui.wan(p.amountWan(),
                        getLocale()) + " · " + p.location()));
        if (p.teamName() != null || p.leadName() != null) {
            add(new Paragraph(getTranslation("housing.project.team") + getTranslation("housing.punct.colon")
                    + (p.teamName() == null ? "" : p.teamName())
                    + (p.leadName() == null ? "" : " · " + getTranslation("housing.project.lead") + " " + p.leadName())
                    + (p.teamMembers() == null ? "" : " · " + p.teamMembers())));
        }
    }
}
