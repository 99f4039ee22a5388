package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

import cn.gov.laoshan.district.api.plugin.PlatformInfo;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/**
 * What a plugin component holds while active: its settings as last delivered, optional services as they come and go,
 * its own services registered until it stops, and its demo seeding, stopped before anything else at deactivation.
 */
class PluginSupportTest {

    /** A bundle context as much as the kit uses of one: service listeners, references, registrations. */
    static final class Bundle {
        final List<String> log = Collections.synchronizedList(new ArrayList<>());
        final Map<String, ServiceListener> listeners = new HashMap<>();
        final Map<String, Object> services = new HashMap<>();
        final Map<String, ServiceReference<?>> references = new HashMap<>();
        final BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "createFilter" -> FrameworkUtil.createFilter((String) args[0]);
                    case "addServiceListener" -> {
                        listeners.put(String.valueOf(args[1]), (ServiceListener) args[0]);
                        yield null;
                    }
                    case "removeServiceListener" -> {
                        listeners.values().remove(args[0]);
                        yield null;
                    }
                    case "getServiceReferences" -> services.containsKey((String) args[0])
                            ? new ServiceReference<?>[] {references.get((String) args[0])} : null;
                    case "getService" -> services.get(typeOf((ServiceReference<?>) args[0]));
                    case "ungetService" -> true;
                    case "registerService" -> registration(((Class<?>) args[0]).getSimpleName());
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        /** A service of {@code type} appears in the framework. */
        <T> void appears(Class<T> type, T service) {
            ServiceReference<?> reference = reference(type.getName());
            references.put(type.getName(), reference);
            services.put(type.getName(), service);
            listener(type).serviceChanged(new ServiceEvent(ServiceEvent.REGISTERED, reference));
        }

        /** ... and goes. */
        void goes(Class<?> type) {
            listener(type).serviceChanged(new ServiceEvent(ServiceEvent.UNREGISTERING, references.get(type.getName())));
            services.remove(type.getName());
        }

        private ServiceListener listener(Class<?> type) {
            return listeners.get("(objectClass=" + type.getName() + ")");
        }

        private static String typeOf(ServiceReference<?> reference) {
            return (String) reference.getProperty("objectClass");
        }

        private static ServiceReference<?> reference(String type) {
            return (ServiceReference<?>) Proxy.newProxyInstance(PluginSupportTest.class.getClassLoader(),
                    new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getProperty" -> "objectClass".equals(args[0]) ? type : null;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "compareTo" -> 0;
                        default -> null;
                    });
        }

        private ServiceRegistration<?> registration(String name) {
            boolean[] gone = new boolean[1];
            return (ServiceRegistration<?>) Proxy.newProxyInstance(PluginSupportTest.class.getClassLoader(),
                    new Class<?>[] {ServiceRegistration.class}, (proxy, method, args) -> {
                        if (method.getName().equals("unregister")) {
                            if (gone[0]) {
                                throw new IllegalStateException("Service already unregistered.");
                            }
                            gone[0] = true;
                            log.add("unregistered " + name);
                        }
                        return null;
                    });
        }
    }

    @Test
    void settingsAreTheLastDeliveredOnes() {
        PluginSupport<String> kit = PluginSupport.open(new Bundle().context, "30 days");
        Supplier<String> settings = kit::settings;
        assertEquals("30 days", settings.get());
        kit.settingsChanged("45 days");
        assertEquals("45 days", settings.get(), "a service holding kit::settings reads the change at once");
    }

    @Test
    void anOptionalServiceIsThereWhileItRuns() {
        Bundle bundle = new Bundle();
        PluginSupport<String> kit = PluginSupport.open(bundle.context, "s");
        Supplier<Optional<Runnable>> reminders = kit.optional(Runnable.class);
        assertEquals(Optional.empty(), reminders.get(), "the plugin works without it");
        Runnable service = () -> { };
        bundle.appears(Runnable.class, service);
        assertEquals(Optional.of(service), reminders.get());
        bundle.goes(Runnable.class);
        assertEquals(Optional.empty(), reminders.get());
        kit.close();
        assertTrue(bundle.listeners.isEmpty(), "no longer tracked");
    }

    @Test
    void closingStopsTheSeedingFirstThenUnregisters() throws Exception {
        Bundle bundle = new Bundle();
        PluginSupport<String> kit = PluginSupport.open(bundle.context, "s");
        kit.register(Runnable.class, () -> { });
        CountDownLatch started = new CountDownLatch(1);
        PlatformInfo demo = () -> true;
        kit.seedDemo(demo, "test-demo-data", TestAccess.nobody(), derby(), () -> false, stopping -> {
            started.countDown();
            while (!stopping.getAsBoolean()) {
                Thread.onSpinWait();
            }
            bundle.log.add("seeding stopped");
            return "0 records";
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        kit.close();
        assertEquals(List.of("seeding stopped", "unregistered Runnable"), bundle.log,
                "nothing of the plugin is written after its services are gone");
        kit.close(); // a second deactivation, or a bundle already stopped: nothing left to do
        assertEquals(2, bundle.log.size());
    }

    /**
     * Finance seeds in three parts, this year's budgets first and quick; the platform's demo-data wait (every row of
     * {@code demo_seeding} finished) once saw the budgets finished before the payouts' part was even registered, and
     * a browser test read an empty list. Here the second part is slow: until it ends, the demo data is not done.
     */
    @Test
    void aPluginsDemoDataIsDoneOnlyWhenAllItsPartsAre() throws Exception {
        PluginSupport<String> kit = PluginSupport.open(new Bundle().context, "s");
        DataSource data = derby();
        PlatformInfo demo = () -> true;
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch secondMayEnd = new CountDownLatch(1);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        kit.seedDemo(demo, TestAccess.nobody(), data,
                new DemoSeeding.Part("test-demo-budgets", () -> false, stopping -> {
                    order.add("budgets");
                    return "3 budgets";
                }),
                new DemoSeeding.Part("test-demo-payouts", () -> false, stopping -> {
                    order.add("payouts");
                    secondStarted.countDown();
                    try {
                        secondMayEnd.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "2 payouts";
                }));
        assertFalse(allFinished(data), "both parts registered, neither finished");
        awaitFinished(data, "test-demo-budgets");
        assertTrue(secondStarted.await(20, TimeUnit.SECONDS));
        assertFalse(allFinished(data), "the first part finished, the second still running: not done");
        secondMayEnd.countDown();
        awaitFinished(data, "test-demo-payouts");
        assertTrue(allFinished(data));
        assertEquals(List.of("budgets", "payouts"), order, "in their order, one after the other");
        kit.close();
    }

    @Test
    void aFinishedPartIsNotSeededAgainAtTheNextStart() throws Exception {
        DataSource data = derby();
        PlatformInfo demo = () -> true;
        List<String> seeded = Collections.synchronizedList(new ArrayList<>());
        PluginSupport<String> first = PluginSupport.open(new Bundle().context, "s");
        first.seedDemo(demo, TestAccess.nobody(), data,
                new DemoSeeding.Part("test-demo-budgets", () -> false, stopping -> seeded.add("budgets") + ""),
                new DemoSeeding.Part("test-demo-payouts", () -> true, stopping -> seeded.add("payouts") + ""));
        awaitFinished(data, "test-demo-budgets");
        first.close();
        PluginSupport<String> again = PluginSupport.open(new Bundle().context, "s");
        again.seedDemo(demo, TestAccess.nobody(), data,
                new DemoSeeding.Part("test-demo-budgets", () -> false, stopping -> seeded.add("budgets") + ""),
                new DemoSeeding.Part("test-demo-payouts", () -> false, stopping -> seeded.add("payouts") + ""));
        again.close();
        assertEquals(List.of("budgets"), seeded, "payouts were there before the table; budgets finished at the first start");
        assertTrue(allFinished(data));
    }

    @Test
    void closingStopsEverySeedingOfThePlugin() throws Exception {
        Bundle bundle = new Bundle();
        PluginSupport<String> kit = PluginSupport.open(bundle.context, "s");
        DataSource data = derby();
        PlatformInfo demo = () -> true;
        CountDownLatch started = new CountDownLatch(2);
        for (String name : List.of("test-demo-one", "test-demo-two")) {
            kit.seedDemo(demo, name, TestAccess.nobody(), data, () -> false, stopping -> {
                started.countDown();
                while (!stopping.getAsBoolean()) {
                    Thread.onSpinWait();
                }
                bundle.log.add(name + " stopped");
                return "0 records";
            });
        }
        assertTrue(started.await(10, TimeUnit.SECONDS));
        kit.close();
        assertEquals(List.of("test-demo-one stopped", "test-demo-two stopped"), bundle.log.stream().sorted().toList(),
                "nothing of the plugin is written after it stopped, by any of its seedings");
    }

    @Test
    void withoutDemoDataNothingIsSeeded() {
        PluginSupport<String> kit = PluginSupport.open(new Bundle().context, "s");
        PlatformInfo production = () -> false;
        DataSource untouched = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new AssertionError("the database was asked: " + method.getName());
                });
        kit.seedDemo(production, "test-demo-data", TestAccess.nobody(), untouched, () -> false, stopping -> {
            throw new AssertionError("seeded in production");
        });
        kit.close();
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("test-demo-data")));
    }

    /** testkit {@code TestPlatform.awaitDemoData}'s condition: rows there and every one finished. */
    static boolean allFinished(DataSource data) {
        try (Connection c = data.getConnection(); var s = c.createStatement();
                var rows = s.executeQuery("select count(*), sum(finished) from demo_seeding")) {
            rows.next();
            return rows.getInt(1) > 0 && rows.getInt(1) == rows.getInt(2);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitFinished(DataSource data, String part) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Connection c = data.getConnection();
                    var q = c.prepareStatement("select finished from demo_seeding where name = ?")) {
                q.setString(1, part);
                try (var rows = q.executeQuery()) {
                    if (rows.next() && rows.getInt(1) == 1) {
                        return;
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            assertTrue(System.nanoTime() < deadline, part + " did not finish");
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** A plugin schema's {@code demo_seeding} table on an in-memory Derby. */
    private static DataSource derby() throws Exception {
        String url = "jdbc:derby:memory:plugin-support-" + System.nanoTime() + ";create=true";
        try (Connection c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute(DemoSeeding.TABLE);
        }
        return (DataSource) Proxy.newProxyInstance(PluginSupportTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return DriverManager.getConnection(url);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
