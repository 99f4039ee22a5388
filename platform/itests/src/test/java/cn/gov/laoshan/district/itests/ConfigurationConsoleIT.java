package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ManagedService;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeProvider;
import org.osgi.service.metatype.ObjectClassDefinition;

import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.audit.domain.AuditEntry;
import cn.gov.laoshan.district.audit.domain.AuditFilter;
import cn.gov.laoshan.district.audit.service.AuditQuery;
import cn.gov.laoshan.district.console.config.ConfigForm;
import cn.gov.laoshan.district.console.config.ConfigService;
import cn.gov.laoshan.district.console.config.ConfigValidationException;
import cn.gov.laoshan.district.console.config.Configurable;
import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.PasswordChanger;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The configuration screen's service on a real platform: Metatype descriptions of the platform modules and the
 * plugins, saving through Configuration Admin with effect on the running components and the {@code .cfg} file,
 * file edits seen by the service, invalid input refused field by field, write-only secrets, audit.
 */
class ConfigurationConsoleIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String IDENTITY = "cn.gov.laoshan.district.identity";
    private static final String MEDIATION = "cn.gov.laoshan.district.mediation";
    static final String MAIL = "cn.gov.laoshan.district.itest.mail";
    private static final String SECRET = "s3cret-邮件口令";
    private static TestPlatform platform;
    private static ConfigService config;
    private static AccessControl access;
    private static final AtomicReference<Dictionary<String, ?>> MAIL_SEEN = new AtomicReference<>();

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start();
        config = platform.runtime().service(ConfigService.class).orElseThrow();
        access = platform.runtime().service(AccessControl.class).orElseThrow();
        platform.deploy(PluginJars.named("district-plugin-mediation"), "mediation.jar");
        platform.awaitPlugin("mediation", "ACTIVE", WAIT);
        // a service with a secret, a list, options and a decimal, described the way platform modules do it
        BundleContext system = platform.runtime().bundleContext();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(MetaTypeProvider.METATYPE_PID, MAIL);
        system.registerService(MetaTypeProvider.class, new MailMetaType(), props);
        Dictionary<String, Object> pid = new Hashtable<>();
        pid.put(Constants.SERVICE_PID, MAIL);
        system.registerService(ManagedService.class, MAIL_SEEN::set, pid);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static <T> T asAdmin(Supplier<T> work) {
        return access.asSystem(work);
    }

    private static Path cfg(String pid) {
        return platform.home().resolve("conf").resolve(pid + ".cfg");
    }

    private static ConfigForm.Field field(ConfigForm form, String id) {
        return form.fields().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + form.fields()));
    }

    private static Object property(String pid, String key) throws Exception {
        BundleContext system = platform.runtime().bundleContext();
        ServiceReference<ConfigurationAdmin> ref = system.getServiceReference(ConfigurationAdmin.class);
        var found = system.getService(ref).listConfigurations("(service.pid=" + pid + ")");
        return found == null ? null : found[0].getProperties().get(key);
    }

    private static Object mediationProperty(String key) throws Exception {
        for (ServiceReference<DistrictPlugin> ref : platform.runtime().bundleContext()
                .getServiceReferences(DistrictPlugin.class, null)) {
            if ("cn.gov.laoshan.district.plugin.mediation".equals(ref.getBundle().getSymbolicName())) {
                return ref.getProperty(key);
            }
        }
        return null;
    }

    @Test
    void listsThePlatformModulesAndPluginsLocalised() {
        List<Configurable> zh = asAdmin(() -> config.configurables(Locale.SIMPLIFIED_CHINESE));
        Configurable identity = zh.stream().filter(c -> c.pid().equals(IDENTITY)).findFirst().orElseThrow(
                () -> new AssertionError("identity policy missing: " + zh));
        assertEquals("密码与登录锁定策略", identity.name());
        assertEquals("identity", identity.pluginId());
        assertEquals("shell.department.platform", identity.departmentKey());
        Configurable mediation = zh.stream().filter(c -> c.pid().equals(MEDIATION)).findFirst().orElseThrow(
                () -> new AssertionError("mediation missing: " + zh));
        assertEquals("mediation", mediation.pluginId());
        assertEquals("矛盾纠纷调解", mediation.name());
        List<Configurable> en = asAdmin(() -> config.configurables(Locale.ENGLISH));
        assertEquals("Password and sign-in lockout policy",
                en.stream().filter(c -> c.pid().equals(IDENTITY)).findFirst().orElseThrow().name());
        assertEquals("Dispute mediation", en.stream().filter(c -> c.pid().equals(MEDIATION)).findFirst().orElseThrow().name());

        ConfigForm form = asAdmin(() -> config.form(IDENTITY, Locale.SIMPLIFIED_CHINESE));
        ConfigForm.Field min = field(form, "password.min-length");
        assertEquals(ConfigForm.Kind.INTEGER, min.kind());
        assertEquals(List.of("12"), min.defaults());
        assertEquals("密码最短长度", min.name());
        assertEquals(ConfigForm.Kind.BOOLEAN, field(form, "password.require-complexity").kind());
        ConfigForm.Field deadline = field(asAdmin(() -> config.form(MEDIATION, Locale.SIMPLIFIED_CHINESE)),
                "deadline.property");
        assertEquals(List.of("30"), deadline.defaults());
        ConfigForm mail = asAdmin(() -> config.form(MAIL, Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("plain", "tls"), field(mail, "mode").options().stream().map(ConfigForm.Option::value).toList());
        assertEquals(5, field(mail, "recipients").cardinality());
        assertEquals(ConfigForm.Kind.PASSWORD, field(mail, "password").kind());
        // FileInstall's watchers are the runtime's: shown, not changed
        assertTrue(zh.stream().anyMatch(c -> c.pid().startsWith("org.apache.felix.fileinstall")), zh.toString());
        assertThrows(ConsoleException.class, () -> asAdmin(() -> config.save("org.apache.felix.fileinstall",
                Map.of(), Set.of(), Locale.ENGLISH)));
    }

    @Test
    void savingChangesConfigAdminTheComponentsAndTheFileAndFileEditsComeBack() throws Exception {
        PasswordChanger passwords = platform.runtime().service(PasswordChanger.class).orElseThrow();
        assertEquals(12, passwords.minLength());
        ConfigForm saved = asAdmin(() -> config.save(IDENTITY, Map.of("password.min-length", List.of("16"),
                "lockout.max-failures", List.of("3")), Set.of(), Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("16"), field(saved, "password.min-length").values());
        assertEquals(16, property(IDENTITY, "password.min-length"), "stored as an Integer");
        TestPlatform.await(() -> passwords.minLength() == 16, WAIT, "the identity policy follows the console");
        // the lockout follows too: 3 failures (the console's value, not the default 5) lock the account
        Authenticator signIn = platform.runtime().service(Authenticator.class).orElseThrow();
        for (int i = 0; i < 3; i++) {
            assertTrue(signIn.authenticate("admin", "wrong-password".toCharArray(), "127.0.0.1").isEmpty());
        }
        assertTrue(signIn.authenticate("admin", platform.adminPassword().toCharArray(), "127.0.0.1").isEmpty(),
                "locked after 3 failures");

        Path file = cfg(IDENTITY);
        TestPlatform.await(() -> Files.isRegularFile(file), WAIT, "the cfg file");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        TestPlatform.await(() -> read(file).contains("password.min-length = I\"16\""), WAIT, "typed value in the file");

        // the mediation plugin's component gets its new time limit without a restart
        asAdmin(() -> config.save(MEDIATION, Map.of("deadline.property", List.of("20")), Set.of(), Locale.ENGLISH));
        TestPlatform.await(() -> Integer.valueOf(20).equals(mediationPropertyQuietly("deadline.property")), WAIT,
                "mediation's component modified with the new limit");
        TestPlatform.await(() -> read(cfg(MEDIATION)).contains("deadline.property = I\"20\""), WAIT, "mediation cfg");

        // an operator edits the file: Configuration Admin, the component and the console's service follow
        // FileInstall writes the saved configuration back to the file shortly after the save (on Configuration
        // Admin's event); an edit made before that would be overwritten: let it happen first
        Thread.sleep(2500);
        Files.writeString(file, read(file).replace("password.min-length = I\"16\"", "password.min-length = I\"14\""));
        TestPlatform.await(() -> passwords.minLength() == 14, WAIT, "the file edit reaches the component");
        TestPlatform.await(() -> List.of("14").equals(field(asAdmin(() -> config.form(IDENTITY, Locale.ENGLISH)),
                "password.min-length").values()), WAIT, "the file edit reaches the console");
        assertEquals(3, property(IDENTITY, "lockout.max-failures"));

        // invalid input: every bad field named, nothing changed
        String before = settled(file);
        ConfigValidationException refused = assertThrows(ConfigValidationException.class, () -> asAdmin(() ->
                config.save(IDENTITY, Map.of("password.min-length", List.of("abc"), "lockout.minutes", List.of("0"),
                        "lockout.max-failures", List.of("4")), Set.of(), Locale.SIMPLIFIED_CHINESE)));
        assertEquals("console.config.invalid.integer", refused.problems().get("password.min-length").key());
        assertEquals("console.config.invalid.min", refused.problems().get("lockout.minutes").key());
        assertEquals(2, refused.problems().size(), refused.problems().toString());
        assertEquals(3, property(IDENTITY, "lockout.max-failures"));
        assertEquals(14, passwords.minLength());
        assertEquals(before, settled(file));
        ConfigValidationException tooBig = assertThrows(ConfigValidationException.class, () -> asAdmin(() ->
                config.save(MEDIATION, Map.of("deadline.property", List.of("500")), Set.of(), Locale.ENGLISH)));
        assertEquals("console.config.invalid.max", tooBig.problems().get("deadline.property").key());

        // audited: who, which PID, which keys
        List<AuditEntry> entries = audit("config.update");
        AuditEntry identity = entries.stream().filter(e -> e.objectId().equals(IDENTITY)).findFirst().orElseThrow();
        assertEquals("system", identity.actorLogin());
        // (the audit log itself masks values of keys that look like passwords)
        assertTrue(identity.after().contains("\"password.min-length\":"), identity.after());
        assertTrue(identity.after().contains("\"lockout.max-failures\":\"3\""), identity.after());

        // reset: the configuration and its file go, the defaults apply again
        asAdmin(() -> {
            config.reset(IDENTITY);
            return null;
        });
        assertNull(property(IDENTITY, "password.min-length"));
        assertFalse(Files.exists(file));
        TestPlatform.await(() -> passwords.minLength() == 12, WAIT, "defaults again");
        assertFalse(asAdmin(() -> config.form(IDENTITY, Locale.ENGLISH)).configured());
        assertTrue(audit("config.reset").stream().anyMatch(e -> e.objectId().equals(IDENTITY)));
    }

    @Test
    void secretsAreWriteOnly() throws Exception {
        ConfigForm saved = asAdmin(() -> config.save(MAIL, Map.of("password", List.of(SECRET), "port", List.of("587"),
                "recipients", List.of("a@laoshan.gov.cn", "b@laoshan.gov.cn"), "mode", List.of("tls"),
                "ratio", List.of("0.75")), Set.of(), Locale.SIMPLIFIED_CHINESE));
        ConfigForm.Field password = field(saved, "password");
        assertTrue(password.secretSet());
        assertEquals(List.of(), password.values());
        assertFalse(saved.toString().contains(SECRET), "the secret never leaves the service");
        assertEquals(SECRET, property(MAIL, "password"), "but the service got it");
        TestPlatform.await(() -> MAIL_SEEN.get() != null && SECRET.equals(MAIL_SEEN.get().get("password")), WAIT,
                "the managed service got the secret");
        assertEquals(0.75, property(MAIL, "ratio"));
        assertTrue(property(MAIL, "recipients") instanceof String[]);
        Path file = cfg(MAIL);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        // keeping: an empty secret field keeps it; other fields change
        saved = asAdmin(() -> config.save(MAIL, Map.of("password", List.of(""), "port", List.of("465")), Set.of(),
                Locale.SIMPLIFIED_CHINESE));
        assertEquals(SECRET, property(MAIL, "password"));
        assertTrue(field(saved, "password").secretSet());
        for (AuditEntry e : audit("config.update")) {
            assertFalse(String.valueOf(e.before()).contains(SECRET) || String.valueOf(e.after()).contains(SECRET),
                    "secret in the audit: " + e);
        }
        assertTrue(audit("config.update").stream().anyMatch(e -> e.objectId().equals(MAIL)
                && e.after().contains("\"password\"")), "the secret's key is audited as changed");

        // a bad option is refused at its field
        ConfigValidationException refused = assertThrows(ConfigValidationException.class, () -> asAdmin(() ->
                config.save(MAIL, Map.of("mode", List.of("ssl3"), "port", List.of("70000")), Set.of(), Locale.ENGLISH)));
        assertEquals(Set.of("mode", "port"), refused.problems().keySet());

        // clearing
        saved = asAdmin(() -> config.save(MAIL, Map.of(), Set.of("password"), Locale.SIMPLIFIED_CHINESE));
        assertFalse(field(saved, "password").secretSet());
        assertNull(property(MAIL, "password"));
        TestPlatform.await(() -> !read(file).contains("password"), WAIT, "the secret left the file");
    }

    private static Object mediationPropertyQuietly(String key) {
        try {
            return mediationProperty(key);
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * The file once FileInstall has finished writing it: after an edit it writes the configuration back (in place,
     * not atomically), and a read in the middle saw an empty file on a loaded machine.
     */
    private static String settled(Path file) throws InterruptedException {
        String seen = read(file);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(300);
            String now = read(file);
            if (!now.isEmpty() && now.equals(seen)) {
                return now;
            }
            seen = now;
        }
        throw new AssertionError("the file " + file + " did not settle: " + seen);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<AuditEntry> audit(String action) {
        AuditQuery query = platform.runtime().service(AuditQuery.class).orElseThrow();
        return asAdmin(() -> query.find(new AuditFilter(null, "console", action, null, null), 0, 500));
    }

    /** A test description: host, port (1–65535), password, mode (options), recipients (≤ 5), ratio (decimal). */
    static final class MailMetaType implements MetaTypeProvider {

        @Override
        public ObjectClassDefinition getObjectClassDefinition(String id, String locale) {
            List<AttributeDefinition> ads = List.of(
                    ad("host", AttributeDefinition.STRING, 0, new String[] {"smtp.laoshan.gov.cn"}, null, null),
                    ad("port", AttributeDefinition.INTEGER, 0, new String[] {"25"}, null, null),
                    ad("password", AttributeDefinition.PASSWORD, 0, null, null, null),
                    ad("mode", AttributeDefinition.STRING, 0, new String[] {"plain"}, new String[] {"明文", "TLS 加密"},
                            new String[] {"plain", "tls"}),
                    ad("recipients", AttributeDefinition.STRING, 5, null, null, null),
                    ad("ratio", AttributeDefinition.DOUBLE, 0, new String[] {"0.5"}, null, null));
            return new ObjectClassDefinition() {
                @Override
                public String getName() {
                    return "邮件发送（测试）";
                }

                @Override
                public String getID() {
                    return MAIL;
                }

                @Override
                public String getDescription() {
                    return "测试用";
                }

                @Override
                public AttributeDefinition[] getAttributeDefinitions(int filter) {
                    return filter == OPTIONAL ? new AttributeDefinition[0] : ads.toArray(AttributeDefinition[]::new);
                }

                @Override
                public InputStream getIcon(int size) {
                    return null;
                }
            };
        }

        @Override
        public String[] getLocales() {
            return null;
        }

        private static AttributeDefinition ad(String id, int type, int cardinality, String[] defaults, String[] labels,
                String[] values) {
            return new AttributeDefinition() {
                @Override
                public String getName() {
                    return id;
                }

                @Override
                public String getID() {
                    return id;
                }

                @Override
                public String getDescription() {
                    return "";
                }

                @Override
                public int getCardinality() {
                    return cardinality;
                }

                @Override
                public int getType() {
                    return type;
                }

                @Override
                public String[] getOptionValues() {
                    return values;
                }

                @Override
                public String[] getOptionLabels() {
                    return labels;
                }

                @Override
                public String validate(String value) {
                    if (id.equals("port")) {
                        int port = Integer.parseInt(value.trim());
                        return port < 1 ? "%less than minimum" : port > 65535 ? "%greater than maximum" : "";
                    }
                    return null;
                }

                @Override
                public String[] getDefaultValue() {
                    return defaults;
                }
            };
        }
    }
}
