package cn.gov.laoshan.district.notify.scheduler;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.ScheduledJob;

/**
 * Schedules the {@link ScheduledJob}s of every {@link DistrictPlugin} service while it is registered: a plugin's
 * jobs start when its service appears and stop when it goes. Job ids are {@code <plugin id>/<job id>}.
 */
public final class PluginJobs extends ServiceTracker<DistrictPlugin, List<String>> {

    private static final Logger LOG = LoggerFactory.getLogger(PluginJobs.class);

    private final JobScheduler scheduler;

    public PluginJobs(BundleContext systemContext, JobScheduler scheduler) {
        super(systemContext, DistrictPlugin.class, null);
        this.scheduler = scheduler;
    }

    @Override
    public List<String> addingService(ServiceReference<DistrictPlugin> reference) {
        DistrictPlugin plugin = context.getService(reference);
        if (plugin == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        try {
            String pluginId = plugin.descriptor().id();
            for (ScheduledJob job : plugin.jobs()) {
                String id = pluginId + "/" + job.id();
                scheduler.register(id, job);
                ids.add(id);
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("cannot schedule the jobs of bundle {}", reference.getBundle().getSymbolicName(), e);
        }
        return ids;
    }

    @Override
    public void removedService(ServiceReference<DistrictPlugin> reference, List<String> ids) {
        ids.forEach(scheduler::unregister);
        context.ungetService(reference);
    }
}
