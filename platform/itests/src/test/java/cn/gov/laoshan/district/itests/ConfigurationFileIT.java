package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import cn.gov.laoshan.district.core.config.ConfigurationCheck;
import cn.gov.laoshan.district.shell.security.PasswordChanger;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/** A {@code conf/<pid>.cfg} file configures a running service, without a restart. */
class ConfigurationFileIT {

    private static final String PID = "cn.gov.laoshan.district.identity";

    @Test
    void thePasswordPolicyFollowsItsConfigurationFile() throws Exception {
        try (TestPlatform platform = TestPlatform.start()) {
            PasswordChanger passwords = platform.runtime().service(PasswordChanger.class).orElseThrow();
            assertEquals(12, passwords.minLength());
            // written whole and moved in, as editors save: FileInstall notices a file by its modification time, and an
            // empty file created and filled within the same millisecond can be taken for the empty one it first saw
            Path draft = platform.home().resolve("conf/identity.cfg.part");
            Files.writeString(draft, "password.min-length=16\npassword.require-complexity=true\n");
            Files.move(draft, platform.home().resolve("conf/" + PID + ".cfg"), StandardCopyOption.ATOMIC_MOVE);
            // FileInstall polls conf/ every second and takes a file once it is unchanged over two polls: ~2 s here;
            // the margin is for a loaded machine. Should it ever run out, the message says where the change stopped.
            try {
                TestPlatform.await(() -> passwords.minLength() == 16, Duration.ofSeconds(30),
                        "the new password policy");
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; " + whatTheRuntimeSees(platform), e);
            }
            assertEquals("identity.password.policy-complex", passwords.policyKey());
        }
    }

    /**
     * Issue 23, item 6: invalid values in a {@code .cfg} file are refused with a log line naming the file, the key, the
     * value and what is allowed (the Metatype bounds the console's form enforces too), and the service keeps its
     * previous valid value; valid values are still taken.
     */
    @Test
    void invalidValuesInAFileAreRefusedAndThePreviousValueKept() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(ConfigurationCheck.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try (TestPlatform platform = TestPlatform.start()) {
            PasswordChanger passwords = platform.runtime().service(PasswordChanger.class).orElseThrow();
            Path file = platform.home().resolve("conf/" + PID + ".cfg");
            write(platform, "password.min-length=16\n");
            TestPlatform.await(() -> passwords.minLength() == 16, Duration.ofSeconds(30), "min-length 16");

            write(platform, "password.min-length=1\nlockout.max-failures=0\n");
            String minLength = awaitLine(log, "password.min-length = 1 refused");
            assertEquals(file + ": password.min-length = 1 refused, allowed is an integer from 8 to 128; "
                    + "the previous value 16 stays", minLength);
            assertEquals(file + ": lockout.max-failures = 0 refused, allowed is an integer from 1 to 100; "
                    + "the default 5 applies", awaitLine(log, "lockout.max-failures = 0 refused"));
            assertEquals(16, passwords.minLength());

            write(platform, "password.min-length=-3\n");
            awaitLine(log, "password.min-length = -3 refused");
            assertEquals(16, passwords.minLength());
            write(platform, "password.min-length=abc\n");
            awaitLine(log, file + ": password.min-length = abc refused, allowed is an integer from 8 to 128");
            assertEquals(16, passwords.minLength());

            write(platform, "password.min-length=20\n");
            TestPlatform.await(() -> passwords.minLength() == 20, Duration.ofSeconds(30), "min-length 20");
        } finally {
            logger.detachAppender(log);
        }
    }

    /** The same check for a plugin's Declarative Services component (SCR reads its configuration differently). */
    @Test
    void aPluginsInvalidValuesAreRefusedToo() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(ConfigurationCheck.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try (TestPlatform platform = TestPlatform.start()) {
            platform.deploy(PluginJars.named("district-plugin-mediation"), "mediation.jar");
            platform.awaitPlugin("mediation", "ACTIVE", Duration.ofSeconds(60));
            String pid = "cn.gov.laoshan.district.mediation";
            Path file = platform.home().resolve("conf/" + pid + ".cfg");
            write(platform, pid, "attachment.max.mb=20\n");
            ConfigurationAdmin admin = platform.runtime().service(ConfigurationAdmin.class).orElseThrow();
            TestPlatform.await(() -> {
                try {
                    Configuration[] found = admin.listConfigurations("(service.pid=" + pid + ")");
                    return found != null && "20".equals(String.valueOf(found[0].getProperties().get("attachment.max.mb")));
                } catch (Exception e) {
                    return false;
                }
            }, Duration.ofSeconds(30), "the file's first value read");
            Thread.sleep(1000); // (SCR takes it on Configuration Admin's event, asynchronously)
            write(platform, pid, "attachment.max.mb=0\n");
            assertEquals(file + ": attachment.max.mb = 0 refused, allowed is an integer from 1 to 50; "
                    + "the previous value 20 stays", awaitLine(log, "attachment.max.mb = 0 refused"));
        } finally {
            logger.detachAppender(log);
        }
    }

    /** Written whole and moved in (see above). */
    private static void write(TestPlatform platform, String content) throws IOException {
        write(platform, PID, content);
    }

    private static void write(TestPlatform platform, String pid, String content) throws IOException {
        Path draft = platform.home().resolve("conf/" + pid + ".cfg.part");
        Files.writeString(draft, content);
        Files.move(draft, platform.home().resolve("conf/" + pid + ".cfg"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static String awaitLine(ListAppender<ILoggingEvent> log, String part) {
        TestPlatform.await(() -> line(log, part) != null, Duration.ofSeconds(30), "a log line with '" + part + "'");
        return line(log, part);
    }

    private static String line(ListAppender<ILoggingEvent> log, String part) {
        synchronized (log) { // AppenderBase appends under the appender's lock
            return log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(part)).findFirst()
                    .orElse(null);
        }
    }

    /** The files in conf/ and the configurations Configuration Admin holds for the PID and for FileInstall. */
    private static String whatTheRuntimeSees(TestPlatform platform) {
        StringBuilder seen = new StringBuilder();
        try (Stream<Path> files = Files.list(platform.home().resolve("conf"))) {
            seen.append("conf/ holds ").append(files.map(f -> f.getFileName().toString()).sorted()
                    .collect(Collectors.joining(", ")));
        } catch (IOException e) {
            seen.append("conf/ cannot be listed: ").append(e);
        }
        platform.runtime().service(ConfigurationAdmin.class).ifPresent(admin -> {
            try {
                Configuration[] configurations = admin.listConfigurations(
                        "(|(service.pid=" + PID + ")(service.factoryPid=org.apache.felix.fileinstall))");
                seen.append("; configurations: ").append(configurations == null ? "none"
                        : Arrays.stream(configurations).map(c -> c.getPid() + "=" + c.getProperties())
                                .collect(Collectors.joining("; ")));
            } catch (Exception e) {
                seen.append("; configurations cannot be listed: ").append(e);
            }
        });
        return seen.toString();
    }
}
