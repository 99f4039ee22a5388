package cn.gov.laoshan.district.runtime;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/** The headers every response carries: no MIME sniffing, no framing by other sites, no referrer to other sites. */
final class SecurityHeadersFilter implements Filter {

    /**
     * What a page may load and run: everything from this origin only; no plugins ({@code object-src}), no foreign
     * base URL, forms posted only here, no framing by other sites. Vaadin Flow needs {@code 'unsafe-inline'} for
     * scripts and styles (its bootstrap page and the components' inline styles) and {@code 'unsafe-eval'} (the client
     * engine evaluates server-sent JavaScript for {@code executeJs} and event data), and a WebSocket back to the
     * server for push ({@code connect-src 'self'}: CSP 3 counts ws/wss to the same host as 'self'). Images may be
     * data: or blob: URLs (icons, downloads generated in the browser).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "SAMEORIGIN");
        http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        http.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
