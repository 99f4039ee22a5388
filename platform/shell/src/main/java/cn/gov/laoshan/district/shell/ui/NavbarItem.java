package cn.gov.laoshan.district.shell.ui;

import com.vaadin.flow.component.Component;

/**
 * A component a platform module adds to the top bar of the main layout, left of the user menu (the notification
 * bell of the notify module). Registered as an OSGi service by the module; the runtime hands the shell a supplier
 * of the registered items, so the shell depends on no module.
 */
public interface NavbarItem {

    /** A new component for one main layout, created in the UI thread of that layout. */
    Component create();

    /** Items are placed in ascending order. */
    default int order() {
        return 100;
    }
}
