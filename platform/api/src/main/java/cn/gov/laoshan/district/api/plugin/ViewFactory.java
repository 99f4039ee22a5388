package cn.gov.laoshan.district.api.plugin;

import com.vaadin.flow.component.Component;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Creates a new instance of a plugin's view each time the shell navigates to it, so that views can take the
 * plugin's services in their constructor: {@code () -> new CasesView(cases, masking)}.
 */
@ConsumerType
@FunctionalInterface
public interface ViewFactory<T extends Component> {
    T create();
}
