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
 * @param audience   who the card is for (since 1.3.0): staff cards are on the staff dashboard, enterprise cards on
 *                   an enterprise user's home (我的企业); staff when not said
 */
public record DashboardWidget(String id, String titleKey, ViewFactory<? extends Component> factory, int order,
        int columns, String permission, Audience audience) {

    public DashboardWidget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(factory, "factory");
        audience = audience == null ? Audience.STAFF : audience;
        if (columns < 1 || columns > 3) {
            throw new IllegalArgumentException("columns must be 1 to 3: " + columns);
        }
    }

    /** A staff card: the constructor of version 1.2, kept for plugins built against it. */
    public DashboardWidget(String id, String titleKey, ViewFactory<? extends Component> factory, int order,
            int columns, String permission) {
        this(id, titleKey, factory, order, columns, permission, Audience.STAFF);
    }
}
