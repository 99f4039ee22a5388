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

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "SAMEORIGIN");
        http.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        http.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
