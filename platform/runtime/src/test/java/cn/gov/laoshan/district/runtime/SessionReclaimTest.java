package cn.gov.laoshan.district.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * Abandoned sessions (a tab closed: no further request, no beacon) leave the heap soon after their idle time, on a
 * real Jetty set up as the platform's web server sets it up ({@link WebServer#reclaimExpiredSessions}). Without it
 * Jetty's house keeper looks for expired sessions every ten minutes, and they stayed that long.
 */
class SessionReclaimTest {

    @Test
    void abandonedSessionsAreReclaimedSoonAfterTheirIdleTime() throws Exception {
        Duration idle = Duration.ofSeconds(2);
        int abandoned = 20;
        CountDownLatch destroyed = new CountDownLatch(abandoned);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        WebServer.reclaimExpiredSessions(server, idle);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.getSessionHandler().setMaxInactiveInterval((int) idle.toSeconds());
        context.getSessionHandler().addEventListener(new HttpSessionListener() {
            @Override
            public void sessionDestroyed(HttpSessionEvent event) {
                destroyed.countDown();
            }
        });
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                request.getSession(true).setAttribute("ui", new byte[64 * 1024]);
                response.getWriter().write("ok");
            }
        }), "/*");
        server.setHandler(context);
        server.start();
        try {
            // each request without a cookie: a session of its own, then never a request again
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < abandoned; i++) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + connector.getLocalPort() + "/page")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode());
            }
            long start = System.nanoTime();
            assertTrue(destroyed.await(60, TimeUnit.SECONDS), destroyed.getCount() + " of " + abandoned
                    + " abandoned sessions still held a minute after their idle time of " + idle.toSeconds() + " s");
            System.out.printf("%d abandoned sessions reclaimed %d ms after the last request (idle time %d s)%n",
                    abandoned, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), idle.toSeconds());
        } finally {
            server.stop();
        }
    }
}
