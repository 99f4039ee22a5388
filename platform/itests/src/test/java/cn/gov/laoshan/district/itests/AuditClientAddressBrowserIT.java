package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;

import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * Behind the operator's reverse proxy every request's socket peer is the proxy: the audit log must name the client
 * that the platform's {@code http.trusted-proxies} rule finds — as the sign-in throttle and the public pages do —
 * not the proxy (it named 127.0.0.1 for every record before).
 */
class AuditClientAddressBrowserIT {

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder()
            .options(o -> o.withTrustedProxies(List.of("127.0.0.1"))).build();

    @Test
    void theAuditLogNamesTheClientBehindTheTrustedProxyNotTheProxy() {
        Page page = platform.newPage();
        page.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "203.0.113.41"));
        platform.signInAsAdmin(page);

        Jdbi audit = platform.runtime().database().jdbi(Database.PLATFORM_SCHEMA);
        List<String> addresses = audit.withHandle(h -> h.createQuery("select client_address from audit_record "
                + "where source = 'identity' and action = 'sign-in' and object_id = 'admin'")
                .mapTo(String.class).list());
        assertEquals(List.of("203.0.113.41"), addresses.stream().distinct().toList(),
                "every sign-in of admin names the browser's address, as the proxy forwarded it");
    }
}
