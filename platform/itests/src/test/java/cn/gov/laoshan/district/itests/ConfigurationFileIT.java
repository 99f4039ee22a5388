package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.shell.security.PasswordChanger;
import cn.gov.laoshan.district.testkit.TestPlatform;

/** A {@code conf/<pid>.cfg} file configures a running service, without a restart. */
class ConfigurationFileIT {

    @Test
    void thePasswordPolicyFollowsItsConfigurationFile() throws Exception {
        try (TestPlatform platform = TestPlatform.start()) {
            PasswordChanger passwords = platform.runtime().service(PasswordChanger.class).orElseThrow();
            assertEquals(12, passwords.minLength());
            // written whole and moved in, as editors save: FileInstall notices a file by its modification time, and an
            // empty file created and filled within the same millisecond can be taken for the empty one it first saw
            java.nio.file.Path draft = platform.home().resolve("conf/identity.cfg.part");
            Files.writeString(draft, "password.min-length=16\npassword.require-complexity=true\n");
            Files.move(draft, platform.home().resolve("conf/cn.gov.laoshan.district.identity.cfg"),
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            TestPlatform.await(() -> passwords.minLength() == 16, Duration.ofSeconds(10), "the new password policy");
            assertEquals("identity.password.policy-complex", passwords.policyKey());
        }
    }
}
