package cn.gov.laoshan.district.test.unresolved;

import org.osgi.service.component.annotations.Component;

import com.google.gson.Gson;

import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;

/** A plugin that imports a package nothing provides (com.google.gson): it must stay unresolved and say why. */
@Component(service = DistrictPlugin.class)
public class UnresolvedPlugin implements DistrictPlugin {

    private final Gson gson = new Gson();

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("unresolved", gson.toJson("unresolved.plugin.name").isEmpty() ? "x" : "unresolved.plugin.name",
                "office", "unresolved.department");
    }
}
