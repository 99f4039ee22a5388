package cn.gov.laoshan.district.test.hello;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

import cn.gov.laoshan.district.api.plugin.DashboardWidget;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.Screen;

/** A small plugin the platform's tests install, update and remove. Version 2 adds the "news" screen. */
@Component(service = DistrictPlugin.class)
public class HelloPlugin implements DistrictPlugin {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("hello", "hello.plugin.name", "office", "hello.department");
    }

    @Override
    public List<Screen> screens() {
        List<Screen> screens = new ArrayList<>();
        screens.add(Screen.builder("greeting", GreetingView.class, GreetingView::new)
                .title("hello.screen.greeting").icon("vaadin:smiley-o").permission("hello.view").order(10).build());
        if (FrameworkUtil.getBundle(HelloPlugin.class).getVersion().getMajor() >= 2) {
            screens.add(Screen.builder("news", NewsView.class, NewsView::new)
                    .title("hello.screen.news").icon("vaadin:newspaper").permission("hello.view").order(20).build());
        }
        return screens;
    }

    @Override
    public List<DashboardWidget> widgets() {
        return List.of(new DashboardWidget("welcome", "hello.widget.title", WelcomeCard::new, 10, 1, "hello.view"));
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition("hello.view", "hello.permission.view"));
    }
}
