package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseEvents;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.registry.RegistryModule;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The registry in a real platform started with demo data: the screen's route, the seeded enterprises, events
 * through Felix EventAdmin to a subscriber, and the UI kit's package exported to plugins.
 */
class RegistryPlatformIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TestPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start(RuntimeOptions.forHome(Files.createTempDirectory("district-registry-home")).withDemo(true));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private static <T> T asSystem(java.util.function.Supplier<T> work) {
        return platform.runtime().service(AccessControl.class).orElseThrow().asSystem(work);
    }

    @Test
    void theScreenIsARouteAndTheDemoEnterprisesAreSeeded() {
        platform.awaitStatus("/registry/enterprises", 200, WAIT);
        EnterpriseRegistry registry = platform.runtime().service(EnterpriseRegistry.class).orElseThrow();
        long count = asSystem(() -> registry.count(EnterpriseQuery.all()));
        assertTrue(count >= RegistryModule.DEMO_COUNT, "demo enterprises: " + count);
        List<Enterprise> software = asSystem(() -> registry.list(EnterpriseQuery.all().withIndustryPrefix("I6510")));
        assertEquals(50, software.size());
        assertTrue(software.stream().allMatch(e -> e.uscc().division().equals("370212")));
    }

    @Test
    void changesArriveAtAnEventHandlerThroughEventAdmin() throws Exception {
        // EventAdmin's API is shared with the runtime: the bundle wires its import to the system bundle
        Bundle eventAdmin = List.of(platform.runtime().bundleContext().getBundles()).stream()
                .filter(b -> "org.apache.felix.eventadmin".equals(b.getSymbolicName())).findFirst().orElseThrow();
        List<BundleWire> wires = eventAdmin.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package");
        assertTrue(wires.stream().anyMatch(w -> "org.osgi.service.event".equals(w.getCapability().getAttributes()
                .get("osgi.wiring.package")) && w.getProvider().getBundle().getBundleId() == 0), wires.toString());

        BlockingQueue<Event> received = new LinkedBlockingQueue<>();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, EnterpriseEvents.ALL);
        ServiceRegistration<EventHandler> handler = platform.runtime().bundleContext()
                .registerService(EventHandler.class, received::add, properties);
        try {
            EnterpriseRegistry registry = platform.runtime().service(EnterpriseRegistry.class).orElseThrow();
            Enterprise enterprise = new Enterprise(Uscc.withCheck("91370212MA3EVENT1".replace("V", "W")), "青岛事件测试科技有限公司",
                    "有限责任公司", "于海", new BigDecimal("1000000"), LocalDate.of(2024, 3, 1), "山东省青岛市崂山区秦岭路6号",
                    "I6510", EnterpriseStatus.EXISTING, CreditGrade.A, EnterpriseSize.MICRO);
            asSystem(() -> {
                registry.create(enterprise);
                return null;
            });
            Event registered = received.poll(10, TimeUnit.SECONDS);
            assertEquals(EnterpriseEvents.REGISTERED, registered.getTopic());
            assertEquals(enterprise.uscc().value(), registered.getProperty(EnterpriseEvents.USCC));
            assertEquals("青岛事件测试科技有限公司", registered.getProperty(EnterpriseEvents.NAME));

            asSystem(() -> {
                registry.update(new Enterprise(enterprise.uscc(), "青岛事件测试科技股份有限公司", "股份有限公司", "于海", null, null,
                        null, "I6510", EnterpriseStatus.OPERATING, CreditGrade.A, null)); // the grade changes only with a reason
                return null;
            });
            Event updated = received.poll(10, TimeUnit.SECONDS);
            assertEquals(EnterpriseEvents.UPDATED, updated.getTopic());
            assertEquals("青岛事件测试科技股份有限公司", updated.getProperty(EnterpriseEvents.NAME));
        } finally {
            handler.unregister();
        }
    }

    @Test
    void theSystemBundleExportsTheUiKitToPlugins() {
        Bundle system = platform.runtime().bundleContext().getBundle(0);
        List<BundleCapability> exports = system.adapt(BundleWiring.class).getCapabilities("osgi.wiring.package");
        BundleCapability uikit = exports.stream()
                .filter(c -> "cn.gov.laoshan.district.uikit".equals(c.getAttributes().get("osgi.wiring.package")))
                .findFirst().orElseThrow(() -> new AssertionError("cn.gov.laoshan.district.uikit is not exported"));
        assertEquals("1.8.0", uikit.getAttributes().get("version").toString());
        assertTrue(exports.stream().anyMatch(c -> "cn.gov.laoshan.district.api.enterprise"
                .equals(c.getAttributes().get("osgi.wiring.package"))));
        // the registry's implementation stays private
        assertTrue(exports.stream().noneMatch(c -> String.valueOf(c.getAttributes().get("osgi.wiring.package"))
                .startsWith("cn.gov.laoshan.district.registry")));
    }

    @Test
    void aProductionStartSeedsNothing() throws Exception {
        try (TestPlatform production = TestPlatform.start(
                RuntimeOptions.forHome(Files.createTempDirectory("district-registry-nodemo")).withDemo(false))) {
            EnterpriseRegistry registry = production.runtime().service(EnterpriseRegistry.class).orElseThrow();
            long count = production.runtime().service(AccessControl.class).orElseThrow()
                    .asSystem(() -> registry.count(EnterpriseQuery.all()));
            assertEquals(0, count);
        }
    }
}
