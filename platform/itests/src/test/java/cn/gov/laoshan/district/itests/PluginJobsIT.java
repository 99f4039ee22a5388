package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;

import cn.gov.laoshan.district.api.notify.Inbox;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.ScheduledJob;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * In a running platform: a plugin's jobs run (as the system user) while its DistrictPlugin service is registered and
 * stop when it goes; a failing job keeps its schedule; a reminder planned by a plugin reaches the inbox.
 */
class PluginJobsIT {

    @Test
    void jobsFollowThePluginServiceAndRemindersAreDelivered() throws Exception {
        System.setProperty("district.notify.reminder-interval", "PT0.3S");
        try (TestPlatform platform = TestPlatform.start()) {
            AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
            AtomicInteger runs = new AtomicInteger();
            AtomicInteger asSystem = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            DistrictPlugin plugin = new DistrictPlugin() {
                @Override
                public PluginDescriptor descriptor() {
                    return new PluginDescriptor("jobtest", "jobtest.name", "platform", "shell.department.platform");
                }

                @Override
                public List<ScheduledJob> jobs() {
                    return List.of(new ScheduledJob("count", Duration.ofMillis(200), () -> {
                        runs.incrementAndGet();
                        if (access.currentUser().map(u -> u.login().equals("system")).orElse(false)) {
                            asSystem.incrementAndGet();
                        }
                    }), new ScheduledJob("fail", Duration.ofMillis(200), () -> {
                        failures.incrementAndGet();
                        throw new IllegalStateException("always fails");
                    }));
                }
            };
            ServiceRegistration<DistrictPlugin> registration = platform.runtime().bundleContext()
                    .registerService(DistrictPlugin.class, plugin, null);
            TestPlatform.await(() -> runs.get() >= 3 && failures.get() >= 3, Duration.ofSeconds(15),
                    "the plugin's jobs to run three times");
            assertEquals(runs.get(), asSystem.get(), "every run as the system user");

            registration.unregister();
            Thread.sleep(500); // a run in progress may still finish
            int after = runs.get();
            Thread.sleep(1000);
            assertEquals(after, runs.get(), "no runs once the plugin is gone");

            // a reminder of a plugin reaches the user's inbox through the platform's delivery job
            platform.runtime().service(Reminders.class).orElseThrow().schedule("licence/7/expiry",
                    Instant.now().plusMillis(200), Recipient.user("system"), Message.info("jobtest", "到期提醒", "许可证 7"));
            Inbox inbox = platform.runtime().service(Inbox.class).orElseThrow();
            // (from November the system's inbox also holds the calendar's "next year's arrangement missing" notice)
            TestPlatform.await(() -> access.asSystem(() -> inbox.list(0, 10)).stream()
                    .anyMatch(n -> n.message().title().equals("到期提醒")), Duration.ofSeconds(15),
                    "the reminder to be delivered");
            assertTrue(failures.get() >= 3);
        } finally {
            System.clearProperty("district.notify.reminder-interval");
        }
    }
}
