package cn.gov.laoshan.district.policy.delivery.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.delivery.domain.ApplicationState;
import cn.gov.laoshan.district.policy.delivery.domain.PolicyApplication;
import cn.gov.laoshan.district.policy.delivery.service.ApplicationService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.QueryGrid;

/**
 * 快申快享 applications: staff's list (waiting first by filter; overdue ones marked), or an enterprise's own; a row
 * opens the application.
 */
public class ApplicationsView extends VerticalLayout {

    public ApplicationsView(ApplicationService applications) {
        this(applications, false);
    }

    /** @param embedded one enterprise's applications inside its 免申即享 page: all rows shown */
    public ApplicationsView(ApplicationService applications, boolean embedded) {
        setId("policy-applications");
        if (!embedded) {
            setSizeFull();
        }
        setPadding(false);
        QueryGrid<PolicyApplication> list = new QueryGrid<>(PolicyApplication.class);
        list.grid().addColumn(PolicyApplication::enterpriseName)
                .setHeader(getTranslation("policy.delivery.enterprise")).setFlexGrow(2);
        list.grid().addColumn(a -> a.policyCode() + " " + a.policyTitle())
                .setHeader(getTranslation("policy.delivery.policy")).setFlexGrow(3);
        list.grid().addColumn(a -> a.asked() == null ? "—" : a.asked().format(getLocale()))
                .setHeader(getTranslation("policy.delivery.asked"));
        list.grid().addColumn(a -> getTranslation("policy.application.state." + a.state())
                + (a.overdue(applications.today()) ? " · " + getTranslation("policy.delivery.overdue") : ""))
                .setHeader(getTranslation("policy.delivery.state"));
        list.grid().addColumn(a -> Dates.date(a.deadline(), getLocale()))
                .setHeader(getTranslation("policy.delivery.decide-deadline"));
        list.grid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("policy/applications/"
                + e.getItem().id())));
        ComboBox<ApplicationState> state = new ComboBox<>(getTranslation("policy.delivery.state"),
                ApplicationState.values());
        state.setItemLabelGenerator(s -> getTranslation("policy.application.state." + s));
        state.setClearButtonVisible(true);
        list.addFilter(state);
        list.setCountText(n -> getTranslation("policy.delivery.count", n));
        list.setSource((offset, limit, sort) -> applications.list(state.getValue(), offset, limit),
                () -> applications.count(state.getValue()));
        if (embedded) {
            list.grid().setAllRowsVisible(true);
        }
        add(list);
    }
}
