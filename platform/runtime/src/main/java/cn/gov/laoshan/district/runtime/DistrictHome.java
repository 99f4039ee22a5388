package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The platform's home directory: {@code conf/} (settings, secrets), {@code deploy/} (hot-deployed plugin jars),
 * {@code data/} (database, credentials), {@code logs/} and {@code cache/} (the OSGi bundle cache, rebuilt at
 * every start).
 */
public record DistrictHome(Path root) {

    public DistrictHome {
        root = root.toAbsolutePath().normalize();
    }

    public Path conf() {
        return root.resolve("conf");
    }

    public Path deploy() {
        return root.resolve("deploy");
    }

    public Path data() {
        return root.resolve("data");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path cache() {
        return root.resolve("cache");
    }

    /** Creates the directories that are missing. */
    public DistrictHome prepare() throws IOException {
        for (Path dir : new Path[] {conf(), deploy(), data(), logs(), cache()}) {
            Files.createDirectories(dir);
        }
        return this;
    }

    /** Writes a file only its owner may read: secrets such as the initial administrator password. */
    public static void writeSecret(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        ownerOnly(tmp);
        Files.writeString(tmp, content);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException e) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }
}
