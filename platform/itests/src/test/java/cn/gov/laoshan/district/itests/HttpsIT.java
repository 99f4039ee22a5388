package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.runtime.HttpsSettings;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.TestPlatform;

/** HTTPS on: plain HTTP redirects, HTTPS responses carry HSTS and the security headers, cookies are Secure. */
class HttpsIT {

    @Test
    void httpRedirectsAndHttpsIsHardened(@TempDir Path keys) throws Exception {
        Path keystore = keys.resolve("keystore.p12");
        String password = "test-" + System.nanoTime();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "district", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost, O=Laoshan District, C=CN", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore",
                keystore.toString(), "-storepass", password, "-keypass", password).inheritIO().start();
        assertEquals(0, keytool.waitFor());

        RuntimeOptions options = RuntimeOptions.forHome(Files.createTempDirectory("district-https"))
                .withHttps(new HttpsSettings(0, keystore, password));
        try (TestPlatform platform = TestPlatform.start(options)) {
            int securePort = platform.runtime().securePort();
            HttpResponse<String> plain = platform.get("/health");
            assertEquals(302, plain.statusCode());
            assertEquals("https://127.0.0.1:" + securePort + "/health", plain.headers().firstValue("Location").orElse(""));

            HttpClient client = HttpClient.newBuilder().sslContext(trustAll()).sslParameters(noHostCheck()).build();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + securePort + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
            assertTrue(health.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age=31536000"));
            assertEquals("nosniff", health.headers().firstValue("X-Content-Type-Options").orElse(""));

            HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + securePort + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
            List<String> cookies = login.headers().allValues("Set-Cookie");
            String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
            assertTrue(session.contains("Secure"), session);
            assertTrue(session.contains("HttpOnly"), session);
            assertTrue(session.contains("SameSite=Lax"), session);
        }
    }

    private static SSLContext trustAll() throws Exception {
        TrustManager trust = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // the test's own self-signed certificate
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trust}, new SecureRandom());
        return context;
    }

    private static SSLParameters noHostCheck() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        return parameters;
    }
}
