package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * One platform per home: an OS file lock on {@code <home>/district.lock}, taken before anything in the home is
 * written or deleted (the admin token, the OSGi bundle cache, the database) and held until the platform has stopped
 * (for {@code Main}: the JVM's life). A second start on the same home, with or without the pid file, fails here and
 * touches nothing.
 *
 * <p>The lock file also says who holds it ({@code pid=N}, and {@code port=P} once listening), and the platform writes
 * {@code district.pid} and {@code district.port} next to it once it listens: that is how {@code bin/district} knows
 * its JVM has started, and how {@code stop} and {@code status} find a running platform of the home even when the pid
 * file was lost. The lock file itself is never deleted: deleting a lock file lets a third process lock a new file
 * while the second still holds the old one.
 *
 * <p>No logging here: {@code Main} takes the lock before the first logger, so that a refused second start does not
 * even append to the running platform's log.
 */
public final class HomeLock implements AutoCloseable {

    public static final String LOCK_FILE = "district.lock";
    public static final String PID_FILE = "district.pid";
    public static final String PORT_FILE = "district.port";

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;
    private final long pid = ProcessHandle.current().pid();

    private HomeLock(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    /** A platform already runs on this home (another process, or another runtime of this JVM). */
    public static final class AlreadyRunningException extends IOException {
        private static final long serialVersionUID = 1L;

        AlreadyRunningException(String message) {
            super(message);
        }
    }

    /**
     * Locks the home, creating its directory when missing.
     *
     * @throws AlreadyRunningException when a platform runs on it: "already running (pid N, port P)"
     * @throws IOException             when the home cannot be written, naming it
     */
    public static HomeLock acquire(Path home) throws IOException {
        Path root = home.toAbsolutePath().normalize();
        Path file = root.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (FileSystemException e) {
            throw notWritable(root, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM holds it: another runtime (tests) runs on this home
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new AlreadyRunningException(holder(file) + " for home " + root
                    + "; stop it first (bin/district stop --home " + root + ")");
        }
        HomeLock homeLock = new HomeLock(root, channel, lock);
        homeLock.record(-1);
        return homeLock;
    }

    /** "already running (pid N, port P)" from the lock file of a home that is locked. */
    private static String holder(Path file) {
        Properties holder = new Properties();
        try {
            holder.load(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            // an unreadable content still means "locked"
        }
        return "already running (pid " + holder.getProperty("pid", "?") + ", port " + holder.getProperty("port", "?")
                + ")";
    }

    /** The message for a home (or one of its directories) that cannot be written. */
    static IOException notWritable(Path dir, FileSystemException cause) {
        String reason = cause instanceof AccessDeniedException ? "permission denied" : cause.getReason();
        return new IOException("cannot write to " + (cause.getFile() == null ? dir : cause.getFile())
                + " (" + (reason == null ? cause.getClass().getSimpleName() : reason)
                + "): the home and its data directory must be writable by the user the platform runs as", cause);
    }

    /** The web server listens on {@code port}: says so in the lock file, {@code district.pid} and {@code district.port}. */
    public void listening(int port) throws IOException {
        record(port);
        Files.writeString(root.resolve(PID_FILE), pid + "\n");
        Files.writeString(root.resolve(PORT_FILE), port + "\n");
    }

    private void record(int port) throws IOException {
        String content = "pid=" + pid + "\n" + (port >= 0 ? "port=" + port + "\n" : "");
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /** Removes the pid and port files (when they are this process's) and releases the lock. */
    @Override
    public void close() {
        try {
            Path pidFile = root.resolve(PID_FILE);
            if (Files.isRegularFile(pidFile) && Files.readString(pidFile).trim().equals(Long.toString(pid))) {
                Files.deleteIfExists(pidFile);
                Files.deleteIfExists(root.resolve(PORT_FILE));
            }
            if (channel.isOpen()) {
                channel.truncate(0);
            }
        } catch (IOException e) {
            // the lock goes with the channel anyway
        } finally {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // closed anyway when the process ends
            }
        }
    }
}
