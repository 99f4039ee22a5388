package cn.gov.laoshan.district.shell;

import java.util.Set;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;

/**
 * Vaadin's start-up without class-path scanning: the embedding server scans nothing, so the lookup is
 * initialized with its default implementations and the app shell is named explicitly.
 */
public final class ShellInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext context) throws ServletException {
        new LookupServletContainerInitializer().process(Set.of(LookupInitializer.class), context);
        VaadinAppShellInitializer.init(Set.of(DistrictAppShell.class), new VaadinServletContext(context));
    }
}
