package cn.gov.laoshan.district.shell.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLayout;

import cn.gov.laoshan.district.shell.plugins.ViewCatalog;

/**
 * The frame of the plugins' public screens (api.plugin {@code PublicScreen}): the district's name and the language
 * switch, nothing else. It knows no user and shows nothing of the staff's shell — no menu, no user menu, no bell —
 * so a public page cannot lead anybody to what needs a sign-in, whoever opens it.
 */
public class PublicLayout extends Div implements RouterLayout, HasDynamicTitle {

    private final Main content = new Main();
    private final ViewCatalog catalog;
    private HasElement view;

    public PublicLayout(ViewCatalog catalog) {
        this.catalog = catalog;
        addClassName("district-public");
        setId("district-public");
        Header header = new Header();
        header.addClassName("district-public-header");
        Span district = new Span(getTranslation("shell.public.district"));
        district.addClassName("district-public-name");
        district.setId("district-public-name");
        header.add(district, LanguageSwitch.links());
        content.addClassName("district-public-content");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        this.view = view;
        content.removeAll();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    /** The browser tab: the public screen's title and the district's name. */
    @Override
    public String getPageTitle() {
        String district = getTranslation("shell.public.district");
        return view == null ? district : catalog.find(view.getClass())
                .map(entry -> getTranslation(entry.titleKey()) + " · " + district).orElse(district);
    }
}
