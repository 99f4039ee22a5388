package cn.gov.laoshan.district.console.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.console.plugins.PluginJar;

/**
 * A jar's signature as the catalogue shows it: signed by a trusted signer, signed by someone not trusted, or not
 * signed. (A jar whose signature does not match its content — tampered — or covers only part of it is refused when
 * it is read: {@code console.error.signature-invalid}, status {@link Status#INVALID} where a listing shows it.)
 * The signature itself is verified by the JDK while every entry is read ({@link PluginJar}); here the signer's
 * certificate chain is checked against the certificates the platform administrator trusts (a directory of X.509
 * certificates, {@link CatalogueSettings}): the signer's certificate itself, or a chain to one of them validated by
 * PKIX (validity dates included; no revocation check, which would need the network).
 *
 * @param status what it is
 * @param signer the signer's name (the certificate subject's CN, else the whole subject), or "" when unsigned
 */
public record JarSignature(Status status, String signer) {

    private static final Logger LOG = LoggerFactory.getLogger(JarSignature.class);

    public enum Status {
        TRUSTED, UNTRUSTED, UNSIGNED, INVALID
    }

    public static final JarSignature UNSIGNED = new JarSignature(Status.UNSIGNED, "");

    /** The status of a jar that was refused for its signature. */
    public static JarSignature invalid() {
        return new JarSignature(Status.INVALID, "");
    }

    /** Whether a jar of this signature may be approved or installed when signatures are {@code required}. */
    public boolean admitted(boolean required) {
        return status != Status.INVALID && (!required || status == Status.TRUSTED);
    }

    /** The verdict for a read jar against the certificates in {@code trustedDirectory}. */
    public static JarSignature of(PluginJar jar, Path trustedDirectory) {
        if (jar.signers().isEmpty()) {
            return UNSIGNED;
        }
        List<X509Certificate> trusted = trusted(trustedDirectory);
        JarSignature untrusted = null;
        for (CertPath path : jar.signers()) {
            String name = name((X509Certificate) path.getCertificates().get(0));
            if (trusts(path, trusted)) {
                return new JarSignature(Status.TRUSTED, name);
            }
            if (untrusted == null) {
                untrusted = new JarSignature(Status.UNTRUSTED, name);
            }
        }
        return untrusted;
    }

    /** Whether the chain is, or leads by PKIX validation to, a trusted certificate. */
    static boolean trusts(CertPath path, List<X509Certificate> trusted) {
        if (trusted.isEmpty()) {
            return false;
        }
        List<? extends Certificate> chain = path.getCertificates();
        Set<Certificate> known = new HashSet<>(trusted);
        int anchorAt = -1;
        for (int i = 0; i < chain.size(); i++) {
            if (known.contains(chain.get(i))) {
                anchorAt = i;
                break;
            }
        }
        if (anchorAt == 0) {
            return ((X509Certificate) chain.get(0)).getNotAfter().after(new java.util.Date());
        }
        try {
            // the chain up to (without) a trusted certificate, validated against the trusted ones as anchors
            List<? extends Certificate> below = anchorAt > 0 ? chain.subList(0, anchorAt) : chain;
            CertPath validated = CertificateFactory.getInstance("X.509").generateCertPath(new ArrayList<>(below));
            Set<TrustAnchor> anchors = new HashSet<>();
            trusted.forEach(c -> anchors.add(new TrustAnchor(c, null)));
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(validated, parameters);
            return true;
        } catch (GeneralSecurityException e) {
            LOG.debug("signer {} not trusted: {}", path.getCertificates().get(0), e.toString());
            return false;
        }
    }

    /** Every X.509 certificate of the files in the directory (PEM or DER); none when it does not exist. */
    static List<X509Certificate> trusted(Path directory) {
        List<X509Certificate> certificates = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return certificates;
        }
        try (Stream<Path> files = Files.list(directory)) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (Certificate c : factory.generateCertificates(in)) {
                        if (c instanceof X509Certificate x509) {
                            certificates.add(x509);
                        }
                    }
                } catch (IOException | GeneralSecurityException e) {
                    LOG.warn("{} is not a certificate file, ignored: {}", file, e.toString());
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            LOG.warn("the trusted signers' directory {} cannot be read: {}", directory, e.toString());
        }
        return certificates;
    }

    static String name(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            // the whole subject then
        }
        return subject;
    }
}
