package cn.gov.laoshan.district.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.cm.ManagedService;
import org.osgi.service.metatype.MetaTypeProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.identity.IndividualAccounts;
import cn.gov.laoshan.district.api.identity.UserDirectory;
import cn.gov.laoshan.district.identity.service.IndividualAccountService;
import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.core.PlatformContext;
import cn.gov.laoshan.district.core.PlatformModule;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.config.PolicyMetaType;
import cn.gov.laoshan.district.identity.domain.PasswordPolicy;
import cn.gov.laoshan.district.identity.service.ColleagueService;
import cn.gov.laoshan.district.identity.service.DemoRoleSeeding;
import cn.gov.laoshan.district.identity.service.IdentityService;
import cn.gov.laoshan.district.identity.service.IdentityStore;
import cn.gov.laoshan.district.identity.service.SeedData;
import cn.gov.laoshan.district.identity.service.SignIn;
import cn.gov.laoshan.district.identity.service.StaffDirectory;
import cn.gov.laoshan.district.identity.ui.IdentityScreens;
import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.PasswordChanger;

/**
 * Identity and access: users, departments, roles in the platform schema; sign-in with lockout and forced password
 * change; the administration screens. On a fresh database it takes over the bootstrap administrator the runtime
 * created (same password, to be changed at first sign-in) and, with demo data on, creates the demo cast.
 *
 * <p>Configuration (ConfigAdmin PID {@value #PID}): {@code password.min-length} (12),
 * {@code password.require-complexity} (false), {@code password.max-age-days} (0 = never),
 * {@code lockout.max-failures} (5), {@code lockout.minutes} (15), {@code session.max-hours} (12: the absolute
 * session lifetime).
 */
public final class IdentityModule implements PlatformModule {

    public static final String PID = "cn.gov.laoshan.district.identity";
    private static final Logger LOG = LoggerFactory.getLogger(IdentityModule.class);

    private volatile PasswordPolicy policy = PasswordPolicy.DEFAULT;
    private PluginDemoRoles demoRoles;

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public int order() {
        return 15;
    }

    /** Ahead of start, on the runtime's migration thread (start's own call then only waits for it). */
    @Override
    public void migrateDatabase(Database database) {
        database.migrateFromClassPath(Database.PLATFORM_SCHEMA, "migrations_identity", getClass().getClassLoader(),
                "cn/gov/laoshan/district/identity/db");
    }

    @Override
    public void start(PlatformContext context) throws Exception {
        Database database = context.database();
        database.migrateFromClassPath(Database.PLATFORM_SCHEMA, "migrations_identity", getClass().getClassLoader(),
                "cn/gov/laoshan/district/identity/db");
        IdentityStore store = new IdentityStore(database.jdbi(Database.PLATFORM_SCHEMA));
        BundleContext bundles = context.bundleContext();
        Supplier<Optional<AuditLog>> audit = () -> context.service(AuditLog.class);
        AccessControl access = context.service(AccessControl.class)
                .orElseThrow(() -> new IllegalStateException("the AccessControl service is missing"));
        PasswordCost cost = PasswordCost.OWASP;

        SeedData seed = new SeedData(store, context.clock(), cost);
        if (!store.anyUser()) {
            seed.platformBasics(bootstrapAdminHash(context.home()));
            if (context.demo()) {
                Path accounts = context.home().resolve("conf").resolve("demo-accounts.txt");
                seed.demoCast(accounts);
                LOG.info("demo accounts created; their passwords are in {}", accounts);
            }
        }

        if (context.demo()) {
            // the plugins' demo roles (and their demo accounts' rights) come with the plugins, whenever they start
            demoRoles = new PluginDemoRoles(bundles, new DemoRoleSeeding(store, audit, context.clock()), access);
            demoRoles.open();
        }

        SignIn signIn = new SignIn(store, () -> policy, context.clock(), audit, cost);
        IdentityService service = new IdentityService(store, access, audit, context.clock(), cost,
                () -> context.service(EnterpriseRegistry.class));
        bundles.registerService(Authenticator.class, signIn, null);
        bundles.registerService(PasswordChanger.class, signIn, null);
        ColleagueService colleagues = new ColleagueService(store, access, audit, context.clock(), cost,
                () -> context.service(EnterpriseRegistry.class));
        bundles.registerService(IdentityService.class, service, null);
        bundles.registerService(ColleagueService.class, colleagues, null);
        bundles.registerService(UserDirectory.class, new StaffDirectory(store.jdbi(), access), null);
        // plugins make the accounts of the individuals they accept (an approved 政务体验官) through the api
        bundles.registerService(IndividualAccounts.class, new IndividualAccountService(store, access, audit,
                context.clock(), cost), null);
        Dictionary<String, Object> pid = new Hashtable<>();
        pid.put(Constants.SERVICE_PID, PID);
        bundles.registerService(ManagedService.class, properties -> policy = policy(properties), pid);
        Dictionary<String, Object> metatype = new Hashtable<>();
        metatype.put(MetaTypeProvider.METATYPE_PID, PID);
        bundles.registerService(MetaTypeProvider.class, new PolicyMetaType(), metatype);
        Masking masking = context.service(Masking.class)
                .orElseThrow(() -> new IllegalStateException("the Masking service is missing"));
        bundles.registerService(DistrictPlugin.class, new IdentityScreens(service, colleagues, bundles, masking::phone), null);
    }

    @Override
    public void stop() {
        if (demoRoles != null) {
            demoRoles.close();
        }
    }

    /** The hash the runtime keeps for the bootstrap administrator ({@code data/admin.credential}). */
    private static String bootstrapAdminHash(Path home) throws IOException {
        Path credential = home.resolve("data").resolve("admin.credential");
        String line = Files.readString(credential).trim();
        return line.substring(line.indexOf(':') + 1);
    }

    static PasswordPolicy policy(Dictionary<String, ?> properties) {
        if (properties == null) {
            return PasswordPolicy.DEFAULT;
        }
        PasswordPolicy d = PasswordPolicy.DEFAULT;
        return new PasswordPolicy(
                number(properties.get("password.min-length"), d.minLength()),
                Boolean.parseBoolean(String.valueOf(properties.get("password.require-complexity"))),
                Duration.ofDays(number(properties.get("password.max-age-days"), 0)),
                number(properties.get("lockout.max-failures"), d.maxFailures()),
                Duration.ofMinutes(number(properties.get("lockout.minutes"), (int) d.lockout().toMinutes())),
                Duration.ofHours(Math.max(1, number(properties.get("session.max-hours"),
                        (int) d.sessionLifetime().toHours()))));
    }

    private static int number(Object value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.toString().trim());
            return parsed >= 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            LOG.warn("ignoring configuration value {}: not a number", value);
            return fallback;
        }
    }
}
