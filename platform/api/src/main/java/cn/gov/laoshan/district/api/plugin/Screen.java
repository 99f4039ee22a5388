package cn.gov.laoshan.district.api.plugin;

import java.util.Objects;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;

/**
 * A screen a plugin adds to the shell.
 *
 * <p>The route is relative to the plugin: screen {@code cases} of plugin {@code mediation} is served at
 * {@code /mediation/cases}; an empty path serves {@code /mediation}. Route templates such as
 * {@code cases/:id} are allowed; such screens usually stay out of the menu.
 *
 * <p>The shell checks {@link #permission()} on the server before the view is created. A screen without a
 * permission is for platform administrators only (deny by default).
 *
 * @param path       route relative to the plugin id
 * @param viewType   the view's class; no {@code @Route} annotation on it, the runtime registers it
 * @param factory    makes a new view for every navigation
 * @param titleKey   message key of the title in menu and browser tab
 * @param icon       Vaadin icon name, e.g. {@code vaadin:scale}; may be {@code null}
 * @param menuGroup  message key of a sub-group inside the department's menu section, or {@code null}
 * @param order      position inside the menu (ascending)
 * @param permission permission id needed to open the screen, or {@code null} for administrators only
 * @param inMenu     whether the screen has a menu entry
 * @param audience   who the screen is for (since 1.3.0); staff when not said
 */
public record Screen(String path, Class<? extends Component> viewType, ViewFactory<? extends Component> factory,
        String titleKey, String icon, String menuGroup, int order, String permission, boolean inMenu,
        Audience audience) {

    private static final Pattern PATH = Pattern.compile("([a-z0-9-]+|:[a-zA-Z]+\\??)(/([a-z0-9-]+|:[a-zA-Z]+\\??))*|");

    public Screen {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(viewType, "viewType");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(titleKey, "titleKey");
        audience = audience == null ? Audience.STAFF : audience;
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("screen path must be lower-case segments or :parameters separated by '/': " + path);
        }
    }

    /** A staff screen: the constructor of version 1.2, kept for plugins built against it. */
    public Screen(String path, Class<? extends Component> viewType, ViewFactory<? extends Component> factory,
            String titleKey, String icon, String menuGroup, int order, String permission, boolean inMenu) {
        this(path, viewType, factory, titleKey, icon, menuGroup, order, permission, inMenu, Audience.STAFF);
    }

    /** Starts a screen at {@code path} showing views of {@code viewType} made by {@code factory}. */
    public static <T extends Component> Builder builder(String path, Class<T> viewType, ViewFactory<T> factory) {
        return new Builder(path, viewType, factory);
    }

    /** Whether the route has parameters, in which case it cannot be a menu entry. */
    public boolean isTemplate() {
        return path.contains(":");
    }

    /** Builder with the usual defaults: in the menu, order 100, no group, administrators only, for staff. */
    public static final class Builder {
        private final String path;
        private final Class<? extends Component> viewType;
        private final ViewFactory<? extends Component> factory;
        private String titleKey;
        private String icon;
        private String menuGroup;
        private int order = 100;
        private String permission;
        private boolean inMenu = true;
        private Audience audience = Audience.STAFF;

        private Builder(String path, Class<? extends Component> viewType, ViewFactory<? extends Component> factory) {
            this.path = path;
            this.viewType = viewType;
            this.factory = factory;
        }

        public Builder title(String titleKey) {
            this.titleKey = titleKey;
            return this;
        }

        public Builder icon(String icon) {
            this.icon = icon;
            return this;
        }

        public Builder menuGroup(String menuGroupKey) {
            this.menuGroup = menuGroupKey;
            return this;
        }

        public Builder order(int order) {
            this.order = order;
            return this;
        }

        public Builder permission(String permission) {
            this.permission = permission;
            return this;
        }

        public Builder hiddenFromMenu() {
            this.inMenu = false;
            return this;
        }

        /** Who the screen is for; staff when not said. @since 1.3.0 */
        public Builder audience(Audience audience) {
            this.audience = Objects.requireNonNull(audience, "audience");
            return this;
        }

        public Screen build() {
            return new Screen(path, viewType, factory, titleKey, icon, menuGroup, order, permission,
                    inMenu && !path.contains(":"), audience);
        }
    }
}
