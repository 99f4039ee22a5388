package cn.gov.laoshan.district.api.plugin;

import java.util.Objects;

import com.vaadin.flow.component.Component;

/**
 * A card on the home dashboard. The shell shows it to users holding {@code permission}
 * (administrators only when {@code null}) and creates a new component for every dashboard it builds.
 *
 * @param id         unique inside the plugin
 * @param titleKey   message key of the card's title
 * @param factory    makes the card's content
 * @param order      position on the dashboard (ascending)
 * @param columns    width in dashboard columns, 1 to 3
 * @param permission permission id needed to see it, or {@code null} for administrators only
 */
public record DashboardWidget(String id, String titleKey, ViewFactory<? extends Component> factory, int order,
        int columns, String permission) {

    public DashboardWidget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(factory, "factory");
        if (columns < 1 || columns > 3) {
            throw new IllegalArgumentException("columns must be 1 to 3: " + columns);
        }
    }
}
