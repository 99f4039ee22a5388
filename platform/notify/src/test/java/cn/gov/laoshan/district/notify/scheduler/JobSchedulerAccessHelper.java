package cn.gov.laoshan.district.notify.scheduler;

import java.time.Duration;

/** Opens the package-private tick rule to the tests. */
public final class JobSchedulerAccessHelper {
    private JobSchedulerAccessHelper() {
    }

    public static Duration tick(Duration interval) {
        return JobScheduler.tick(interval);
    }
}
