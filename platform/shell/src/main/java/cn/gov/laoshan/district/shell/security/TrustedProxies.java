package cn.gov.laoshan.district.shell.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.jetty.util.InetAddressSet;

import com.vaadin.flow.server.VaadinRequest;

import cn.gov.laoshan.district.api.plugin.ClientAddress;

/**
 * The client's address behind the operator's reverse proxies ({@code http.trusted-proxies}: addresses, CIDR ranges
 * such as {@code 10.0.0.0/8}, or {@code a-b} ranges, Jetty's {@link InetAddressSet} syntax). {@code X-Forwarded-For}
 * is read only when the socket's peer is one of them — any client can send the header, so from anyone else it is
 * ignored — and then from the right: each proxy appends the address it was called from, so the first address that is
 * not a trusted proxy is the client (entries to its left are the client's own claims). An entry that is not an IP
 * address ends the walk at the last hop that was. With no proxies configured, the socket's peer is the answer.
 */
public final class TrustedProxies implements ClientAddress {

    /** A literal IPv4 or IPv6 address: checked before {@link InetAddress#getByName}, which would ask DNS for a name. */
    private static final Pattern LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final InetAddressSet proxies = new InetAddressSet();
    private final List<String> patterns;

    private TrustedProxies(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
        for (String pattern : this.patterns) {
            try {
                proxies.add(pattern);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("http.trusted-proxies: not an address or range: " + pattern, e);
            }
        }
    }

    /** None: every request's client is its socket's peer. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    /**
     * @param patterns addresses or ranges of the reverse proxies in front of the platform
     * @throws IllegalArgumentException naming the first entry that is not an address or a range
     */
    public static TrustedProxies of(List<String> patterns) {
        return new TrustedProxies(patterns.stream().map(String::strip).filter(p -> !p.isEmpty()).toList());
    }

    public List<String> patterns() {
        return patterns;
    }

    /** The client of a request from {@code peer} that carried {@code forwardedFor} (may be {@code null}). */
    public String client(String peer, String forwardedFor) {
        if (peer == null || forwardedFor == null || forwardedFor.isBlank() || !trusted(peer)) {
            return peer;
        }
        String client = peer;
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<String> hop = literal(hops[i]);
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get();
            if (!trusted(client)) {
                return client;
            }
        }
        return client;
    }

    /** The client of a Vaadin request. */
    public String client(VaadinRequest request) {
        return client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    @Override
    public Optional<String> current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? Optional.empty() : Optional.ofNullable(client(request));
    }

    private boolean trusted(String address) {
        return literal(address).map(a -> {
            try {
                return proxies.test(InetAddress.getByName(a));
            } catch (UnknownHostException e) {
                return false;
            }
        }).orElse(false);
    }

    /** The address in a header entry ({@code 1.2.3.4}, {@code 1.2.3.4:5678}, {@code [::1]:80}), if it is one. */
    private static Optional<String> literal(String entry) {
        String value = entry.strip();
        if (value.startsWith("[") && value.contains("]")) {
            value = value.substring(1, value.indexOf(']'));
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':') && value.contains(".")) {
            value = value.substring(0, value.indexOf(':')); // IPv4 with a port
        }
        return LITERAL.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }
}
