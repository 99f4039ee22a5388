package cn.gov.laoshan.district.api.plugin;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The network address of the client whose request the calling thread serves, as an OSGi service: what a public
 * screen counts its rate limits by. Plugins never read the servlet request themselves: behind a reverse proxy the
 * socket's peer is the proxy, and an {@code X-Forwarded-For} header is something any client can send. The platform
 * honours that header only when the request comes from one of the proxies the operator configured
 * ({@code http.trusted-proxies}, docs/runtime.md), taking the nearest address in it that is not such a proxy;
 * otherwise the answer is the socket's peer address.
 *
 * @since 1.6.0
 */
@ProviderType
public interface ClientAddress {

    /** The client's address (an IP address in text form), or empty when the thread serves no request. */
    Optional<String> current();
}
