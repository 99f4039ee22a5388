package cn.gov.laoshan.district.runtime;

import java.util.Optional;

import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/** The shell's sign-in: the bootstrap administrator until a platform module brings the real one. */
final class DelegatingAuthenticator implements Authenticator {

    private volatile Authenticator delegate;

    DelegatingAuthenticator(Authenticator initial) {
        this.delegate = initial;
    }

    void use(Authenticator authenticator) {
        this.delegate = authenticator;
    }

    @Override
    public Optional<SignedInUser> authenticate(String login, char[] password, String remoteAddress) {
        return delegate.authenticate(login, password, remoteAddress);
    }

    @Override
    public void signedOut(SignedInUser user, String remoteAddress) {
        delegate.signedOut(user, remoteAddress);
    }
}
