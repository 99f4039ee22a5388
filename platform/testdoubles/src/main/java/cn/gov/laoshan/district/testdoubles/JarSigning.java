package cn.gov.laoshan.district.testdoubles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jdk.security.jarsigner.JarSigner;

/**
 * Jars signed in a test with the JDK's own tools, offline: keys and certificates by {@code keytool} (a PKCS12 store of
 * the test's own), signatures by {@code jdk.security.jarsigner.JarSigner} (what {@code jarsigner} runs), and copies
 * changed after signing.
 */
public final class JarSigning {

    private static final String PASSWORD = "test-store-password";
    private final Path store;

    private JarSigning(Path store) {
        this.store = store;
    }

    /** A key store (PKCS12) in {@code dir}, empty until {@link #key} or {@link #issued} add to it. */
    public static JarSigning in(Path dir) {
        return new JarSigning(dir.resolve("keys.p12"));
    }

    /** A key pair (EC P-256) with a self-signed certificate of {@code dname}, valid 30 days. */
    public JarSigning key(String alias, String dname, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-dname", dname, "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "30"));
        args.addAll(Arrays.asList(extra));
        keytool(args.toArray(String[]::new));
        return this;
    }

    /** A key pair whose certificate the authority {@code ca} (a key made with {@code "-ext", "bc:c"}) issued. */
    public JarSigning issued(String alias, String dname, String ca) throws IOException {
        key(alias, dname);
        Path csr = store.resolveSibling(alias + ".csr");
        Path cer = store.resolveSibling(alias + ".cer");
        keytool("-certreq", "-alias", alias, "-file", csr.toString());
        keytool("-gencert", "-alias", ca, "-infile", csr.toString(), "-outfile", cer.toString(), "-validity", "30");
        keytool("-importcert", "-noprompt", "-trustcacerts", "-alias", alias, "-file", cer.toString());
        return this;
    }

    /** Writes the certificate of {@code alias} as PEM to {@code file}. */
    public Path certificate(String alias, Path file) throws IOException {
        keytool("-exportcert", "-rfc", "-alias", alias, "-file", file.toString());
        return file;
    }

    /** {@code unsigned} signed by {@code alias} (SHA-256), written to {@code target}. */
    public Path sign(String alias, Path unsigned, Path target) throws IOException {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, PASSWORD.toCharArray());
            }
            PrivateKey key = (PrivateKey) keys.getKey(alias, PASSWORD.toCharArray());
            var path = CertificateFactory.getInstance("X.509").generateCertPath(Arrays.asList(
                    keys.getCertificateChain(alias)));
            try (ZipFile zip = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(target)) {
                new JarSigner.Builder(key, path).digestAlgorithm("SHA-256").build().sign(zip, out);
            }
            return target;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /**
     * A copy of a (signed) jar with the bytes of {@code entryName} replaced by {@code content}, or with that entry
     * added when {@code add}; the signature files are copied as they are.
     */
    public static Path changed(Path signed, Path target, String entryName, String content, boolean add)
            throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(signed));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (!add && entry.getName().equals(entryName)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                    in.transferTo(OutputStream.nullOutputStream());
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            if (add) {
                out.putNextEntry(new ZipEntry(entryName));
                out.write(content.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return target;
    }

    private void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString(), "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-keypass", PASSWORD));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
