package cn.gov.laoshan.district.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import cn.gov.laoshan.district.runtime.PlatformRuntime;
import cn.gov.laoshan.district.runtime.RuntimeOptions;

/**
 * What a browser test needs, started once for its class: a real platform ({@link TestPlatform}) with the plugins
 * the test names deployed and ACTIVE, and Debian's Chromium ({@link Browser}). Closed in reverse order after the
 * class, and also when the start fails half-way, so that no Chromium and no Jetty is left running. Without Chromium
 * on the machine the class is skipped.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("housing").build();
 *
 * @Test
 * void theProjectsList() {
 *     Page page = platform.newPage();
 *     platform.signIn(page, "zhanghua");                  // a demo account, its password from the home
 *     page.navigate(platform.url("/housing/projects"));
 *     ...
 * }
 * }</pre>
 *
 * A class that needs more set-up (services registered, data recorded) does it in its own {@code @BeforeAll}, which
 * runs after this fixture has started.
 */
public final class BrowserPlatform implements BeforeAllCallback, AfterAllCallback {

    /** Changes the options a platform starts with (given the defaults for its temporary home). */
    @FunctionalInterface
    public interface OptionsChange {
        RuntimeOptions apply(RuntimeOptions defaults) throws Exception;
    }

    private static final Duration PLUGIN_START = Duration.ofSeconds(60);
    /**
     * How long a plugin's background demo data may take: on the shared 2-core machine under load (~28) mediation's
     * 240 cases took 140 s, and three browser tests failed at 60 s before a line of theirs ran. A plugin's demo data
     * is done only when all its parts are (the policy plugin's include the first match run and its ~4,700
     * entitlements: 4–5 minutes at a load of 40), so the ceiling is ten minutes; a quick demo returns at once.
     */
    private static final Duration DEMO_DATA = Duration.ofMinutes(10);
    /** How long the language switch on the sign-in page takes to reload the page. */
    private static final int LANGUAGE_SWITCH_MS = 1500;

    private final boolean withPlatform;
    private final boolean demo;
    private final List<String> plugins;
    private final OptionsChange options;
    private final java.time.Clock clock;

    private Class<?> owner;
    private TestPlatform platform;
    private Browser browser;

    private BrowserPlatform(Builder builder) {
        this.withPlatform = builder.withPlatform;
        this.demo = builder.demo;
        this.plugins = List.copyOf(builder.plugins);
        this.options = builder.options;
        this.clock = builder.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Only Chromium, for a test that starts its platform itself (to watch the start, say). */
    public static BrowserPlatform browserOnly() {
        Builder builder = new Builder();
        builder.withPlatform = false;
        return builder.build();
    }

    public static final class Builder {
        private boolean withPlatform = true;
        private boolean demo;
        private final List<String> plugins = new ArrayList<>();
        private OptionsChange options = defaults -> defaults;
        private java.time.Clock clock;

        private Builder() {
        }

        /** Starts the platform with demo data (demo accounts, registry enterprises …). */
        public Builder demo() {
            this.demo = true;
            return this;
        }

        /**
         * Deploys the plugin {@code id} (the jar {@code district-plugin-<id>} of {@code district.test-plugins.dir},
         * as {@code deploy/<id>.jar}) and waits until it is ACTIVE before the tests run.
         */
        public Builder plugin(String id) {
            plugins.add(id);
            return this;
        }

        /** Any other start option: features, session idle time …; run when the platform starts. */
        public Builder options(OptionsChange change) {
            this.options = change;
            return this;
        }

        /**
         * The platform's clock ({@link TestPlatform#start(RuntimeOptions, java.time.Clock)}): a test moves it to let
         * a notice period or a deadline pass, and the platform's own daily jobs run when it passes their time.
         */
        public Builder clock(java.time.Clock clock) {
            this.clock = clock;
            return this;
        }

        public BrowserPlatform build() {
            return new BrowserPlatform(this);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (owner != null) {
            return; // a @Nested class: already started by its enclosing class
        }
        Assumptions.assumeTrue(Browser.available(), "Chromium is not installed (.ci/run installs it)");
        owner = context.getRequiredTestClass();
        try {
            if (withPlatform) {
                platform = startPlatform();
            }
            browser = Browser.launch();
        } catch (Exception | Error e) {
            closeAfter(e, this::close);
            throw e;
        }
    }

    /** Runs {@code closing} after the start failed with {@code failure}; its own failure is added to that one. */
    private static void closeAfter(Throwable failure, Runnable closing) {
        try {
            closing.run();
        } catch (RuntimeException | Error alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    private TestPlatform startPlatform() throws Exception {
        Path home = Files.createTempDirectory("district-browser-test");
        TestPlatform started;
        try {
            RuntimeOptions runtimeOptions = options.apply(RuntimeOptions.forHome(home).withDemo(demo));
            started = clock == null ? TestPlatform.start(runtimeOptions) : TestPlatform.start(runtimeOptions, clock);
        } catch (Exception | Error e) {
            TestPlatform.deleteTree(home);
            throw e;
        }
        try {
            for (String id : plugins) {
                started.deploy(PluginJars.named("district-plugin-" + id), id + ".jar");
            }
            for (String id : plugins) {
                started.awaitPlugin(id, "ACTIVE", PLUGIN_START);
            }
            if (demo) {
                // the demo data is seeded in the background: tests see the finished data, never a half-made record
                for (String id : plugins) {
                    started.awaitDemoData(id, DEMO_DATA);
                }
            }
            return started;
        } catch (Exception | Error e) {
            closeAfter(e, started::close);
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getRequiredTestClass() == owner) {
            close();
        }
    }

    /** Closes Chromium, then the platform; each is closed even when closing the other fails. */
    private void close() {
        Browser openBrowser = browser;
        TestPlatform openPlatform = platform;
        browser = null;
        platform = null;
        owner = null;
        try {
            if (openBrowser != null) {
                openBrowser.close();
            }
        } finally {
            if (openPlatform != null) {
                openPlatform.close();
            }
        }
    }

    /** The platform: deploy, health, home, passwords … */
    public TestPlatform testPlatform() {
        if (platform == null) {
            throw new IllegalStateException(owner == null ? "the platform is not started (is the field "
                    + "@RegisterExtension static?)" : "this fixture was built browserOnly()");
        }
        return platform;
    }

    public PlatformRuntime runtime() {
        return testPlatform().runtime();
    }

    public Browser browser() {
        if (browser == null) {
            throw new IllegalStateException("Chromium is not launched (is the field @RegisterExtension static?)");
        }
        return browser;
    }

    /** {@code http://127.0.0.1:<port>} without a trailing slash. */
    public String baseUrl() {
        return testPlatform().baseUrl();
    }

    /** The base URL followed by {@code path} (which starts with {@code /}). */
    public String url(String path) {
        return baseUrl() + path;
    }

    /** A new page in a fresh browser context (its own session), zh-CN, 1280×800. */
    public Page newPage() {
        return browser().newPage();
    }

    /**
     * Signs in with a demo account (its password from the home's {@code conf/demo-accounts.txt}).
     *
     * @return whether the account must change its password now
     */
    public boolean signIn(Page page, String login) {
        try {
            return Browser.signIn(page, baseUrl(), login, testPlatform().demoPassword(login));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Signs in as the administrator, setting a new password the first time (see {@link Browser#signInAsAdmin}). */
    public void signInAsAdmin(Page page) {
        Browser.signInAsAdmin(page, testPlatform());
    }

    /** Switches the sign-in page to English, then {@link #signIn signs in} with a demo account. */
    public void signInInEnglish(Page page, String login) {
        inEnglish(page, () -> signIn(page, login));
    }

    /** Switches the sign-in page to English, then {@link #signInAsAdmin signs in} as the administrator. */
    public void signInAsAdminInEnglish(Page page) {
        inEnglish(page, () -> signInAsAdmin(page));
    }

    /**
     * Opens the sign-in page and switches it to English, checking that the form then says "Sign in". The switch
     * reloads the page: that is given 1.5 s to finish, and a sign-in it cut off all the same is tried once more.
     */
    private void inEnglish(Page page, Runnable signIn) {
        page.navigate(url("/login"));
        page.locator("#lang-en").click();
        PlaywrightAssertions.assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        page.waitForTimeout(LANGUAGE_SWITCH_MS);
        try {
            signIn.run();
        } catch (PlaywrightException cutOff) {
            page.waitForTimeout(LANGUAGE_SWITCH_MS);
            signIn.run();
        }
    }
}
