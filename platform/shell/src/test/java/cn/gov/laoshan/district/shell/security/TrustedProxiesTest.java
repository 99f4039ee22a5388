package cn.gov.laoshan.district.shell.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.5", "192.168.8.0/24"));

    @Test
    void theHeaderIsBelievedOnlyFromAConfiguredProxy() {
        // from the proxy: the address it was called from
        assertEquals("203.0.113.7", proxies.client("10.0.0.5", "203.0.113.7"));
        // from anyone else: the socket's peer, whatever the header claims
        assertEquals("198.51.100.9", proxies.client("198.51.100.9", "203.0.113.7"));
        assertEquals("10.0.0.5", proxies.client("10.0.0.5", null));
        // none configured: never believed
        assertEquals("10.0.0.5", TrustedProxies.NONE.client("10.0.0.5", "203.0.113.7"));
    }

    @Test
    void theFirstAddressFromTheRightThatIsNoProxyIsTheClient() {
        // the client's own claim (1.1.1.1) is left of what the outer proxy (192.168.8.20) appended
        assertEquals("203.0.113.7", proxies.client("10.0.0.5", "1.1.1.1, 203.0.113.7, 192.168.8.20"));
        // every hop a proxy: the leftmost
        assertEquals("192.168.8.1", proxies.client("10.0.0.5", "192.168.8.1, 192.168.8.20"));
        // a forged entry that is no address ends the walk at the last real hop
        assertEquals("192.168.8.20", proxies.client("10.0.0.5", "evil.example, 192.168.8.20"));
        assertEquals("203.0.113.7", proxies.client("10.0.0.5", "203.0.113.7:51234"));
        assertEquals("2001:db8::1", proxies.client("10.0.0.5", "[2001:db8::1]:443"));
    }

    @Test
    void aWrongSettingIsRefusedWithTheEntryNamed() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> TrustedProxies.of(List.of("10.0.0.0/99")));
        assertTrue(wrong.getMessage().contains("10.0.0.0/99"), wrong.getMessage());
    }
}
