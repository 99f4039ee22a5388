package cn.gov.laoshan.district.api.plugin;

import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.flow.component.Component;

/**
 * Makes a section's content for the subject of the page: on the enterprise page, the enterprise's unified social
 * credit code (checked and well-formed; for an enterprise user always their own enterprise's).
 *
 * @since 1.4.0
 */
@ConsumerType
@FunctionalInterface
public interface SectionFactory {
    Component create(String subject);
}
