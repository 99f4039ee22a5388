package cn.gov.laoshan.district.console.features;

import java.util.List;
import java.util.Map;

/**
 * A feature as the console shows it: a named set of plugins (bundle symbolic names found in {@code bundles/}) with
 * default configuration.
 *
 * @param installed how many of its plugins are installed now
 * @param uploaded  whether it was uploaded through the console (else it comes from {@code features/})
 */
public record FeatureInfo(String id, String nameZh, String nameEn, List<String> plugins,
        Map<String, Map<String, Object>> configuration, int installed, boolean uploaded) {

    public FeatureInfo {
        plugins = List.copyOf(plugins);
        configuration = Map.copyOf(configuration);
    }

    public boolean complete() {
        return installed == plugins.size();
    }
}
