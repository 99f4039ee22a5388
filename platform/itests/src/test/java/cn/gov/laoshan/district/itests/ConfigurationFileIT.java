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
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import cn.gov.laoshan.district.shell.security.PasswordChanger;
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
