package cn.gov.laoshan.district.itests;

import java.time.Clock;
import java.time.Duration;

import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.DatabaseSettings;
import cn.gov.laoshan.district.notify.scheduler.JobLeases;
import cn.gov.laoshan.district.notify.scheduler.JobScheduler;

/**
 * One scheduler "node" in its own JVM, for {@link SchedulerProcessesIT}: runs the job {@code test/log} (interval
 * args[3] ms) for args[4] ms, each run writing (node, start, end) to {@code run_log}.
 * Arguments: url user password intervalMillis durationMillis nodeId.
 */
public final class SchedulerNodeMain {

    private SchedulerNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseSettings settings = new DatabaseSettings(args[0], args[1], args[2], null, 3);
        try (Database database = Database.open(settings)) {
            var jdbi = database.jdbi("platform");
            Duration interval = Duration.ofMillis(Long.parseLong(args[3]));
            String node = args[5];
            try (JobScheduler scheduler = new JobScheduler(new JobLeases(jdbi), node, Clock.systemUTC(), r -> r,
                    Duration.ofSeconds(5))) {
                scheduler.register("test/log", interval, () -> {
                    long start = System.currentTimeMillis();
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    long end = System.currentTimeMillis();
                    jdbi.useHandle(h -> h.execute("insert into run_log (node, started, ended) values (?, ?, ?)", node,
                            start, end));
                });
                Thread.sleep(Long.parseLong(args[4]));
            }
        }
    }
}
