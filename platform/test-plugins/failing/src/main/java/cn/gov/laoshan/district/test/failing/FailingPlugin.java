package cn.gov.laoshan.district.test.failing;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;

/** A plugin whose activation throws: the platform must report it and keep serving the others. */
@Component(service = DistrictPlugin.class)
public class FailingPlugin implements DistrictPlugin {

    @Activate
    void activate() {
        throw new IllegalStateException("the failing test plugin refuses to start");
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("failing", "failing.plugin.name", "office", "failing.department");
    }
}
