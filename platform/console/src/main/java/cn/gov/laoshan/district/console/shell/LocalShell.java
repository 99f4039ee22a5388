package cn.gov.laoshan.district.console.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.core.security.SecretFiles;

/**
 * The Felix Gogo shell on the running platform, reachable from this machine only: a socket on the loopback
 * address (port in {@code data/shell.port}), and a client must first send the token of {@code data/shell.token}
 * (a new random one at every start, readable by the owner only). {@code bin/district shell} connects to it.
 * Commands run as the platform ({@code asSystem}); their audit records name {@code system}.
 */
public final class LocalShell implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalShell.class);
    public static final String PROMPT = "district> ";

    private final Path data;
    private final AccessControl access;
    private final CommandProcessorImpl processor;
    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private ServerSocket server;
    private String token;

    public LocalShell(Path data, AccessControl access, ShellCommands commands) {
        this.data = data;
        this.access = access;
        this.processor = new CommandProcessorImpl(threadIO);
        processor.addCommand("district", commands);
    }

    public static LocalShell create(Path data, AccessControl access,
            cn.gov.laoshan.district.console.plugins.PluginManager plugins,
            cn.gov.laoshan.district.console.features.FeatureService features) {
        return new LocalShell(data, access, new ShellCommands(plugins, features, access));
    }

    /** Opens the listener on 127.0.0.1 (any free port) and writes the port and token files. */
    public void start() throws IOException {
        token = HexFormat.of().formatHex(random());
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Files.createDirectories(data);
        SecretFiles.write(data.resolve("shell.token"), token + "\n");
        SecretFiles.write(data.resolve("shell.port"), server.getLocalPort() + "\n");
        Thread acceptor = new Thread(this::accept, "district-shell");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("local shell on {}:{}", server.getInetAddress().getHostAddress(), server.getLocalPort());
    }

    private static byte[] random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    public int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> serve(socket), "district-shell-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("local shell: {}", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream raw = socket.getOutputStream()) {
            socket.setSoTimeout((int) java.time.Duration.ofHours(8).toMillis());
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            PrintStream out = new PrintStream(raw, true, StandardCharsets.UTF_8);
            String offered = lines.readLine();
            if (offered == null || !MessageDigest.isEqual(offered.trim().getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8))) {
                out.println("access denied");
                LOG.warn("local shell: a connection without the right token was refused");
                return;
            }
            CommandSession session = processor.createSession(InputStream.nullInputStream(), out, out);
            out.println("District Platform shell (Felix Gogo). Commands: plugins, dryrun <jar>, install <jar>, "
                    + "update <jar>, start <id>, stop <id>, uninstall <id>, drop <id> <plugin-id>, features, "
                    + "featureinstall <id>, featureremove <id>, exit");
            out.print(PROMPT);
            out.flush();
            for (String line; (line = lines.readLine()) != null;) {
                String command = line.trim();
                if (command.equals("exit") || command.equals("quit")) {
                    break;
                }
                if (!command.isEmpty()) {
                    out.println(execute(session, command));
                }
                out.print(PROMPT);
                out.flush();
            }
            session.close();
        } catch (IOException e) {
            LOG.debug("local shell session ended: {}", e.getMessage());
        }
    }

    /**
     * Only the district commands, each with plain arguments: no pipes, closures, variables or method calls, so that the
     * shell cannot reach Java reflection (a full Gogo shell would reach {@code Runtime.exec}, i.e. the OS account).
     */
    private static final java.util.regex.Pattern ALLOWED = java.util.regex.Pattern.compile(
            "(plugins|dryrun|install|update|start|stop|uninstall|drop|features|featureinstall|featureremove)"
            + "(\\s+[^\\s;|&$(){}\\[\\]<>`'\"=\\\\]+)*");

    private String execute(CommandSession session, String command) {
        if (!ALLOWED.matcher(command).matches()) {
            return "error: not a district command (plugins, dryrun <jar>, install <jar>, update <jar>, start <id>, "
                    + "stop <id>, uninstall <id>, drop <id> <plugin-id>, features, featureinstall <id>, "
                    + "featureremove <id>; plain arguments only)";
        }
        return access.asSystem(() -> {
            try {
                Object result = session.execute(command);
                return result == null ? "" : String.valueOf(session.format(result, Converter.INSPECT));
            } catch (ConsoleException e) {
                return "error: " + e.getMessage();
            } catch (Exception e) {
                Throwable cause = e.getCause() instanceof ConsoleException ? e.getCause() : e;
                return "error: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
            }
        });
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            LOG.debug("closing the local shell", e);
        }
        try {
            Files.deleteIfExists(data.resolve("shell.port"));
            Files.deleteIfExists(data.resolve("shell.token"));
        } catch (IOException e) {
            LOG.debug("removing the shell files", e);
        }
    }
}
