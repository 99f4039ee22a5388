package cn.gov.laoshan.district.policy.suggestion.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.suggestion.domain.ReserveEntry;
import cn.gov.laoshan.district.policy.suggestion.service.ReserveLibrary;
import cn.gov.laoshan.district.uikit.Dates;

/** 政策储备库: the groups and suggestions worth a policy, the most sources first (what policy drafts link to). */
public class ReserveView extends VerticalLayout {

    public ReserveView(ReserveLibrary reserve) {
        setId("policy-reserve");
        setSizeFull();
        Grid<ReserveEntry> grid = new Grid<>();
        grid.setId("policy-reserve-list");
        grid.addColumn(ReserveEntry::id).setHeader("#").setAutoWidth(true);
        grid.addColumn(ReserveEntry::title).setHeader(getTranslation("policy.reserve.title")).setFlexGrow(3);
        grid.addColumn(e -> getTranslation("policy.topic." + e.topic())).setHeader(getTranslation(
                "policy.suggestion.topic")).setAutoWidth(true);
        grid.addColumn(ReserveEntry::sourceCount).setHeader(getTranslation("policy.reserve.sources"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.groupId() != null ? "policy.reserve.group" : "policy.reserve.single"))
                .setHeader(getTranslation("policy.reserve.kind")).setAutoWidth(true);
        grid.addColumn(e -> Dates.date(e.addedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate(),
                getLocale())).setHeader(getTranslation("policy.reserve.added")).setAutoWidth(true);
        grid.setItems(reserve.entries());
        grid.setSizeFull();
        add(new H2(getTranslation("policy.screen.reserve")), grid);
    }
}
