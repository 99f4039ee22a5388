package cn.gov.laoshan.district.runtime;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/**
 * The shell's sign-in: the bootstrap administrator until a platform module brings the real one.
 *
 * <p>The web server serves the sign-in page before the platform modules have started. A sign-in that comes
 * before then waits until they have ({@link #ready()}), so that it is checked by the identity module's accounts,
 * never by the bootstrap administrator's file of a home whose administrator has changed the password since: the
 * person who signs in at once only waits a little longer.
 */
final class DelegatingAuthenticator implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(DelegatingAuthenticator.class);

    private final CountDownLatch ready = new CountDownLatch(1);
    private final Duration maxWait;
    private volatile Authenticator delegate;
    private volatile boolean failed;

    DelegatingAuthenticator(Authenticator initial) {
        this(initial, Duration.ofSeconds(60));
    }

    DelegatingAuthenticator(Authenticator initial, Duration maxWait) {
        this.delegate = initial;
        this.maxWait = maxWait;
    }

    void use(Authenticator authenticator) {
        this.delegate = authenticator;
    }

    /** The platform has started: sign-ins go through from now on. */
    void ready() {
        ready.countDown();
    }

    /** The platform's start failed: sign-ins waiting, and later ones, are refused. */
    void failed() {
        failed = true;
        ready.countDown();
    }

    @Override
    public Optional<SignedInUser> authenticate(String login, char[] password, String remoteAddress) {
        if (!awaitReady()) {
            // (the typed login is not logged: it may be a password typed into the wrong field)
            LOG.warn("sign-in from {} refused: the platform has not started", remoteAddress);
            return Optional.empty();
        }
        return delegate.authenticate(login, password, remoteAddress);
    }

    @Override
    public boolean stillValid(SignedInUser user) {
        return delegate.stillValid(user);
    }

    @Override
    public void signedOut(SignedInUser user, String remoteAddress) {
        delegate.signedOut(user, remoteAddress);
    }

    private boolean awaitReady() {
        try {
            if (ready.getCount() > 0) {
                LOG.info("a sign-in waits until the platform has started");
            }
            return ready.await(maxWait.toMillis(), TimeUnit.MILLISECONDS) && !failed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
