package cn.gov.laoshan.district.api.plugin;

import java.util.Objects;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;

/**
 * A screen anyone may open without signing in: a resident's booking page, say. It is served at
 * {@code /<plugin id>/<path>} in the platform's bare public layout — the district's name and the language switch,
 * no menu, no user menu, nothing of the staff's shell — and comes and goes with its plugin as other screens do.
 *
 * <p>Why a declaration of its own rather than an {@link Audience} value: an audience says which side of the table
 * a <em>signed-in</em> user must be on, for screens, widgets and sections alike, and plugins switch over it; a
 * public screen has no user, no permission, no menu entry and no widget or section counterpart. Keeping public
 * screens in {@link DistrictPlugin#publicScreens()} makes what a plugin opens to the internet one list a reviewer
 * reads, and a {@link Screen} can never become public by a wrong audience or a forgotten permission (deny by
 * default stays for every {@code Screen}).
 *
 * <p>A public view must show nothing that needs a signed-in user: {@code AccessControl.currentUser()} is empty
 * there and every permission check fails. What it shows and accepts is the plugin's responsibility: rate-limit what
 * costs (codes sent, guesses) by the client's address from {@link ClientAddress}, and reveal nothing about other
 * people's records.
 *
 * @param path     route relative to the plugin id; lower-case segments, no parameters
 * @param viewType the view's class; no {@code @Route} annotation on it, the runtime registers it
 * @param factory  makes a new view for every navigation
 * @param titleKey message key of the browser tab's title
 * @since 1.6.0
 */
public record PublicScreen(String path, Class<? extends Component> viewType, ViewFactory<? extends Component> factory,
        String titleKey) {

    private static final Pattern PATH = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

    public PublicScreen {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(viewType, "viewType");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(titleKey, "titleKey");
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("a public screen's path must be lower-case segments separated by '/'"
                    + " (no parameters, not empty): " + path);
        }
    }

    /** A public screen at {@code path} showing views of {@code viewType} made by {@code factory}. */
    public static <T extends Component> PublicScreen of(String path, Class<T> viewType, ViewFactory<T> factory,
            String titleKey) {
        return new PublicScreen(path, viewType, factory, titleKey);
    }
}
