package cn.gov.laoshan.district.console.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.console.plugins.PluginJar;
import cn.gov.laoshan.district.testdoubles.JarSigning;

/**
 * Signed plugin jars, signed here with the JDK's own tools (keys and certificates by {@code keytool}, the signature by
 * {@code jdk.security.jarsigner.JarSigner}, as {@code jarsigner} does): trusted (by its own certificate, or by the
 * certificate of the authority that issued it), untrusted, unsigned, tampered after signing, signed in part.
 */
class JarSignatureTest {

    @TempDir
    static Path dir;

    private static JarSigning signing;
    private static Path trusted;

    @BeforeAll
    static void keys() throws Exception {
        signing = JarSigning.in(dir).key("district-signer", "CN=崂山区插件签名, O=Laoshan District")
                .key("stranger", "CN=Somebody Else")
                // an authority and a signer whose certificate it issued
                .key("ca", "CN=District CA", "-ext", "bc:c").issued("issued", "CN=Issued Signer", "ca");
        signing.certificate("ca", dir.resolve("ca.pem"));
        trusted = Files.createDirectories(dir.resolve("trusted"));
        signing.certificate("district-signer", trusted.resolve("district.pem"));
    }

    static Path plugin(Path file) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "org.example.signed", "Bundle-Version", "1.0.0",
                "Service-Component", "OSGI-INF/org.example.Plugin.xml").forEach(main::putValue);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry("OSGI-INF/org.example.Plugin.xml"));
            jar.write(("<scr:component name=\"x\"><service><provide interface=\"cn.gov.laoshan.district.api.plugin"
                    + ".DistrictPlugin\"/></service></scr:component>").getBytes(StandardCharsets.UTF_8));
            jar.putNextEntry(new JarEntry("org/example/Plugin.class"));
            jar.write("the class's bytes".getBytes(StandardCharsets.UTF_8));
            jar.putNextEntry(new JarEntry("META-INF/RELEASE-NOTES.txt"));
            jar.write("新增：签名测试".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    static Path signed(String alias, Path unsigned, Path target) throws Exception {
        return signing.sign(alias, unsigned, target);
    }

    static Path tampered(Path signed, Path target, String entryName, String content, boolean add) throws IOException {
        return JarSigning.changed(signed, target, entryName, content, add);
    }

    @Test
    void aJarSignedByATrustedSignerIsTrustedAndCarriesItsReleaseNotes() throws Exception {
        Path jar = signed("district-signer", plugin(dir.resolve("a.jar")), dir.resolve("a-signed.jar"));
        PluginJar read = PluginJar.check(jar, List.of());
        assertEquals(1, read.signers().size());
        JarSignature signature = JarSignature.of(read, trusted);
        assertEquals(JarSignature.Status.TRUSTED, signature.status());
        assertEquals("崂山区插件签名", signature.signer());
        assertTrue(signature.admitted(true));
        assertEquals("新增：签名测试", read.releaseNotes());
    }

    @Test
    void aJarSignedWithACertificateATrustedAuthorityIssuedIsTrusted() throws Exception {
        Path jar = signed("issued", plugin(dir.resolve("b.jar")), dir.resolve("b-signed.jar"));
        Path byAuthority = Files.createDirectories(dir.resolve("trusted-ca"));
        Files.copy(dir.resolve("ca.pem"), byAuthority.resolve("ca.pem"));
        PluginJar read = PluginJar.check(jar, List.of());
        assertEquals(JarSignature.Status.TRUSTED, JarSignature.of(read, byAuthority).status());
        assertEquals("Issued Signer", JarSignature.of(read, byAuthority).signer());
        assertEquals(JarSignature.Status.UNTRUSTED, JarSignature.of(read, trusted).status(),
                "not by the signer's certificate alone: the authority is not trusted there");
    }

    @Test
    void aJarOfAnUntrustedSignerIsSignedButNotTrusted() throws Exception {
        Path jar = signed("stranger", plugin(dir.resolve("c.jar")), dir.resolve("c-signed.jar"));
        JarSignature signature = JarSignature.of(PluginJar.check(jar, List.of()), trusted);
        assertEquals(JarSignature.Status.UNTRUSTED, signature.status());
        assertEquals("Somebody Else", signature.signer());
        assertTrue(signature.admitted(false));
        assertFalse(signature.admitted(true), "refused when signatures are required");
        assertEquals(JarSignature.Status.UNTRUSTED, JarSignature.of(PluginJar.check(jar, List.of()),
                dir.resolve("no-such-directory")).status());
    }

    @Test
    void anUnsignedJarIsUnsigned() throws Exception {
        JarSignature signature = JarSignature.of(PluginJar.check(plugin(dir.resolve("d.jar")), List.of()), trusted);
        assertEquals(JarSignature.UNSIGNED, signature);
        assertTrue(signature.admitted(false));
        assertFalse(signature.admitted(true));
    }

    @Test
    void aJarChangedAfterSigningIsRefusedWhateverTheSettings() throws Exception {
        Path jar = signed("district-signer", plugin(dir.resolve("e.jar")), dir.resolve("e-signed.jar"));
        Path changed = tampered(jar, dir.resolve("e-changed.jar"), "org/example/Plugin.class", "other bytes", false);
        ConsoleException refused = assertThrows(ConsoleException.class, () -> PluginJar.check(changed, List.of()));
        assertEquals("console.error.signature-invalid", refused.key());
        assertTrue(refused.getMessage().contains("org/example/Plugin.class"), refused.getMessage());
        Path added = tampered(jar, dir.resolve("e-added.jar"), "org/example/Extra.class", "unsigned", true);
        assertEquals("console.error.signature-invalid",
                assertThrows(ConsoleException.class, () -> PluginJar.check(added, List.of())).key(),
                "an entry added after signing: signed in part only");
    }

    @Test
    void whatWasReadFromAJarIsKeptByItsDigest() throws Exception {
        Path jar = plugin(dir.resolve("f.jar"));
        String sha = PluginJar.sha256(jar);
        PluginJar first = PluginJar.checkKnown(jar, sha, List.of());
        long reads = PluginJar.reads();
        PluginJar again = PluginJar.checkKnown(jar, sha, List.of());
        assertEquals(reads, PluginJar.reads(), "not read again");
        assertEquals(first.symbolicName(), again.symbolicName());
        assertEquals("console.error.not-allowed", assertThrows(ConsoleException.class,
                () -> PluginJar.checkKnown(jar, sha, List.of("0".repeat(64)))).key(), "the allow-list applies still");
        assertEquals("console.error.digest-differs", assertThrows(ConsoleException.class,
                () -> PluginJar.checkKnown(plugin(dir.resolve("g.jar")), "1".repeat(64), List.of())).key());
    }
}
