package cn.gov.laoshan.district.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.SignedInUser;

class DelegatingAuthenticatorTest {

    private static Authenticator accepting(String name) {
        return (login, password, remote) -> Optional.of(SignedInUser.withPermissions(login, name, true, Set.of()));
    }

    @Test
    void aSignInDuringTheStartWaitsAndIsCheckedByTheAuthenticatorInUseWhenTheStartEnds() throws Exception {
        DelegatingAuthenticator authenticator = new DelegatingAuthenticator(accepting("bootstrap"), Duration.ofSeconds(30));
        CompletableFuture<Optional<SignedInUser>> signIn = CompletableFuture
                .supplyAsync(() -> authenticator.authenticate("admin", "secret".toCharArray(), "127.0.0.1"));
        Thread.sleep(300);
        assertFalse(signIn.isDone(), "the sign-in waits while the platform starts");

        authenticator.use(accepting("identity"));
        authenticator.ready();
        Optional<SignedInUser> user = signIn.get(10, TimeUnit.SECONDS);
        assertEquals("identity", user.orElseThrow().displayName(), "checked by the identity module, not the bootstrap file");
        assertEquals("identity", authenticator.authenticate("admin", new char[0], "::1").orElseThrow().displayName());
    }

    @Test
    void aFailedStartRefusesTheWaitingSignIns() throws Exception {
        DelegatingAuthenticator authenticator = new DelegatingAuthenticator(accepting("bootstrap"), Duration.ofSeconds(30));
        CompletableFuture<Optional<SignedInUser>> signIn = CompletableFuture
                .supplyAsync(() -> authenticator.authenticate("admin", "secret".toCharArray(), "127.0.0.1"));
        Thread.sleep(200);
        authenticator.failed();
        assertTrue(signIn.get(10, TimeUnit.SECONDS).isEmpty());
        assertTrue(authenticator.authenticate("admin", new char[0], "::1").isEmpty());
    }

    @Test
    void aSignInWaitsNoLongerThanTheLimit() {
        DelegatingAuthenticator authenticator = new DelegatingAuthenticator(accepting("bootstrap"), Duration.ofMillis(200));
        long begin = System.nanoTime();
        assertTrue(authenticator.authenticate("admin", new char[0], "::1").isEmpty());
        assertTrue(System.nanoTime() - begin >= Duration.ofMillis(190).toNanos());
    }
}
