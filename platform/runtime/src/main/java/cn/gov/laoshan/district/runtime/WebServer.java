package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.SecuredRedirectHandler;
import org.eclipse.jetty.session.DefaultSessionIdManager;
import org.eclipse.jetty.session.HouseKeeper;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.shell.ShellApplication;

/**
 * Embedded Jetty serving the Vaadin shell at {@code /}, {@code /health}, and the static files of the jars'
 * {@code META-INF/resources}. There is no annotation scanning: the shell's initializer is added by hand.
 */
final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Server server;
    private final ServerConnector connector;
    private final ServerConnector secureConnector;
    private final HttpConfiguration http;

    WebServer(String host, int port, HttpsSettings https, Duration sessionIdle, ShellApplication shell,
            HealthServlet health, AdminServlet admin, java.util.function.Consumer<String> firstPageServed)
            throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("district-http");
        server = new Server(threads);
        reclaimExpiredSessions(server, sessionIdle);
        http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        secureConnector = https == null ? null : httpsConnector(host, https);
        server.setStopTimeout(10_000);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        // Vaadin's initializers need a class loader on the context.
        context.setClassLoader(WebServer.class.getClassLoader());
        context.setBaseResource(staticResources(context));
        context.getSessionHandler().setMaxInactiveInterval((int) sessionIdle.toSeconds());
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        context.addServletContainerInitializer(shell.initializer());
        JakartaWebSocketServletContainerInitializer.configure(context, null);

        context.addFilter(new FilterHolder(new SecurityHeadersFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new FirstPageFilter(firstPageServed)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder("health", health), "/health");
        context.addServlet(new ServletHolder("admin", admin), "/admin/*");
        ServletHolder vaadin = new ServletHolder("vaadin", shell.servlet());
        vaadin.setInitOrder(1);
        vaadin.setAsyncSupported(true);
        // real 404s for unknown routes instead of the index page
        vaadin.setInitParameter("eagerServerLoad", "true");
        // heartbeats alone do not keep a session alive: the idle sign-out works
        vaadin.setInitParameter("closeIdleSessions", "true");
        context.addServlet(vaadin, "/*");
        // with HTTPS on, plain HTTP only redirects to it
        server.setHandler(https == null ? context : new SecuredRedirectHandler(context));
    }

    private ServerConnector httpsConnector(String host, HttpsSettings https) {
        http.setSecureScheme("https");
        HttpConfiguration secure = new HttpConfiguration(http);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        customizer.setStsMaxAge(Duration.ofDays(365).toSeconds());
        customizer.setStsIncludeSubDomains(true);
        customizer.setSniHostCheck(false);
        secure.addCustomizer(customizer);
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(https.keystore().toString());
        tls.setKeyStorePassword(https.keystorePassword());
        tls.setKeyStoreType("PKCS12");
        ServerConnector secureConnector = new ServerConnector(server,
                new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(secure));
        secureConnector.setHost(host);
        secureConnector.setPort(https.port());
        server.addConnector(secureConnector);
        return secureConnector;
    }

    /**
     * Lets Jetty look for expired sessions often enough that an abandoned one (a closed tab sends nothing more) leaves
     * the heap soon after its idle time: Jetty's house keeper looks only every ten minutes by default, so sessions
     * stayed that long past their time-out — with a few hundred abandoned after a busy hour, hundreds of MiB (issue
     * 22). Every minute at most, or each idle time when that is shorter; a look costs one pass over the sessions.
     */
    static void reclaimExpiredSessions(Server server, Duration sessionIdle) {
        DefaultSessionIdManager ids = new DefaultSessionIdManager(server);
        HouseKeeper keeper = new HouseKeeper();
        keeper.setSessionIdManager(ids);
        try {
            keeper.setIntervalSec(Math.max(1, Math.min(60, sessionIdle.toSeconds())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ids.setSessionHouseKeeper(keeper);
        server.addBean(ids, true);
    }

    void start() throws Exception {
        server.start();
        if (secureConnector != null) {
            // known only now when the port was 0: redirects must name the real one
            http.setSecurePort(secureConnector.getLocalPort());
        }
    }

    /** The HTTPS port, or -1 without HTTPS. */
    int securePort() {
        return secureConnector == null ? -1 : secureConnector.getLocalPort();
    }

    int port() {
        return connector.getLocalPort();
    }

    boolean isRunning() {
        return server.isRunning();
    }

    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("web server did not stop cleanly", e);
        }
    }

    /**
     * The {@code META-INF/resources} folders of every jar, combined. Vaadin reads them through
     * {@code Path.of(uri)}, so each jar's zip file system is opened first.
     */
    private static Resource staticResources(ServletContextHandler context) throws IOException {
        ResourceFactory factory = ResourceFactory.of(context);
        List<Resource> resources = new ArrayList<>();
        for (URL url : Collections.list(WebServer.class.getClassLoader().getResources("META-INF/resources"))) {
            try {
                URI uri = url.toURI();
                if ("jar".equals(uri.getScheme())) {
                    try {
                        FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException alreadyOpen) {
                        // opened by an earlier runtime in this JVM
                    }
                }
                resources.add(factory.newResource(uri));
            } catch (URISyntaxException e) {
                LOG.warn("ignoring static resource folder {}", url, e);
            }
        }
        return ResourceFactory.combine(resources);
    }

    /** Tells once, when the first page (not /health) has been answered, its path and status: for the start-up log. */
    private static final class FirstPageFilter implements jakarta.servlet.Filter {

        private final java.util.function.Consumer<String> served;
        private final java.util.concurrent.atomic.AtomicBoolean told = new java.util.concurrent.atomic.AtomicBoolean();

        FirstPageFilter(java.util.function.Consumer<String> served) {
            this.served = served;
        }

        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
                jakarta.servlet.FilterChain chain) throws IOException, jakarta.servlet.ServletException {
            chain.doFilter(request, response);
            if (!told.get() && request instanceof jakarta.servlet.http.HttpServletRequest http
                    && !"/health".equals(http.getRequestURI()) && told.compareAndSet(false, true)) {
                served.accept(http.getMethod() + " " + http.getRequestURI() + " "
                        + ((jakarta.servlet.http.HttpServletResponse) response).getStatus());
            }
        }
    }
}
