package cn.gov.laoshan.district.runtime;

import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.core.security.SecretFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/**
 * The one account the platform knows before the identity service exists: {@code admin}, a platform
 * administrator. On a fresh home its password is random; it is printed once on the console and written to
 * {@code conf/initial-admin-password}, readable by the owner only. Only its PBKDF2 hash is kept in {@code data/}.
 */
final class BootstrapAdmin implements Authenticator {

    static final String LOGIN = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Path credentialFile;
    private final Path passwordFile;
    private final PasswordCost cost;
    /** Hash of a password nobody knows, checked for unknown logins so that they take as long as known ones. */
    private volatile String decoy;

    BootstrapAdmin(DistrictHome home, PasswordCost cost) {
        this.credentialFile = home.data().resolve("admin.credential");
        this.passwordFile = home.conf().resolve("initial-admin-password");
        this.cost = cost;
    }

    /**
     * Creates the administrator on a fresh home.
     *
     * @return the new password, or empty when the administrator already existed
     */
    Optional<String> ensureCreated() throws IOException {
        if (Files.exists(credentialFile)) {
            return Optional.empty();
        }
        String password = PasswordHash.randomPassword(16);
        SecretFiles.write(passwordFile, password + System.lineSeparator());
        SecretFiles.write(credentialFile, LOGIN + ":" + PasswordHash.hash(password.toCharArray(), cost)
                + System.lineSeparator());
        LOG.info("bootstrap administrator '{}' created; password written to {}", LOGIN, passwordFile);
        return Optional.of(password);
    }

    Path passwordFile() {
        return passwordFile;
    }

    @Override
    public Optional<SignedInUser> authenticate(String login, char[] password, String remoteAddress) {
        String stored = storedHash();
        boolean known = LOGIN.equals(login) && stored != null;
        boolean matches = PasswordHash.verify(password, known ? stored : decoy());
        if (known && matches) {
            LOG.info("sign-in of {} from {}", login, remoteAddress);
            return Optional.of(SignedInUser.withPermissions(LOGIN, "平台管理员", true, Set.of()));
        }
        // what was typed is not logged unless it is the administrator's login: it may be a password typed into the
        // wrong field, or text made to forge log lines
        LOG.warn("failed sign-in for {} from {}", LOGIN.equals(login) ? "login '" + LOGIN + "'" : "an unknown login",
                remoteAddress);
        return Optional.empty();
    }

    /** Made on first use, not at start-up: a hash costs as much as a sign-in. */
    private String decoy() {
        if (decoy == null) {
            decoy = PasswordHash.hash(PasswordHash.randomPassword(20).toCharArray(), cost);
        }
        return decoy;
    }

    private String storedHash() {
        try {
            String line = Files.readString(credentialFile).trim();
            int colon = line.indexOf(':');
            return colon < 0 ? null : line.substring(colon + 1);
        } catch (IOException e) {
            LOG.error("cannot read {}", credentialFile, e);
            return null;
        }
    }
}
